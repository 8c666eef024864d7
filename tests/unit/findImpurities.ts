/** Module specifiers a pure module may not import, even for types. */
const forbiddenModules = /^(react|react-dom|leaflet|react-leaflet|@react-leaflet\/[^'"]+|react-dom\/[^'"]+|react\/[^'"]+|leaflet\/[^'"]+)$/;
/**
 * Uses of the browser globals: member access or `typeof`. A local binding or property that happens
 * to be called `window` (the story window) is fine; ESLint's no-restricted-globals checks scoping.
 */
const forbiddenGlobals = /(?<![.\w$])(window|document)\s*[.[]|typeof\s+(window|document)\b/;

/**
 * Lists what makes a module impure: imports of UI libraries and uses of browser globals, with
 * line numbers. Comments are skipped so a comment may mention `window`.
 */
export function findImpurities(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  let inBlockComment = false;
  lines.forEach((rawLine, index) => {
    let line = rawLine;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end === -1) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    line = line.replace(/\/\*.*?\*\//g, '');
    const blockStart = line.indexOf('/*');
    if (blockStart !== -1) {
      inBlockComment = true;
      line = line.slice(0, blockStart);
    }
    line = line.replace(/\/\/.*$/, '');
    for (const match of line.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (match[1] && forbiddenModules.test(match[1])) problems.push(`line ${index + 1}: imports ${match[1]}`);
    }
    const global = forbiddenGlobals.exec(line.replace(/(['"`]).*?\1/g, ''));
    if (global) problems.push(`line ${index + 1}: uses ${global[1] ?? global[2]}`);
  });
  return problems;
}

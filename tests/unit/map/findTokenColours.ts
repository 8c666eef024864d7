/** Every `#rrggbb` string in a token object, however deeply nested. */
export function tokenColours(tokens: unknown): string[] {
  if (typeof tokens === 'string') return /^#[0-9a-f]{6}$/i.test(tokens) ? [tokens.toLowerCase()] : [];
  if (tokens && typeof tokens === 'object') return [...new Set(Object.values(tokens).flatMap(tokenColours))];
  return [];
}

/** `#rrggbb` and, where it has one, its short form `#rgb`, each with an optional alpha, in any case. */
function colourPattern(hex: string): RegExp {
  const digits = hex.slice(1).toLowerCase();
  const forms = [`${digits}(?:[0-9a-f]{2})?`];
  if (digits[0] === digits[1] && digits[2] === digits[3] && digits[4] === digits[5]) forms.push(`${digits[0]}${digits[2]}${digits[4]}[0-9a-f]?`);
  return new RegExp(`#(?:${forms.join('|')})(?![0-9a-f])`, 'gi');
}

/** Where `source` writes out one of `colours` literally: `line 3: #1f1d1a`, one entry per hit. */
export function findTokenColours(source: string, colours: readonly string[]): string[] {
  const hits: string[] = [];
  source.split('\n').forEach((line, index) => {
    for (const colour of colours) {
      for (const match of line.matchAll(colourPattern(colour))) hits.push(`line ${index + 1}: ${match[0]} (token ${colour})`);
    }
  });
  return hits;
}

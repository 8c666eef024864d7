/** The groups of styleTokens that CSS uses: colours (CSS colour strings) and widths (px). */
interface CssTokens {
  readonly colour: Readonly<Record<string, string>>;
  readonly level: Readonly<Record<string, string>>;
  readonly marker: Readonly<Record<string, string>>;
  readonly width: Readonly<Record<string, number>>;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The CSS custom properties styles/*.css use, from the style tokens: `colour.ink` → `--qm-ink`,
 * `level.violence` → `--qm-level-violence`, `marker.calm` → `--qm-marker-calm`,
 * `width.regionHighlight` → `--qm-region-highlight-width` (with `px`). The hatch is left out:
 * only SVG and canvas draw it.
 *
 * Why at start-up rather than a Vite virtual CSS module generated at build: the values are the
 * very objects the map uses, with no build plugin to keep in step across the dev server, the build
 * and Vitest; main.tsx sets them with CSSOM (`style.setProperty`), which the Content-Security-Policy
 * (`style-src 'self'`) allows, unlike a `<style>` element or a `style=""` attribute in markup. The
 * cost, properties that exist only once the entry script has run, is nil here: that script runs
 * before anything is rendered into #root.
 * @example cssCustomProperties(styleTokens)['--qm-ink'] // styleTokens.colour.ink
 */
export function cssCustomProperties(tokens: CssTokens): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(tokens.colour).map(([name, value]) => [`--qm-${kebab(name)}`, value])),
    ...Object.fromEntries(Object.entries(tokens.level).map(([name, value]) => [`--qm-level-${kebab(name)}`, value])),
    ...Object.fromEntries(Object.entries(tokens.marker).map(([name, value]) => [`--qm-marker-${kebab(name)}`, value])),
    ...Object.fromEntries(Object.entries(tokens.width).map(([name, value]) => [`--qm-${kebab(name)}-width`, `${value}px`])),
  };
}

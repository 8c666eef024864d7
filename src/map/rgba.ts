/**
 * A `#rrggbb` token colour with an alpha, as canvas and CSS colour strings want it, so a translucent
 * variant of a token is derived from it rather than written out again.
 * @example rgba('#336699', 0.5) // 'rgba(51,102,153,0.5)'
 */
export function rgba(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`rgba: expected a #rrggbb colour, got ${JSON.stringify(hex)}`);
  const [r, g, b] = match.slice(1).map((pair) => parseInt(pair, 16));
  return `rgba(${r},${g},${b},${alpha})`;
}

/**
 * WCAG 2.x contrast between two opaque `#rrggbb` colours: (L1 + 0.05) / (L2 + 0.05), L the
 * relative luminance of the lighter and the darker (sRGB, the WCAG 2.2 definition). Pure, so the
 * palette's 3:1 promises (WCAG 1.4.11) are checked by unit tests rather than by eye.
 * @example contrastRatio('#777777', '#000000') // 4.69
 */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Relative luminance (0 black – 1 white) of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * `top` at `alpha` over an opaque `bottom`, as a `#rrggbb` colour: what a translucent mark looks
 * like on the fill it sits on, so its contrast can be measured.
 * @example blend('#000000', '#eeeeee', 0.5) // '#777777'
 */
export function blend(top: string, bottom: string, alpha: number): string {
  const t = channels(top);
  const b = channels(bottom);
  return `#${t.map((value, index) => Math.round(value * alpha + (b[index] as number) * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;
}

function channels(hex: string): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`contrast: expected a #rrggbb colour, got ${JSON.stringify(hex)}`);
  return match.slice(1).map((pair) => parseInt(pair, 16));
}

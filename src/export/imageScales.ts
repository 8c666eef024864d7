/**
 * The PNG export's pixel densities: 1x for the screen, 2x for print and high-density screens (the
 * same layout, `scale` device pixels per unit: renderCanvasPng).
 */
export const imageScales = [1, 2] as const;
export type ImageScale = (typeof imageScales)[number];

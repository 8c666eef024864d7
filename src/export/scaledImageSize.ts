import { frameSizes } from '../render/drawFrame';

const imageSize = frameSizes.standard;

/** The PNG export's pixel densities: 1x for the screen, 2x for print and high-density screens. */
export const imageScales = [1, 2] as const;
export type ImageScale = (typeof imageScales)[number];

/**
 * The canvas size of the PNG at a scale: the same 1200 × 860 layout (drawFrame's units), with
 * `scale` device pixels per unit.
 * @example scaledImageSize(2) // { width: 2400, height: 1720 }
 */
export function scaledImageSize(scale: ImageScale): { width: number; height: number } {
  return { width: imageSize.width * scale, height: imageSize.height * scale };
}

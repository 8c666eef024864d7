import type { LatLngBoundsTuple } from '../spatial/datasetBounds';

/** Web Mercator's y (in radians of the equator's length) of a latitude in degrees. */
function mercatorY(latitude: number): number {
  const phi = (latitude * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/**
 * The width / height of `bounds` as Leaflet draws it (Web Mercator): the shape the map's frame
 * takes (styles/layout.css `--layout-country-aspect`) so the country fills it at every width.
 * @example mercatorAspect([[40.57, 46.49], [55.44, 87.32]]) // ≈ 1.83, Kazakhstan
 */
export function mercatorAspect([[south, west], [north, east]]: LatLngBoundsTuple): number {
  const width = ((east - west) * Math.PI) / 180;
  const height = mercatorY(north) - mercatorY(south);
  if (!(width > 0) || !(height > 0)) throw new Error(`mercatorAspect: empty bounds ${JSON.stringify([[south, west], [north, east]])}`);
  return width / height;
}

/**
 * The height of the map's frame for a width (px), as styles/layout.css computes it with `cqw`:
 * the country's shape plus `chrome` px for the fit padding and the attribution, never below `min`.
 * @example mapFrameHeight(390, 1.83, 44, 200) // 257
 */
export function mapFrameHeight(width: number, aspect: number, chrome: number, min: number): number {
  return Math.max(min, Math.round(width / aspect + chrome));
}

/**
 * Padding for fitting the country into the frame (px, Leaflet's paddingTopLeft and
 * paddingBottomRight): `edge` on every side, plus the attribution's height at the bottom.
 * @example countryFitPadding(8, 30) // { paddingTopLeft: [8, 8], paddingBottomRight: [8, 38] }
 */
export function countryFitPadding(edge: number, attributionHeight: number) {
  return {
    paddingTopLeft: [edge, edge] as [number, number],
    paddingBottomRight: [edge, edge + Math.max(0, attributionHeight)] as [number, number],
  };
}

import type { LatLngBoundsTuple } from '../spatial/datasetBounds';

/** Initial view and limits of the map. Everything the geometry is drawn for lies in `frame`. */
export const mapDefaults = {
  /** The clip frame of neighbours.geojson (°): 37–98° E, 33–60° N. Panning stops at it. */
  frame: [
    [33, 37],
    [60, 98],
  ] as LatLngBoundsTuple,
  /** Padding around Kazakhstan when fitting it to the screen (px), before the attribution's height. */
  fitPadding: [8, 8] as [number, number],
  /**
   * Kazakhstan's bounding box in Web Mercator, width / height (mercatorAspect of the outline):
   * the frame's shape, written as `--layout-country-aspect` in styles/layout.css (a test keeps them equal).
   */
  countryAspect: 1.83,
  /** Room in the frame beyond the country (px): `--layout-map-chrome` in styles/layout.css. */
  frameChrome: 44,
  /** The frame's least height (px), for the narrowest phones: `min-height` in styles/layout.css. */
  frameMinHeight: 200,
  /** Region shapes come from 1:10m data: beyond zoom 9 they would look falsely precise. */
  minZoom: 3,
  maxZoom: 9,
  /**
   * Fractional zoom so Kazakhstan fills its frame at every width: fitBounds rounds the fitting zoom
   * down to a multiple of this, and at 0.25 that wasted up to 16% of the frame each way.
   */
  zoomSnap: 0.05,
} as const;

/** Attribution shown on the map for every data source (geo/README.md has the full notices). */
export const dataAttribution = [
  'Boundaries: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>',
  'Lakes © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap contributors</a> (ODbL)',
  'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)',
].join(' · ');

/**
 * Leaflet's own credit, the attribution control's prefix: Leaflet 1.9's default (with its flag) but
 * opening in a new tab like every other external link; its default has no target, so in an embed a
 * click would navigate the map's frame away.
 */
export const leafletCredit =
  '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps" target="_blank" rel="noopener noreferrer">' +
  '<svg aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8" class="leaflet-attribution-flag"><path fill="#4C7BE1" d="M0 0h12v4H0z"/><path fill="#FFD500" d="M0 4h12v3H0z"/><path fill="#E0BC00" d="M0 7h12v1H0z"/></svg> ' +
  'Leaflet</a>';

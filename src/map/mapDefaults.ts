import type { LatLngBoundsTuple } from '../spatial/datasetBounds';

/** Initial view and limits of the map. Everything the geometry is drawn for lies in `frame`. */
export const mapDefaults = {
  /** The clip frame of neighbours.geojson (°): 37–98° E, 33–60° N. Panning stops at it. */
  frame: [
    [33, 37],
    [60, 98],
  ] as LatLngBoundsTuple,
  /** Padding around Kazakhstan when fitting it to the screen (px). */
  fitPadding: [12, 12] as [number, number],
  /** Region shapes come from 1:10m data: beyond zoom 9 they would look falsely precise. */
  minZoom: 3,
  maxZoom: 9,
  /** Fractional zoom so Kazakhstan fills narrow embeds too. */
  zoomSnap: 0.25,
} as const;

/** Attribution shown on the map for every data source (geo/README.md has the full notices). */
export const dataAttribution = [
  'Boundaries: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>',
  'Lakes © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap contributors</a> (ODbL)',
  'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)',
].join(' · ');

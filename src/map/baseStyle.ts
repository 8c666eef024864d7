import type { PathStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

const { colour, width } = styleTokens;

/**
 * Colours of the tile-less base map. The sea is the map container's background (styles/app.css,
 * `--qm-sea`), so water polygons repeat it exactly. Kept quiet so the choropleth on top carries the story.
 */
export const baseColours = {
  sea: colour.sea,
  neighbourLand: colour.neighbourLand,
  contextLand: colour.contextLand,
  border: colour.landBorder,
  countryOutline: colour.countryOutline,
} as const;

export function neighbourStyle(feature?: { properties?: { role?: string } | null }): PathStyle {
  const isNeighbour = feature?.properties?.role === 'neighbour';
  return {
    fillColor: isNeighbour ? baseColours.neighbourLand : baseColours.contextLand,
    fillOpacity: 1,
    color: baseColours.border,
    weight: width.landBorder,
  };
}

export const waterStyle: PathStyle = {
  fillColor: baseColours.sea,
  fillOpacity: 1,
  color: colour.waterEdge,
  weight: width.waterEdge,
};

export const countryOutlineStyle: PathStyle = {
  fill: false,
  color: baseColours.countryOutline,
  weight: width.countryOutline,
};

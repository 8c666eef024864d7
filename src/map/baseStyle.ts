import type { PathStyle } from './pathStyle';

/**
 * Colours of the tile-less base map. The sea is the container background (styles/map.css), so
 * water polygons repeat it exactly. Kept quiet so the choropleth on top carries the story.
 */
export const baseColours = {
  sea: '#c9dde8',
  neighbourLand: '#ebe8e1',
  contextLand: '#f1efea',
  border: '#bab5ac',
  countryOutline: '#4a4640',
} as const;

export function neighbourStyle(feature?: { properties?: { role?: string } | null }): PathStyle {
  const isNeighbour = feature?.properties?.role === 'neighbour';
  return {
    fillColor: isNeighbour ? baseColours.neighbourLand : baseColours.contextLand,
    fillOpacity: 1,
    color: baseColours.border,
    weight: 0.75,
  };
}

export const waterStyle: PathStyle = {
  fillColor: baseColours.sea,
  fillOpacity: 1,
  color: '#9dbccd',
  weight: 0.5,
};

export const countryOutlineStyle: PathStyle = {
  fill: false,
  color: baseColours.countryOutline,
  weight: 1.5,
};

import type { RegionProperties } from '../data/types';

/** "Nur-Sultan (today: Astana)": the January 2022 name first, today's where it differs. */
export function regionLabel(properties: RegionProperties): string {
  const { name_en, name_en_current } = properties;
  return name_en === name_en_current ? name_en : `${name_en} (today: ${name_en_current})`;
}

/**
 * A caveat the reader must see with the shape itself, or null. Shymkent has no boundary in any
 * source we may use, so it is drawn as a circle of its official area.
 */
export function regionGeometryCaveat(properties: RegionProperties): string | null {
  if (properties.geometry_quality !== 'schematic') return null;
  const area = properties.area_km2_official;
  return `Schematic outline: a circle of the city's official area${area ? ` (${area.toLocaleString('en')} km²)` : ''}, not its real boundary.`;
}

import type { RegionProperties } from '../data/types';
import { en, type Messages } from './messages';

/**
 * A caveat the reader must see with the shape itself, or null. Shymkent has no boundary in any
 * source we may use, so it is drawn as a circle of its official area.
 */
export function regionGeometryCaveat(
  properties: Pick<RegionProperties, 'geometry_quality' | 'area_km2_official'>,
  messages: Messages = en,
): string | null {
  if (properties.geometry_quality !== 'schematic') return null;
  const area = properties.area_km2_official;
  return messages.details.schematic(area ? messages.number(area) : null);
}

import type { CityProperties, RegionProperties } from '../data/types';
import { en, type Messages } from '../i18n/messages';

type Named = Pick<RegionProperties, 'name_en' | 'name_ru' | 'name_kk' | 'name_en_current' | 'name_ru_current' | 'name_kk_current'>;

/** The January 2022 name and today's, in the catalogue's language. */
export function regionNames(properties: Named, messages: Messages = en): { then: string; now: string } {
  const lang = messages.calendar.lang;
  return { then: properties[`name_${lang}`], now: properties[`name_${lang}_current`] };
}

/** "Nur-Sultan (today: Astana)": the January 2022 name first, today's where it differs. */
export function regionLabel(properties: Named, messages: Messages = en): string {
  const { then, now } = regionNames(properties, messages);
  return then === now ? then : messages.details.nameThenNow(then, now);
}

/** A city's January 2022 name in the catalogue's language (cities.geojson). */
export function cityName(properties: Pick<CityProperties, 'name_en' | 'name_ru' | 'name_kk'>, messages: Messages = en): string {
  return properties[`name_${messages.calendar.lang}`];
}

/**
 * A caveat the reader must see with the shape itself, or null. Shymkent has no boundary in any
 * source we may use, so it is drawn as a circle of its official area.
 */
export function regionGeometryCaveat(properties: RegionProperties, messages: Messages = en): string | null {
  if (properties.geometry_quality !== 'schematic') return null;
  const area = properties.area_km2_official;
  return messages.details.schematic(area ? messages.number(area) : null);
}

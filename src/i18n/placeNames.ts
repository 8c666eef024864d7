import type { CityProperties, RegionProperties } from '../data/types';
import { en, type Messages } from './messages';

type RegionNamed = Pick<RegionProperties, 'name_en' | 'name_ru' | 'name_kk' | 'name_en_current' | 'name_ru_current' | 'name_kk_current'>;
type CityNamed = Pick<CityProperties, 'name_en' | 'name_ru' | 'name_kk'>;

/**
 * "Nur-Sultan (today: Astana)": the January 2022 name first, today's where it differs, in the
 * catalogue's language. Used by the map, the panel, the table and the downloads alike.
 */
export function regionLabel(properties: RegionNamed, messages: Messages = en): string {
  const lang = messages.calendar.lang;
  const then = properties[`name_${lang}`];
  const now = properties[`name_${lang}_current`];
  return then === now ? then : messages.details.nameThenNow(then, now);
}

/** A city's January 2022 name in the catalogue's language (cities.geojson). */
export function cityName(properties: CityNamed, messages: Messages = en): string {
  return properties[`name_${messages.calendar.lang}`];
}

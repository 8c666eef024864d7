import type { RegionProperties } from '../data/types';

/** "Nur-Sultan (today: Astana)": the January 2022 name first, today's where it differs. */
export function regionLabel(properties: RegionProperties): string {
  const { name_en, name_en_current } = properties;
  return name_en === name_en_current ? name_en : `${name_en} (today: ${name_en_current})`;
}

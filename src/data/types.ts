import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** ISO 3166-2 code of a first-level unit as it was in January 2022. */
export type RegionId =
  | 'KZ-AKM' | 'KZ-AKT' | 'KZ-ALM' | 'KZ-ATY' | 'KZ-ZAP' | 'KZ-ZHA' | 'KZ-KAR' | 'KZ-KUS' | 'KZ-KZY'
  | 'KZ-MAN' | 'KZ-PAV' | 'KZ-SEV' | 'KZ-YUZ' | 'KZ-VOS' | 'KZ-AST' | 'KZ-ALA' | 'KZ-SHY';

/** The 17 units of January 2022: 14 regions (oblystar) and 3 cities of republican significance. */
export const regionIds2022: readonly RegionId[] = [
  'KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-ZAP', 'KZ-ZHA', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY',
  'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ', 'KZ-VOS', 'KZ-AST', 'KZ-ALA', 'KZ-SHY',
];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (regionIds2022 as readonly string[]).includes(value);
}

/** A lowercase ASCII slug such as `almaty`, `nur-sultan`, `zhanaozen`. */
export type CityId = string;

export type UtcOffset = '+05:00' | '+06:00';

export interface RegionProperties {
  iso_2022: RegionId;
  /** Numeric ISO 3166-2 code in use since 2022-11-29, e.g. KZ-19 for Almaty Region. */
  iso_current: string;
  type: 'region' | 'city';
  name_en: string;
  name_kk: string;
  name_ru: string;
  name_en_current: string;
  name_kk_current: string;
  name_ru_current: string;
  admin_centre_2022: string | null;
  admin_centre_current: string | null;
  /** Clock of the unit in January 2022 (UTC+5 in the west, UTC+6 elsewhere). */
  utc_offset: UtcOffset;
  territory_changed_since_2022: boolean;
  note?: string;
  geometry_quality: 'natural-earth' | 'schematic';
  area_km2_official?: number;
}

export type CityRank = 'capital' | 'republican-city' | 'regional-centre' | 'town';

export interface CityProperties {
  /** January 2022 region, assigned by point-in-polygon (not GeoNames' post-2022 admin codes). */
  region: RegionId;
  name_en: string;
  name_kk: string;
  name_ru: string;
  name_en_current: string;
  rank: CityRank;
  /** Shown with a permanent label on the first screen. */
  label: boolean;
  geonames_name: string;
  change_since_2022?: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties> & { id: RegionId };
export type CityFeature = Feature<Point, CityProperties> & { id: CityId };
export interface RegionCollection {
  type: 'FeatureCollection';
  features: RegionFeature[];
}
export interface CityCollection {
  type: 'FeatureCollection';
  features: CityFeature[];
}

export interface BaseMap {
  country: FeatureCollection<Polygon | MultiPolygon>;
  neighbours: FeatureCollection<Polygon | MultiPolygon, { iso_a3: string; name_en: string; role: 'neighbour' | 'context' }>;
  water: FeatureCollection<Polygon | MultiPolygon, { name_en: string; kind: string }>;
  lakes: FeatureCollection<Polygon | MultiPolygon, { name_en: string; name_kk: string; name_ru: string }>;
}

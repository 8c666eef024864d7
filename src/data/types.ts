import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LakeProperties, NeighbourProperties, WaterProperties } from './baseLayerSchema';
import type { cityRanks } from './citySchema';
import type { geometryQualities, regionUnitTypes, RegionId, utcOffsets } from './regionSchema';

// The allowed values live in the schema files, next to the rules that check them; the unions
// here are derived from them. Re-exported so that importers of types.ts keep working.
export { isRegionId, regionIds2022, type RegionId } from './regionSchema';

/** A lowercase ASCII slug such as `almaty`, `nur-sultan`, `zhanaozen`. */
export type CityId = string;

export type UtcOffset = (typeof utcOffsets)[number];

export interface RegionProperties {
  iso_2022: RegionId;
  /** Numeric ISO 3166-2 code in use since 2022-11-29, e.g. KZ-19 for Almaty Region. */
  iso_current: string;
  type: (typeof regionUnitTypes)[number];
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
  geometry_quality: (typeof geometryQualities)[number];
  area_km2_official?: number;
}

export type CityRank = (typeof cityRanks)[number];

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
  neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;
  water: FeatureCollection<Polygon | MultiPolygon, WaterProperties>;
  lakes: FeatureCollection<Polygon | MultiPolygon, LakeProperties>;
}

import { regionIds2022, type RegionId } from '../../../src/data/types';

/** A valid regions.geojson-shaped object: 17 unit squares along the equator, one per id. */
export function makeRegionCollection() {
  return {
    type: 'FeatureCollection',
    features: regionIds2022.map((id: RegionId, index: number) => ({
      type: 'Feature',
      id,
      properties: {
        iso_2022: id,
        iso_current: 'KZ-00',
        type: 'region',
        name_en: `Region ${id}`,
        name_kk: `Облыс ${id}`,
        name_ru: `Область ${id}`,
        name_en_current: `Region ${id}`,
        name_kk_current: `Облыс ${id}`,
        name_ru_current: `Область ${id}`,
        admin_centre_2022: null,
        admin_centre_current: null,
        utc_offset: '+06:00',
        territory_changed_since_2022: false,
        geometry_quality: 'natural-earth',
      },
      geometry: {
        type: 'Polygon',
        coordinates: [[[index, 0], [index + 1, 0], [index + 1, 1], [index, 1], [index, 0]]],
      },
    })),
  };
}

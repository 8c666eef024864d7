// The whole geography build as one pure function: parsed source data in, features per
// output file out. No file system, no network; buildGeo.mjs does the I/O around it.

import { carveShymkentDisc, shymkentUnitKey } from './carveShymkentDisc.mjs';
import { cityTable } from './cityTable.mjs';
import { countryTable } from './countryTable.mjs';
import { lakeTable } from './lakeTable.mjs';
import { mergeLayers } from './mergeLayers.mjs';
import { pickLakes } from './pickLakes.mjs';
import { placeCities } from './placeCities.mjs';
import { regionTable } from './regionTable.mjs';
import { selectFrameUnits } from './selectFrameUnits.mjs';
import { simplifyUnits } from './simplifyUnits.mjs';
import { tidyGeometry } from './tidyGeometry.mjs';

/**
 * @param sources {admin1, lakes, geoNames}: parsed contents of the three source files
 * @param options buildDefaults plus `minWeight` of the chosen level
 * @returns {Record<string, object[]>} features keyed by output file name
 */
export function buildGeoFiles({ admin1, lakes, geoNames }, options) {
  const { frame, decimals } = options;
  const rows = regionTable();
  const units = carveShymkentDisc(selectFrameUnits(admin1, frame), options.shymkent);
  // Units drawn as schematic city outlines: never simplified.
  const cityHasc = new Set(rows.filter((row) => row.properties.type === 'city').map((row) => row.ne_code_hasc).filter(Boolean));
  const cityKeys = new Set(units.filter((u) => u.key === shymkentUnitKey || cityHasc.has(u.hasc)).map((u) => u.key));
  const topo = simplifyUnits(units, { ...options, cityKeys });
  const layers = mergeLayers(topo, rows, frame);
  const tidy = (geometry, what) => tidyGeometry(geometry, decimals) ?? fail(`${what} collapsed to nothing`);

  const regions = rows.map((row) => feature(row.id, row.properties, tidy(layers.regions.get(row.id), row.id)));
  const neighbours = [...layers.neighbours].flatMap(([code, geometry]) => {
    const tidied = tidyGeometry(geometry, decimals);
    return tidied ? [feature(code, { iso_a3: code, ...countryTable[code] }, tidied)] : [];
  });
  return {
    'regions.geojson': regions,
    'country.geojson': [
      feature('KAZ', { iso_a3: 'KAZ', name_en: 'Kazakhstan', name_kk: 'Қазақстан', name_ru: 'Казахстан' }, tidy(layers.country, 'country')),
    ],
    'neighbours.geojson': neighbours,
    'water.geojson': [
      feature(
        'caspian-sea',
        { name_en: 'Caspian Sea', name_kk: 'Каспий теңізі', name_ru: 'Каспийское море', kind: 'sea' },
        tidy(layers.caspian, 'Caspian Sea'),
      ),
    ],
    'lakes.geojson': pickLakes(lakes, lakeTable, options.lakeMinAreaKm2).map(({ row, geometry }) =>
      feature(slug(row.name_en), { name_en: row.name_en, name_kk: row.name_kk, name_ru: row.name_ru }, tidy(geometry, row.name_en)),
    ),
    'cities.geojson': placeCities(cityTable(), geoNames, regions, decimals),
  };
}

function feature(id, properties, geometry) {
  return { type: 'Feature', id, properties, geometry };
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function fail(message) {
  throw new Error(message);
}

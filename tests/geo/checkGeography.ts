// Pure checks of the files in geo/. Each takes parsed FeatureCollections and returns a
// list of problems; an empty list means the data passed. Every message starts with the
// file and the feature id, e.g. `regions.geojson: feature KZ-MAN: property name_kk must be a non-empty string (missing)`;
// property rules come from the schema files in src/data, which the parsers use too.

import type { Feature, Geometry, Point } from 'geojson';
import { area, bbox, booleanPointInPolygon, difference, featureCollection, intersect, kinks, union } from '@turf/turf';
import { gzipSync } from 'node:zlib';
import { lakeFields, neighbourFields } from '../../src/data/baseLayerSchema';
import { checkFields, type FieldRule } from '../../src/data/checkFields';
import { cityProblems, citySlugPattern } from '../../src/data/citySchema';
import { regionIds2022, regionProblems } from '../../src/data/regionSchema';
import {
  areaKm2,
  boxesMeet,
  formatPosition,
  isPolygonal,
  label,
  polygonFeatures,
  positionsOf,
  samePosition,
  signedArea,
  type Collection,
} from './collectionHelpers';

export type { Collection } from './collectionHelpers';

export const checkDefaults = {
  overlapToleranceKm2: 0.5, // shared area allowed between two polygons, km²; the clipper's float noise is ~1e-6 km²
  coverToleranceKm2: 0.5, // symmetric difference allowed between the union of regions and the country, km²
  caspianAreaKm2: [350_000, 420_000], // the sea alone is ~371,000 km²; with Kara-Bogaz-Gol ~396,000 km²
  gzipBudgetBytes: 150_000, // all base geometry files together, gzip level 9, bytes
  frame: [37, 33, 98, 60], // [west, south, east, north] the base map is clipped to, degrees
  decimals: 4, // coordinate decimals in geo/ (≈11 m)
} as const;

/** Everything about regions.geojson that can be checked from the file alone. */
export function checkRegions(collection: Collection, file = 'regions.geojson'): string[] {
  return [
    ...checkRegionIds(collection, file),
    ...checkRegionProperties(collection, file),
    ...checkKinks(collection, file),
    ...checkOverlaps(collection, file),
    ...checkWinding(collection, file),
  ];
}

/** The id set is exactly the 17 units of January 2022, each once. */
export function checkRegionIds(collection: Collection, file = 'regions.geojson'): string[] {
  const problems = checkIds(collection, file);
  const ids = new Set(collection.features.map((f) => f.id));
  for (const id of regionIds2022) {
    if (!ids.has(id)) problems.push(`${file}: feature ${id}: missing (one of the 17 units of January 2022)`);
  }
  collection.features.forEach((f, i) => {
    if (f.id !== undefined && !(regionIds2022 as readonly unknown[]).includes(f.id)) {
      problems.push(`${file}: feature ${label(f, i)}: id is not a January-2022 ISO 3166-2 code`);
    }
  });
  return problems;
}

export function checkRegionProperties(collection: Collection, file = 'regions.geojson'): string[] {
  return collection.features.flatMap((f, i) => {
    const where = `${file}: feature ${label(f, i)}`;
    return [...propertyProblems(f, where, (p) => regionProblems(f.id, p)), ...checkPolygonal(f, where)];
  });
}

/** Ids are present, unique and, when `pattern` is given, match it. */
export function checkIds(collection: Collection, file: string, pattern?: RegExp): string[] {
  const problems: string[] = [];
  const firstIndex = new Map<unknown, number>();
  collection.features.forEach((f, i) => {
    if (f.id === undefined) return void problems.push(`${file}: feature ${label(f, i)}: id missing`);
    if (firstIndex.has(f.id)) problems.push(`${file}: feature ${f.id}: duplicate id (features ${firstIndex.get(f.id)} and ${i})`);
    else firstIndex.set(f.id, i);
    if (pattern && !pattern.test(String(f.id))) problems.push(`${file}: feature ${f.id}: id does not match ${pattern}`);
  });
  return problems;
}

/** No ring crosses itself or another ring of the same feature. */
export function checkKinks(collection: Collection, file: string): string[] {
  return polygonFeatures(collection).flatMap(([f, name]) => {
    const points = kinks(f).features;
    const first = points[0]?.geometry.coordinates;
    return first ? [`${file}: feature ${name}: geometry has ${points.length} self-intersection(s), first at ${formatPosition(first)}`] : [];
  });
}

/** No two features share more than `toleranceKm2` of area. */
export function checkOverlaps(collection: Collection, file: string, toleranceKm2: number = checkDefaults.overlapToleranceKm2): string[] {
  const polygons = polygonFeatures(collection).map(([f, name]) => ({ f, name, box: bbox(f) }));
  const problems: string[] = [];
  polygons.forEach((a, i) => {
    for (const b of polygons.slice(i + 1)) {
      if (!boxesMeet(a.box, b.box)) continue;
      const shared = intersect(featureCollection([a.f, b.f]));
      const km2 = shared ? area(shared) / 1e6 : 0;
      if (km2 > toleranceKm2) problems.push(`${file}: feature ${a.name}: overlaps ${b.name} by ${km2.toFixed(1)} km²`);
    }
  });
  return problems;
}

/** The regions tile the country: their union and the outline differ by at most `toleranceKm2`. */
export function checkCoverage(regions: Collection, country: Collection, toleranceKm2: number = checkDefaults.coverToleranceKm2): string[] {
  const outline = polygonFeatures(country)[0];
  const merged = union(featureCollection(polygonFeatures(regions).map(([f]) => f)));
  if (!outline || !merged) return ['country.geojson: no polygon to compare the regions with'];
  const outside = areaKm2(difference(featureCollection([merged, outline[0]])));
  const uncovered = areaKm2(difference(featureCollection([outline[0], merged])));
  return outside + uncovered > toleranceKm2
    ? [
        `country.geojson: feature ${outline[1]}: differs from the union of regions by ${(outside + uncovered).toFixed(1)} km² ` +
          `(regions outside it ${outside.toFixed(1)} km², not covered by any region ${uncovered.toFixed(1)} km²)`,
      ]
    : [];
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise; rings closed. */
export function checkWinding(collection: Collection, file: string): string[] {
  return polygonFeatures(collection).flatMap(([f, name]) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.flatMap((rings, p) =>
      rings.flatMap((ring, r) => {
        const where = `${file}: feature ${name}: polygon ${p} ring ${r} (${r === 0 ? 'exterior' : 'hole'})`;
        if (ring.length < 4 || !samePosition(ring[0], ring[ring.length - 1])) return [`${where} is not a closed ring of 4+ positions`];
        const counterClockwise = signedArea(ring) > 0;
        if (r === 0 && !counterClockwise) return [`${where} is clockwise; RFC 7946 wants exterior rings counter-clockwise`];
        if (r > 0 && counterClockwise) return [`${where} is counter-clockwise; RFC 7946 wants holes clockwise`];
        return [];
      }),
    );
  });
}

/** No coordinate carries more than `decimals` decimals. */
export function checkPrecision(collection: Collection, file: string, decimals: number = checkDefaults.decimals): string[] {
  return collection.features.flatMap((f, i) => {
    const loose = positionsOf(f.geometry).find((pos) => pos.some((v) => Math.abs(v * 10 ** decimals - Math.round(v * 10 ** decimals)) > 1e-6));
    return loose ? [`${file}: feature ${label(f, i)}: coordinate ${formatPosition(loose)} has more than ${decimals} decimals`] : [];
  });
}

/** cities.geojson: slug ids, CityProperties, points, each inside the region it names. */
export function checkCities(cities: Collection, regions: Collection, file = 'cities.geojson'): string[] {
  const regionById = new Map(polygonFeatures(regions).map(([f, name]) => [name, f]));
  return [
    ...checkIds(cities, file, citySlugPattern),
    ...cities.features.flatMap((f, i) => {
      const where = `${file}: feature ${label(f, i)}`;
      const problems = propertyProblems(f, where, cityProblems);
      if (f.geometry?.type !== 'Point') return [...problems, `${where}: geometry is not a Point`];
      const position = (f.geometry as Point).coordinates;
      const stated = f.properties?.region;
      const region = regionById.get(String(stated));
      if (region && !booleanPointInPolygon(position, region)) {
        const actual = [...regionById].find(([, g]) => booleanPointInPolygon(position, g))?.[0] ?? 'no region';
        problems.push(`${where}: point ${formatPosition(position)} is not inside its region ${stated} (it lies in ${actual})`);
      }
      return problems;
    }),
  ];
}

/** neighbours.geojson: iso_a3, name_en, role, and every coordinate inside the frame. */
export function checkNeighbours(neighbours: Collection, file = 'neighbours.geojson'): string[] {
  const [west, south, east, north] = checkDefaults.frame;
  return [
    ...checkIds(neighbours, file),
    ...neighbours.features.flatMap((f, i) => {
      const where = `${file}: feature ${label(f, i)}`;
      const outside = positionsOf(f.geometry).find(([x = NaN, y = NaN]) => !(x >= west && x <= east && y >= south && y <= north));
      return [
        ...propertyProblems(f, where, (p) => fieldProblems(p, neighbourFields)),
        ...checkPolygonal(f, where),
        ...(outside ? [`${where}: coordinate ${formatPosition(outside)} lies outside the frame ${checkDefaults.frame}`] : []),
      ];
    }),
  ];
}

/** lakes.geojson and water.geojson: `rules` (lakeFields or waterFields, maybe narrowed), polygonal geometry. */
export function checkNamedWater(collection: Collection, file: string, rules: Readonly<Record<string, FieldRule>> = lakeFields): string[] {
  return [
    ...checkIds(collection, file),
    ...collection.features.flatMap((f, i) => {
      const where = `${file}: feature ${label(f, i)}`;
      return [...propertyProblems(f, where, (p) => fieldProblems(p, rules)), ...checkPolygonal(f, where)];
    }),
  ];
}

/** The Caspian polygon has a plausible area (a wrong hole or a missing island shows up here). */
export function checkCaspian(water: Collection, file = 'water.geojson', [min, max]: readonly number[] = checkDefaults.caspianAreaKm2): string[] {
  const sea = polygonFeatures(water).find(([f]) => f.properties?.name_en === 'Caspian Sea');
  if (!sea) return [`${file}: feature caspian-sea: missing (no polygon named "Caspian Sea")`];
  const km2 = area(sea[0]) / 1e6;
  return km2 >= (min ?? 0) && km2 <= (max ?? Infinity)
    ? []
    : [`${file}: feature ${sea[1]}: area ${Math.round(km2)} km² is outside the plausible ${min}–${max} km²`];
}

/** All files together stay within the gzip budget (level 9, as a server would send them). */
export function checkGzipBudget(files: Record<string, string | Uint8Array>, budgetBytes: number = checkDefaults.gzipBudgetBytes): string[] {
  const sizes = Object.entries(files).map(([name, bytes]) => [name, gzipSync(bytes, { level: 9 }).length] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  return total <= budgetBytes
    ? []
    : [`base geometry is ${total} bytes gzipped, over the ${budgetBytes}-byte budget (${sizes.map(([n, s]) => `${n} ${s}`).join(', ')})`];
}

/** `check`'s problems with the feature's properties, each prefixed with the file and feature. */
function propertyProblems(f: Feature<Geometry | null>, where: string, check: (properties: Record<string, unknown>) => string[]): string[] {
  if (typeof f.properties !== 'object' || f.properties === null) return [`${where}: properties missing`];
  return check(f.properties).map((problem) => `${where}: ${problem}`);
}

function fieldProblems(properties: Record<string, unknown>, rules: Readonly<Record<string, FieldRule>>): string[] {
  return checkFields(properties, rules).map((problem) => `property ${problem}`);
}

function checkPolygonal(f: Feature<Geometry | null>, where: string): string[] {
  return isPolygonal(f) ? [] : [`${where}: geometry is ${f.geometry?.type ?? 'null'}, expected Polygon or MultiPolygon`];
}

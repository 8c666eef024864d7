// The numbers the build prints and the README quotes: vertices, raw and gzip -9 sizes.

import { gzipSync } from 'node:zlib';

/** @param files {name: text} @param featuresByFile {name: features} */
export function describeOutputs(files, featuresByFile) {
  const rows = Object.keys(files).map((name) => ({
    name,
    features: featuresByFile[name].length,
    vertices: featuresByFile[name].reduce((sum, f) => sum + countVertices(f.geometry), 0),
    raw: Buffer.byteLength(files[name]),
    gzip: gzipSync(files[name], { level: 9 }).length,
  }));
  const total = rows.reduce(
    (sum, row) => ({ ...sum, features: sum.features + row.features, vertices: sum.vertices + row.vertices, raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }),
    { name: 'total', features: 0, vertices: 0, raw: 0, gzip: 0 },
  );
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
  return [...rows, total]
    .map((r) => `${r.name.padEnd(20)} ${String(r.features).padStart(4)} features ${String(r.vertices).padStart(6)} vertices ${kib(r.raw)} KiB ${kib(r.gzip)} KiB gz`)
    .join('\n');
}

/** Positions excluding each ring's closing point. */
function countVertices(geometry) {
  if (geometry.type === 'Point') return 1;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().reduce((sum, ring) => sum + ring.length - 1, 0);
}

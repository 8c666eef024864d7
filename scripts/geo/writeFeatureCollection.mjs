// Serialises a FeatureCollection with one feature per line: small diffs when a feature
// changes, no indentation bytes inside geometries. Key order is fixed (type, id,
// properties, geometry), so two builds from the same input are byte-identical.

import { writeFileSync } from 'node:fs';

export function formatFeatureCollection(features) {
  const lines = features.map(({ id, properties, geometry }) =>
    JSON.stringify({ type: 'Feature', id, properties, geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function writeFeatureCollection(path, features) {
  const text = formatFeatureCollection(features);
  writeFileSync(path, text);
  return text;
}

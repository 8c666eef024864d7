// What the embed's first view downloads, read from the build output: the HTML, the entry chunk with
// its static imports and CSS (from Vite's manifest), and the data files the entry fetches before the
// map is drawn. Shared by the byte-budget test (tests/e2e/budget.spec.ts) and `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Embed first view, data included, gzip -9 (issue 6: 200 kB). Raised to 210 kB with issue 14: the
 * story layer (caption, labelled key moments, paced playback), label placement, roving keyboard
 * focus, tooltips and the threat regime add about 16 kB of JS the first view needs.
 */
export const firstViewBudgetBytes = 210_000;

/** Data files of the first view: everything src/data/loadDataset.ts fetches before drawing. */
const firstViewData = [
  { part: 'geometry', prefix: 'base.topo-' },
  { part: 'geometry', prefix: 'lakes-' },
  { part: 'events', prefix: 'events.core-' },
];

/**
 * @param {string} dist the build directory
 * @returns {{ part: string, file: string, raw: number, gzip: number }[]}
 */
export function firstViewFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  if (!entry) throw new Error(`${dist}/.vite/manifest.json has no index.html entry: build with build.manifest`);
  const chunks = new Set();
  const css = new Set(entry.css ?? []);
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunks.has(chunk.file)) return;
    chunks.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  const assets = readdirSync(join(dist, 'assets'));
  const data = firstViewData.map(({ part, prefix }) => {
    const name = assets.find((file) => file.startsWith(prefix));
    if (!name) throw new Error(`No ${prefix}* file in ${dist}/assets`);
    return { part, file: `assets/${name}` };
  });
  const files = [
    { part: 'html', file: 'index.html' },
    ...[...chunks].map((file) => ({ part: 'js', file })),
    ...[...css].map((file) => ({ part: 'css', file })),
    ...data,
  ];
  return files.map(({ part, file }) => {
    const bytes = readFileSync(join(dist, file));
    return { part, file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/**
 * Totals by part, for a report.
 * @param {{ part: string, raw: number, gzip: number }[]} files
 */
export function totalsByPart(files) {
  const parts = new Map();
  for (const { part, raw, gzip } of files) {
    const total = parts.get(part) ?? { part, raw: 0, gzip: 0 };
    parts.set(part, { part, raw: total.raw + raw, gzip: total.gzip + gzip });
  }
  const all = [...parts.values()];
  return [...all, { part: 'total', raw: all.reduce((n, p) => n + p.raw, 0), gzip: all.reduce((n, p) => n + p.gzip, 0) }];
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import pureModules from '../../pure-modules.json';
import { findImpurities } from './findImpurities';

const root = join(import.meta.dirname, '../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `**` spans folders, `*` stays inside one path segment. */
function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .split('**/')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('(?:.*/)?');
  return new RegExp(`^${pattern}$`);
}

const sourceFiles = listFiles(join(root, 'src')).map((file) => relative(root, file).split('\\').join('/'));
const patterns = pureModules.globs.map(globToRegExp);
const pureFiles = sourceFiles.filter((file) => patterns.some((pattern) => pattern.test(file)));

describe('findImpurities(source)', () => {
  it('reports an import of leaflet with its line', () => {
    expect(findImpurities("import x from 'y';\nimport L from 'leaflet';")).toEqual(['line 2: imports leaflet']);
  });
  it('reports type-only imports of react-leaflet and sub-paths of react', () => {
    expect(findImpurities("import type { P } from 'react-leaflet';\nimport { jsx } from 'react/jsx-runtime';")).toHaveLength(2);
  });
  it('reports window and document but not words that contain them', () => {
    expect(findImpurities('const w = window.innerWidth;\nconst d = document.body;\nconst windowed = 1;')).toEqual([
      'line 1: uses window',
      'line 2: uses document',
    ]);
  });
  it('reports typeof checks and indexed access', () => {
    expect(findImpurities("if (typeof window !== 'undefined') {}\nwindow['x'] = 1;")).toEqual(['line 1: uses window', 'line 2: uses window']);
  });
  it('allows a property or local binding named window', () => {
    expect(findImpurities('const end = timeline.window.end;\nfunction f(window: Span) { return window; }')).toEqual([]);
  });
  it('ignores comments and strings', () => {
    expect(findImpurities("// window\n/* document\n window */\nconst s = 'window';")).toEqual([]);
  });
  it('accepts imports of other packages such as @turf/turf and geojson types', () => {
    expect(findImpurities("import { bbox } from '@turf/turf';\nimport type { Feature } from 'geojson';")).toEqual([]);
  });
});

describe('pure modules (STYLE.md)', () => {
  it('covers the data, spatial and style modules', () => {
    expect(pureFiles).toEqual(expect.arrayContaining(['src/data/parseRegions.ts', 'src/map/regionStyle.ts', 'src/spatial/datasetBounds.ts']));
  });
  it.each(pureFiles)('%s imports no UI library and touches no window/document', (file) => {
    expect(findImpurities(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });
});

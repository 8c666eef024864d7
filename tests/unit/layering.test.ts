import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module of src/ with the modules it imports at run time (`import type` is erased, so left out). */
function runtimeImports(): Map<string, string[]> {
  const root = join(import.meta.dirname, '../../src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const specs = [...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)].map((match) => match[1] as string);
    const targets = specs
      .map((spec) => normalize(join(dirname(file), spec)))
      .map((base) => [base, `${base}.ts`, `${base}.tsx`].find((candidate) => known.has(candidate)))
      .filter((target): target is string => target !== undefined);
    graph.set(relative(root, file), targets.map((target) => relative(root, target)));
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

const graph = runtimeImports();
const folder = (file: string) => file.split('/')[0] ?? '';

describe('layering of src/ (STYLE.md: the tree shows the architecture)', () => {
  it('has no import cycle at run time', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it.each([
    ['map', ['ui']],
    ['scene', ['ui', 'map', 'embed', 'react']],
    ['view', ['ui', 'map', 'embed', 'react']],
    ['react', ['ui', 'map', 'embed']],
    ['i18n', ['ui', 'map', 'embed', 'react', 'scene', 'view']],
    ['timeline', ['ui', 'map', 'embed', 'react', 'scene', 'view', 'i18n']],
    // data may use timeline/instant.ts: times are validated with the project's one instant parser.
    ['data', ['ui', 'map', 'embed', 'react', 'scene', 'view', 'i18n', 'spatial']],
  ])('src/%s imports nothing from %j', (from, forbidden) => {
    const offending = [...graph]
      .filter(([file]) => folder(file) === from)
      .flatMap(([file, targets]) => targets.filter((target) => forbidden.includes(folder(target))).map((target) => `${file} → ${target}`));
    expect(offending).toEqual([]);
  });

  it('detects a cycle when there is one (the checker itself)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['a']]]))).toEqual(['a', 'b', 'a']);
  });
});

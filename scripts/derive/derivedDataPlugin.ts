// Vite plugin serving the derived first-view files. `import url from 'virtual:qantar/<name>'`
// (the file name without .json, which Vite's JSON plugin would claim) gives the URL of a
// fingerprinted asset at build, and of a dev-server route in development.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { baseObjectNames, deriveBaseTopology, splitEvents, type BaseLayers } from './deriveFirstView.ts';

const prefix = 'virtual:qantar/';
const devRoute = '/@qantar-derived/';

/** Derived file name → geo/ inputs and how to make it. */
const derivedFiles: Record<string, { inputs: string[]; make: (read: (file: string) => FeatureCollection) => unknown }> = {
  'base.topo.json': {
    inputs: [...baseObjectNames],
    make: (read) => {
      const layers = Object.fromEntries(baseObjectNames.map((name) => [name, read(name)]));
      return deriveBaseTopology(layers as unknown as BaseLayers);
    },
  },
  'events.core.json': { inputs: ['events'], make: (read) => splitEvents(read('events')).core },
  'events.details.json': { inputs: ['events'], make: (read) => splitEvents(read('events')).details },
  'events.text.ru.json': { inputs: ['events'], make: (read) => splitEvents(read('events')).texts.ru },
  'events.text.kk.json': { inputs: ['events'], make: (read) => splitEvents(read('events')).texts.kk },
};

export function derivedDataPlugin(geoDir = resolve(import.meta.dirname, '../../geo')): Plugin {
  const inputPath = (name: string) => resolve(geoDir, `${name}.geojson`);
  const build = (file: string): string => {
    const spec = derivedFiles[file];
    if (!spec) throw new Error(`No derived file ${file}; known: ${Object.keys(derivedFiles).join(', ')}`);
    return JSON.stringify(spec.make((name) => JSON.parse(readFileSync(inputPath(name), 'utf8')) as FeatureCollection));
  };
  let serving = false;
  return {
    name: 'qantar-derived-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const file = `${id.slice(prefix.length + 1)}.json`;
      for (const input of derivedFiles[file]?.inputs ?? []) this.addWatchFile(inputPath(input));
      if (serving) return `export default ${JSON.stringify(`${devRoute}${file}`)};`;
      const reference = this.emitFile({ type: 'asset', name: file, source: build(file) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use(devRoute, (request, response, next) => {
        const file = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!(file in derivedFiles)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(build(file));
      });
    },
  };
}

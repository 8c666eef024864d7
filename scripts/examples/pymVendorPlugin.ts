import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Puts the real pym.js (npm package `pym.js`, MIT) next to the example page that uses it, at
 * `examples/vendor/pym.v1.min.js`: the page loads it as a classic script from its own origin, as a
 * newsroom's page loads it from its CDN, under the examples' CSP. The app itself never loads pym.js;
 * it speaks pym's child protocol in its own code (src/embed/pymMessages.ts).
 */
const files = {
  'examples/vendor/pym.v1.min.js': 'dist/pym.v1.min.js',
  'examples/vendor/pym.LICENSE.txt': 'LICENSE',
} as const;

const packageDir = fileURLToPath(new URL('../../node_modules/pym.js/', import.meta.url));
const read = (file: string) => readFileSync(packageDir + file);

export function pymVendorPlugin(): Plugin {
  return {
    name: 'qantar-pym-vendor',
    generateBundle() {
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: read(source) });
    },
    configureServer(server) {
      server.middlewares.use(function servePymVendor(request, response, next) {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const source = (files as Record<string, string>)[path];
        if (source === undefined) return next();
        response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'text/plain');
        response.end(read(source));
      });
    },
  };
}

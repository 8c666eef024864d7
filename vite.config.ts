import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { derivedDataPlugin } from './scripts/derive/derivedDataPlugin.ts';
import { pymVendorPlugin } from './scripts/examples/pymVendorPlugin.ts';
import { oembedPlugin } from './scripts/oembed/oembedPlugin.ts';
import { stillsPlugin } from './scripts/stills/stillsPlugin.ts';
import { contentSecurityPolicy } from './src/security/contentSecurityPolicy.ts';

/**
 * Writes the CONTRACT.md Content-Security-Policy into the built index.html as a meta tag, so the
 * built app proves it runs under it. Only at build: the dev server injects inline scripts for HMR.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'qantar-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (html.includes('<!-- qantar:example-csp -->')) return exampleHostPage(html);
      if (html.includes('<!-- qantar:no-csp -->')) return html;
      return withCspMeta(html, contentSecurityPolicy);
    },
  };
}

function withCspMeta(html: string, policy: string): string {
  return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/**
 * The example host pages (examples/) load embed.js as a script, and the map in a frame, from the
 * app's origin, which `?app=` may name. They carry the app's policy with script-src and frame-src
 * widened to exactly the origins they may use: their own, QM_EXAMPLE_APPS (also written to
 * `data-allowed-apps`, which examples/host.js checks first) and the loopback hosts, which host.js
 * allows only on a page that is itself served from loopback (a meta tag cannot depend on the host).
 */
function exampleHostPage(html: string): string {
  const apps = exampleAppOrigins(process.env.QM_EXAMPLE_APPS ?? '');
  const sources = ["'self'", ...apps, 'http://127.0.0.1:*', 'http://localhost:*'].join(' ');
  const directives = contentSecurityPolicy.split(/;\s*/).map((directive) => (directive.startsWith('script-src ') ? `script-src ${sources}` : directive));
  const policy = [...directives, `frame-src ${sources}`].join('; ');
  return withCspMeta(html, policy).replace('data-allowed-apps=""', `data-allowed-apps="${apps.join(' ')}"`);
}

/** QM_EXAMPLE_APPS: http(s) origins separated by spaces or commas; anything else stops the build. */
function exampleAppOrigins(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => {
      const url = URL.canParse(item) ? new URL(item) : null;
      if (!url || !/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`) {
        throw new Error(`QM_EXAMPLE_APPS: "${item}" is not an http(s) origin such as https://maps.example`);
      }
      return url.origin;
    });
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), derivedDataPlugin(), pymVendorPlugin(), oembedPlugin(process.env.QM_PUBLIC_URL), stillsPlugin()],
  // Relative asset URLs: the build works from any sub-path of any static host.
  base: './',
  // .geojson files are fetched as assets; most arrive derived (scripts/derive, src/data/loadDataset.ts).
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    // Keep geometry as separate files so readers can download them and the browser caches them.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: what the first view loads, for the byte budget (scripts/firstViewFiles.mjs).
    manifest: true,
    rollupOptions: {
      input: {
        main: 'index.html',
        article: 'examples/article.html',
        scrolly: 'examples/scrolly.html',
        pymExample: 'examples/pym.html',
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/geo/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});

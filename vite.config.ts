import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { derivedDataPlugin } from './scripts/derive/derivedDataPlugin.ts';
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
      // Example host pages load embed.js from the app's origin, which may be another one.
      if (html.includes('<!-- qantar:no-csp -->')) return html;
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), derivedDataPlugin()],
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

// Vite plugin: `vite build` writes dist/stills/ (social cards of the key moments and the end state,
// en/ru/kk, 1x and 2x, and a manifest) with the app's own renderer (src/render), and gives
// index.html its Open Graph / Twitter tags and a <noscript> still. Build only: the dev server and
// the unit tests never load the renderer's Node backend.
//
// Backend, chosen by measurement (node scripts/stills/compareBackends.mjs: the card of every moment
// in en and kk, 3 rounds, wall-clock on the shared 2-core machine at load 7-11): @napi-rs/canvas
// drawing directly, 159 ms per still at 1x and 222 ms at 2x (PNG 181 kB / 427 kB, encodePng.ts);
// SvgContext → SVG → @resvg/resvg-js with the same font files, 339 ms and 608 ms (209 kB / 479 kB).
// With Skia's own PNG encoder canvas took 173 / 411 ms (195 / 468 kB), still 2.6-3x faster than
// resvg. Canvas wins on time and bytes, and it measures text with the real font, so the renderer's
// line wrapping is exact (resvg cannot measure: the SVG path wraps by SvgContext's estimate).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { publicUrl } from './publicUrl.ts';
import type * as stillsEntry from './stillsEntry.ts';

/** Where index.html wants the <noscript> still. */
export const noscriptMarker = '<!-- qantar:noscript-still -->';

type StillsEntry = typeof stillsEntry;

export function stillsPlugin(geoDir = resolve(import.meta.dirname, '../../geo')): Plugin {
  let entry: Promise<StillsEntry> | null = null;
  // Through Vite's module runner, on first use: the TypeScript it needs (src/render, src/data, …)
  // is neither bundled into the config nor loaded when the config is read for dev or tests.
  const load = () =>
    (entry ??= import('vite').then(async ({ runnerImport }) => (await runnerImport<StillsEntry>(resolve(import.meta.dirname, 'stillsEntry.ts'), { configFile: false })).module));
  const base = publicUrl();
  return {
    name: 'qantar-stills',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has rewritten the asset URLs: the <noscript> links the fingerprinted data file.
      order: 'post',
      async handler(html, context) {
        if (context.path !== '/index.html') return html;
        return (await load()).withStillTags(html, geoDir, base, noscriptMarker);
      },
    },
    async writeBundle(options) {
      const started = performance.now();
      const entries = (await load()).writeStills(resolve(options.dir ?? 'dist', 'stills'), geoDir);
      this.info(`${entries.length} stills in stills/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  };
}

// Vite plugin: `vite build` writes dist/stills/ (social cards of the key moments and the end state,
// en/ru/kk, 1x and 2x, and a manifest) with the app's own renderer (src/render), and gives
// index.html its Open Graph / Twitter tags and a <noscript> still. Build only: the dev server and
// the unit tests never load the renderer's Node backend.
//
// Backend, chosen by measurement (scripts/stills/compareBackends.mjs, this 2-core machine, 1200 × 630
// card, key moments in en and kk): @napi-rs/canvas drawing directly took 173 ms per still at 1x and
// 411 ms at 2x (PNG 195 kB / 468 kB); SvgContext → SVG → @resvg/resvg-js took 456 ms and 1238 ms
// (178 kB / 407 kB). Canvas is 2.6–3× faster, and it measures text with the real font, so the
// renderer's line wrapping is exact (resvg cannot measure: the SVG path lays text out by estimate).
// resvg's PNGs are 9–13 % smaller; not worth three times the build time.
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

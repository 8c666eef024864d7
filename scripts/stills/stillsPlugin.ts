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
import { stillsDir } from './stillPlan.ts';
import { noscriptStill, socialTags } from './socialTags.ts';
import type { GeoStory } from './loadGeoStory.ts';

/** Where index.html wants the <noscript> still. */
export const noscriptMarker = '<!-- qantar:noscript-still -->';

export function stillsPlugin(geoDir = resolve(import.meta.dirname, '../../geo')): Plugin {
  let story: Promise<GeoStory> | null = null;
  // Loaded on first use, so merely reading vite.config.ts (dev, vitest) costs nothing.
  const loadStory = () => (story ??= import('./loadGeoStory.ts').then(({ loadGeoStory }) => loadGeoStory(geoDir)));
  const base = publicUrl();
  return {
    name: 'qantar-stills',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has rewritten the asset URLs: the data link below reads the fingerprinted one.
      order: 'post',
      async handler(html, context) {
        if (context.path !== '/index.html') return html;
        const [{ stillInput, stillDescription }, loaded] = await Promise.all([import('./stillInput.ts'), loadStory()]);
        const end = stillInput(loaded, loaded.index.window.end, 'en');
        const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? end.headline;
        const tags = socialTags({ title: end.title, description: unescapeHtml(description), imageAlt: stillDescription(end), base });
        const dataHref = /type="application\/geo\+json" title="Events[^"]*" href="([^"]+)"/.exec(html)?.[1] ?? './';
        if (!html.includes(noscriptMarker)) throw new Error(`index.html lacks ${noscriptMarker} (where the <noscript> still goes)`);
        return html.replace('</head>', `  ${tags}\n  </head>`).replace(noscriptMarker, noscriptStill(stillDescription(end), dataHref));
      },
    },
    async writeBundle(options) {
      const outDir = resolve(options.dir ?? 'dist', stillsDir);
      const started = performance.now();
      const [{ renderStills }, loaded] = await Promise.all([import('./renderStills.ts'), loadStory()]);
      const entries = renderStills(outDir, loaded);
      this.info(`${entries.length} stills in ${stillsDir}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  };
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// What the stills plugin runs at build, loaded through Vite's module runner (stillsPlugin.ts), so
// the renderer and the data code stay out of vite.config.ts's own bundle: reading the config for
// the dev server or the unit tests never loads them.
import { loadGeoStory, type GeoStory } from './loadGeoStory.ts';
import { renderStills, type StillEntry } from './renderStills.ts';
import { noscriptStill, socialTags } from './socialTags.ts';
import { stillDescription, stillInput } from './stillInput.ts';

const stories = new Map<string, GeoStory>();

function storyOf(geoDir: string): GeoStory {
  const story = stories.get(geoDir) ?? loadGeoStory(geoDir);
  stories.set(geoDir, story);
  return story;
}

/** index.html with the social tags before </head> and the <noscript> still in place of `marker`. */
export function withStillTags(html: string, geoDir: string, base: string | null, marker: string): string {
  const story = storyOf(geoDir);
  const end = stillInput(story, story.index.window.end, 'en');
  const alt = stillDescription(end);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? end.headline;
  const tags = socialTags({ title: end.title, description: unescapeHtml(description), imageAlt: alt, base });
  // The fingerprinted events file (Vite has rewritten the link by now).
  const dataHref = /type="application\/geo\+json" title="Events[^"]*" href="([^"]+)"/.exec(html)?.[1] ?? './';
  if (!html.includes(marker)) throw new Error(`index.html lacks ${marker} (where the <noscript> still goes)`);
  return html.replace('</head>', `  ${tags}\n  </head>`).replace(marker, noscriptStill(alt, dataHref));
}

export function writeStills(outDir: string, geoDir: string): StillEntry[] {
  return renderStills(outDir, storyOf(geoDir));
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

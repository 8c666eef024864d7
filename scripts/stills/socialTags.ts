import { frameSizes } from '../../src/render/drawFrame.ts';
import { endAliasFile, stillsDir } from './stillPlan.ts';

export interface SocialCard {
  title: string;
  description: string;
  /** The still's alt text. */
  imageAlt: string;
  /** The app's folder with a trailing slash (QM_PUBLIC_URL), or null for URLs relative to the page. */
  base: string | null;
}

/** Open Graph locales of the interface languages; English is the page's own. */
const locales = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ' } as const;

/**
 * Open Graph and Twitter card tags for the built index.html, pointing at the English end-state
 * still (README "Stills and social cards" says how a Russian or Kazakh page points at its own).
 */
export function socialTags(card: SocialCard): string {
  const base = card.base ?? './';
  const image = `${base}${stillsDir}/${endAliasFile('en', 1)}`;
  const { width, height } = frameSizes.card;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'qantar-map'],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.description],
    ['property', 'og:url', base],
    ['property', 'og:locale', locales.en],
    ['property', 'og:locale:alternate', locales.ru],
    ['property', 'og:locale:alternate', locales.kk],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(width)],
    ['property', 'og:image:height', String(height)],
    ['property', 'og:image:alt', card.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', card.title],
    ['name', 'twitter:description', card.description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', card.imageAlt],
  ];
  return tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${escapeHtml(content)}" />`).join('\n    ');
}

/**
 * What readers without JavaScript see (inside index.html's <noscript>): the end-state still at
 * 1x and 2x with its description, and where the data is. Relative URLs: always the page's origin.
 */
export function noscriptStill(alt: string, dataHref: string): string {
  const still = (scale: 1 | 2) => `./${stillsDir}/${endAliasFile('en', scale)}`;
  const { width, height } = frameSizes.card;
  return [
    '<noscript>',
    '  <figure class="qm-noapp__still">',
    `    <img src="${still(1)}" srcset="${still(1)} 1x, ${still(2)} 2x" width="${width}" height="${height}" alt="${escapeHtml(alt)}" />`,
    `    <figcaption>The map at the end of the record. <a href="${escapeHtml(dataHref)}">Download the events with their sources (GeoJSON)</a>.</figcaption>`,
    '  </figure>',
    '</noscript>',
  ].join('\n      ');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

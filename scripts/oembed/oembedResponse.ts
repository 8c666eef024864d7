import { embedSnippet } from '../../src/embed/embedSnippet.ts';
import { oembedFileName } from '../../src/embed/oembedFileName.ts';
import type { Language } from '../../src/i18n/language.ts';

/** A static oEmbed 1.0 answer of type `rich` (https://oembed.com, section 2.3.4). */
export interface OembedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export const oembedDefaults = {
  /** The width the answer declares (px): an article column; the snippet itself is width="100%". */
  width: 640,
  /** The map's own height at that width (px; measured in en, ru and kk: 849–868, tests/e2e/oembed.spec.ts). */
  height: 860,
  /** The end-state still (the STILLS build step, `stills/end-<lang>.png`), a social card (px). */
  thumbnailWidth: 1200,
  thumbnailHeight: 630,
  /** How long a consumer may keep the answer (s): one day, so a data correction reaches embeds soon. */
  cacheAge: 86_400,
  providerName: 'qantar-map',
  /** The id the snippet's iframe carries in messages, as the Share dialog's default. */
  id: 'qantar-map',
} as const;

export interface OembedOptions {
  /** Where the app is served, ending in "/" (toPublicUrl), or "./" when unknown at build (relative URLs). */
  appUrl: string;
  lang: Language;
  /** The map's title in that language (the catalogue's `title`). */
  title: string;
}

/**
 * The oEmbed answer for the map at its end state in one language: `html` is the Share dialog's
 * snippet (iframe, embed.js, noscript link), so every channel embeds the same thing.
 */
export function oembedResponse({ appUrl, lang, title }: OembedOptions): OembedResponse {
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: oembedDefaults.providerName,
    provider_url: appUrl,
    html: embedSnippet({ appUrl, t: null, mode: 'cumulative', types: null, autoplay: false, lang, id: oembedDefaults.id }),
    width: oembedDefaults.width,
    height: oembedDefaults.height,
    thumbnail_url: `${appUrl}stills/end-${lang}.png`,
    thumbnail_width: oembedDefaults.thumbnailWidth,
    thumbnail_height: oembedDefaults.thumbnailHeight,
    cache_age: oembedDefaults.cacheAge,
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The discovery tag a page carries so a CMS finds the answer from the page's URL alone. */
export function oembedDiscoveryLink(appUrl: string, lang: Language, title: string): string {
  const href = escapeAttribute(appUrl + oembedFileName(lang));
  return `<link rel="alternate" type="application/json+oembed" href="${href}" title="${escapeAttribute(title)}" />`;
}

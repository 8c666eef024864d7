import type { Language } from '../i18n/language';

/**
 * The static oEmbed answer of a language, next to index.html (written by scripts/oembed at build):
 * `oembed.json` for English, `oembed.<lang>.json` for the others.
 */
export function oembedFileName(lang: Language): string {
  return lang === 'en' ? 'oembed.json' : `oembed.${lang}.json`;
}

import type { Plugin } from 'vite';
import { languages, type Language } from '../../src/i18n/language.ts';
import { en } from '../../src/i18n/messages.ts';
import { kk } from '../../src/i18n/messages.kk.ts';
import { ru } from '../../src/i18n/messages.ru.ts';
import { oembedFileName } from '../../src/embed/oembedFileName.ts';
import { oembedDiscoveryLink, oembedResponse } from './oembedResponse.ts';
import { toPublicUrl } from './toPublicUrl.ts';

const titles: Record<Language, string> = { en: en.title, ru: ru.title, kk: kk.title };

/**
 * oEmbed at build: writes `oembed.json` (en), `oembed.ru.json` and `oembed.kk.json`, and gives every
 * built page that is the map (it has the app's `#root`) the discovery link to the answer in the
 * page's language (`<html lang>`). `publicUrl` is QM_PUBLIC_URL (toPublicUrl: a bad one stops the
 * build). Without it the URLs are relative to the app's folder and the build says that consumers,
 * which fetch from other sites, need absolute ones.
 */
export function oembedPlugin(publicUrl: string | undefined, warn: (text: string) => void = console.warn): Plugin {
  const appUrl = publicUrl ? toPublicUrl(publicUrl) : './';
  return {
    name: 'qantar-oembed',
    apply: 'build',
    buildStart() {
      if (!publicUrl) {
        warn('qantar-oembed: QM_PUBLIC_URL is not set, so oembed*.json carry URLs relative to the app; set it (e.g. QM_PUBLIC_URL=https://maps.example/ npm run build) for answers other sites can use.');
      }
    },
    transformIndexHtml(html) {
      if (!html.includes('<div id="root">')) return html;
      const lang = (languages as readonly string[]).find((code) => html.includes(`<html lang="${code}"`)) as Language | undefined;
      const link = oembedDiscoveryLink(appUrl, lang ?? 'en', titles[lang ?? 'en']);
      return html.replace('</title>', `</title>\n    ${link}`);
    },
    generateBundle() {
      for (const lang of languages) {
        const answer = oembedResponse({ appUrl, lang, title: titles[lang] });
        this.emitFile({ type: 'asset', fileName: oembedFileName(lang), source: `${JSON.stringify(answer, null, 2)}\n` });
      }
    },
  };
}

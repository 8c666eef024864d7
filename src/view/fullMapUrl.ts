import type { Language } from '../i18n/language';
import { writeLink, type LinkView } from './parseLink';

/**
 * The full page (not the embed) showing `view`, on the app's own base URL: the folder of
 * `documentUrl` (pass `document.baseURI`), with only the view's parameters (writeLink: defaults left
 * out; embed options, unknown and invalid parameters dropped) and no credentials or fragment.
 *
 * Always an absolute URL on `documentUrl`'s origin: a path such as `//evil.example` (or `/\evil.example`,
 * which URL parsing turns into it) served by a single-page fallback cannot make it point elsewhere,
 * because runs of slashes are collapsed and the origin never comes from the path.
 *
 * @example fullMapUrl('https://maps.example/q/?embed=1&zoom=4', view, 'ru')
 * // 'https://maps.example/q/?lang=ru&t=2022-01-05T20%3A00&mode=current'
 */
export function fullMapUrl(documentUrl: string, view: LinkView, lang: Language | null): string {
  const url = new URL('./', documentUrl);
  url.username = '';
  url.password = '';
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  url.search = writeLink('', { t: view.t, mode: view.mode, types: view.types, event: view.event, lang });
  url.hash = '';
  return url.href;
}

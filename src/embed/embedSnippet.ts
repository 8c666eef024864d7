import { eventTypes, type EventType } from '../data/eventTypes';
import { formatAlmatyMinute, type Instant } from '../timeline/instant';
import type { Mode } from '../timeline/trackStatusAt';
import type { Language } from '../view/parseLink';

export interface SnippetOptions {
  /** Where the app is served, ending in "/", e.g. "https://maps.example/qantar/". */
  appUrl: string;
  /** null: open at the end of the story. */
  t: Instant | null;
  mode: Mode;
  types: readonly EventType[] | null;
  autoplay: boolean;
  lang: Language | null;
  id: string;
}

export const snippetDefaults = {
  /** Initial iframe height before the host script applies the real one (px). */
  height: 600,
  title: 'Map: how the January 2022 protests spread across Kazakhstan',
} as const;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe URL for these options: `embed=1` plus only the parameters that differ from defaults. */
export function embedUrl(options: SnippetOptions): string {
  const params = new URLSearchParams({ embed: '1' });
  if (options.id) params.set('id', options.id);
  if (options.t !== null) params.set('t', formatAlmatyMinute(options.t));
  if (options.mode !== 'cumulative') params.set('mode', options.mode);
  if (options.types !== null && options.types.length < eventTypes.length) params.set('types', options.types.join(','));
  if (options.autoplay) params.set('autoplay', '1');
  if (options.lang) params.set('lang', options.lang);
  return `${options.appUrl}?${params.toString()}`;
}

/**
 * What a newsroom pastes: the iframe (with a title for screen readers and a fallback link), the
 * host script that sizes it, and a <noscript> line for readers without JavaScript.
 */
export function embedSnippet(options: SnippetOptions): string {
  const src = escapeAttribute(embedUrl(options));
  const app = escapeAttribute(options.appUrl);
  return [
    `<iframe src="${src}" title="${snippetDefaults.title}" data-qantar-map loading="lazy" width="100%" height="${snippetDefaults.height}" style="width:100%;border:0" allow="fullscreen"></iframe>`,
    `<script src="${app}embed.js" async></script>`,
    `<noscript><a href="${app}">Open the map of Kazakhstan's January 2022 protests</a></noscript>`,
  ].join('\n');
}

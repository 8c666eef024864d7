import { eventTypes, type EventType } from '../data/eventTypes';
import { formatAlmatyMinute, type Instant } from '../timeline/instant';
import { parseTimeParam } from '../timeline/parseTimeParam';
import type { StoryWindow } from '../timeline/storyWindow';
import { modes, type Mode } from '../timeline/trackStatusAt';

import { languages, type Language } from '../i18n/language';

export { languages, type Language };

/** The part of the state a link or an embed carries (CONTRACT.md, URL parameters). */
export interface LinkView {
  t: Instant;
  mode: Mode;
  /** Selected event types; null means all. */
  types: readonly EventType[] | null;
  event: string | null;
}

/**
 * Whom an embed talks to (the `origin` parameter). `any`: no `origin` given, so the parent window of
 * any origin (messages posted to "*"). `only`: that origin alone. `refused`: an `origin` was given but
 * is not one; a mistyped security setting fails closed: no command accepted, nothing posted.
 */
export type HostOrigin = { kind: 'any' } | { kind: 'only'; origin: string } | { kind: 'refused' };

/** What a link says about the page rather than the moment: read before any data has arrived. */
export interface PageOptions {
  lang: Language | null;
  embed: boolean;
  origin: HostOrigin;
  id: string | null;
  /** Start playing once visible (`autoplay=1`; an extension of CONTRACT.md, never under reduced motion). */
  autoplay: boolean;
  /** pym.js's `childId`, added by a `pym.Parent` (an unknown parameter to CONTRACT.md): speak pym to it. */
  pymChildId: string | null;
  /** What the page shows (`view`; an extension of CONTRACT.md): the map, or one small map per day. */
  display: Display;
}

/** The `view` parameter's values: `map` (the default) or `days`, the small multiples (src/ui/DaysView.tsx). */
export const displays = ['map', 'days'] as const;
export type Display = (typeof displays)[number];

/** Everything a link carries (CONTRACT.md, URL parameters). */
export interface Link extends LinkView, PageOptions {}

/** A parameter that could not be used as given; the page shows it as a small notice. */
export type UrlNotice =
  | { kind: 'invalid'; name: string; value: string; reason: string }
  | { kind: 'clamped'; name: string };

export interface UrlContext {
  span: StoryWindow;
  eventIds: ReadonlySet<string>;
}

/** Defaults when the URL names nothing: the end of the story, everything so far, all types. */
export function linkDefaults(span: StoryWindow): Link {
  return { ...linkViewDefaults(span), ...pageDefaults };
}

const pageDefaults: PageOptions = { lang: null, embed: false, origin: { kind: 'any' }, id: null, autoplay: false, pymChildId: null, display: 'map' };

function linkViewDefaults(span: StoryWindow): LinkView {
  return { t: span.end, mode: 'cumulative', types: null, event: null };
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

type Search = string | URLSearchParams;
type Invalid = (name: string, value: string, reason: string) => void;

function noticesCollector(): [UrlNotice[], Invalid] {
  const notices: UrlNotice[] = [];
  return [notices, (name, value, reason) => notices.push({ kind: 'invalid', name, value: shown(value), reason })];
}

/**
 * Reads CONTRACT.md's URL parameters. Unknown parameters are ignored; an invalid value falls back
 * to its default and yields a notice, so a bad link still opens the map.
 */
export function parseLink(search: Search, context: UrlContext): { options: Link; notices: UrlNotice[] } {
  const view = parseLinkView(search, context);
  const page = parsePageOptions(search);
  return { options: { ...view.options, ...page.options }, notices: [...view.notices, ...page.notices] };
}

/** The moment a link names: `t`, `mode`, `types`, `event` (they need the story's window and ids). */
export function parseLinkView(search: Search, context: UrlContext): { options: LinkView; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const options = linkViewDefaults(context.span);
  const [notices, invalid] = noticesCollector();
  const t = params.get('t');
  if (t !== null) {
    const result = parseTimeParam(t, context.span);
    if (!result.ok) invalid('t', t, result.reason);
    else {
      options.t = result.t;
      if (result.clamped) notices.push({ kind: 'clamped', name: 't' });
    }
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((modes as readonly string[]).includes(mode)) options.mode = mode as Mode;
    else invalid('mode', mode, `expected ${modes.join(' or ')}`);
  }
  const types = params.get('types');
  if (types !== null) {
    const requested = types.split(',').map((type) => type.trim()).filter(Boolean);
    const known = requested.filter((type): type is EventType => (eventTypes as readonly string[]).includes(type));
    const unknown = requested.filter((type) => !known.includes(type as EventType));
    if (unknown.length > 0) invalid('types', unknown.join(','), 'unknown event type');
    // `types=` with nothing listed is a reader who switched every type off; unknown-only falls back to all.
    if (requested.length === 0) options.types = [];
    else if (known.length > 0) options.types = eventTypes.filter((type) => known.includes(type));
  }
  const event = params.get('event');
  if (event !== null) {
    if (context.eventIds.has(event)) options.event = event;
    else invalid('event', event, 'no such event');
  }
  return { options, notices };
}

/** The page's options: `lang`, `embed`, `origin`, `id`, `autoplay`, `view`; nothing here needs the data. */
export function parsePageOptions(search: Search): { options: PageOptions; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const options = { ...pageDefaults };
  const [notices, invalid] = noticesCollector();
  const lang = params.get('lang');
  if (lang !== null) {
    if ((languages as readonly string[]).includes(lang)) options.lang = lang as Language;
    else invalid('lang', lang, `expected ${languages.join(', ')}`);
  }
  options.embed = params.get('embed') === '1';
  options.autoplay = params.get('autoplay') === '1';
  const display = params.get('view');
  if (display !== null) {
    if ((displays as readonly string[]).includes(display)) options.display = display as Display;
    else invalid('view', display, `expected ${displays.join(' or ')}`);
  }
  const origin = params.get('origin');
  if (origin !== null) {
    const parsed = toOrigin(origin);
    if (parsed) options.origin = { kind: 'only', origin: parsed };
    else {
      options.origin = { kind: 'refused' };
      invalid('origin', origin, refusedOriginReason);
    }
  }
  const id = params.get('id');
  if (id !== null) {
    if (idPattern.test(id)) options.id = id;
    else invalid('id', id, 'use 1–64 letters, digits, _ or -');
  }
  // Not ours, so no notice: an unsafe id only means the map does not speak pym (embed/pymMessages.ts).
  // The same pattern as `id`: pym's parent builds a RegExp from it, so only ids that match themselves.
  const childId = params.get('childId');
  options.pymChildId = childId !== null && idPattern.test(childId) ? childId : null;
  return { options, notices };
}

/** Said in the notice (English; the catalogues say it in other languages): what fails closed. */
const refusedOriginReason = 'not an http(s) origin, so this map accepts no commands and sends nothing to the page';

/**
 * `scheme://host[:port]` with at most one trailing slash, written with the characters a host may
 * have: no userinfo (`@`), path, query, fragment or backslash, and no whitespace or control
 * characters anywhere (the URL parser would silently strip them, so " https://a.example" would pass).
 */
const originShape = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[\w.~%!$&'()*+,;=:[\]\u00a1-\u1fff\u2030-\uffef-]+\/?$/;

/**
 * The origin a host wrote, normalised as the URL standard does (scheme and host lower-cased,
 * default ports dropped, one trailing slash), or null for anything that is not an http(s) origin.
 * @example toOrigin('HTTPS://News.Example:443/') // 'https://news.example'
 * @example toOrigin('https://a.example@evil.example') // null
 */
export function toOrigin(value: string): string | null {
  if (!originShape.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || !url.hostname) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Writes the view (and the chosen language) back into `current`'s parameters (time as `YYYY-MM-DDTHH:mm`, defaults
 * left out), keeping every other parameter (embed options, a host's own) as it was.
 */
export function writeLink(current: Search, state: LinkView & { lang?: Language | null; display?: Display }): string {
  const params = new URLSearchParams(current);
  // `view` only when the reader is on the days (undefined: leave as is; the map, the default, is left out).
  if (state.display === 'days') params.set('view', 'days');
  else if (state.display === 'map') params.delete('view');
  // The language goes into the link only once a link or the reader chose one (null: leave as is).
  if (state.lang) params.set('lang', state.lang);
  params.set('t', formatAlmatyMinute(state.t));
  if (state.mode === 'cumulative') params.delete('mode');
  else params.set('mode', state.mode);
  if (state.types === null || state.types.length === eventTypes.length) params.delete('types');
  else params.set('types', state.types.join(','));
  if (state.event === null) params.delete('event');
  else params.set('event', state.event);
  return params.toString();
}

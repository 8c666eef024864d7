/* global window, document, location, URL, URLSearchParams */
// Shared by the example host pages: where the map app lives, its iframe, and loading embed.js.

/** Parameters a reader may pass through the page's own URL to the map (CONTRACT.md names). */
const passThrough = ['t', 'mode', 'types', 'event', 'lang', 'autoplay'];

/** Until the map reports its own height (px). */
const initialHeight = 600;

/**
 * Hosts of the reader's own machine. A page served from one of them (`npm run preview`, the
 * end-to-end tests) may load the app from another local port; a deployed page never loads from them.
 */
const loopbackHosts = ['127.0.0.1', 'localhost'];

/**
 * Origins this page may load the app from besides its own: `data-allowed-apps` on `<html>`, which
 * the build writes from QM_EXAMPLE_APPS (README, "Examples"); the page's CSP lists the same ones.
 */
export function allowedApps(root = document.documentElement) {
  return (root.dataset.allowedApps ?? '').split(/\s+/).filter(Boolean);
}

/** Whether the example may load embed.js and the map from `origin` (an http(s) URL's origin). */
export function isAllowedApp(origin, page = location, allowed = allowedApps()) {
  if (origin === page.origin || allowed.includes(origin)) return true;
  return loopbackHosts.includes(page.hostname) && loopbackHosts.includes(new URL(origin).hostname);
}

/**
 * The app's base URL, ending in "/": this page's app by default, or `?app=<absolute http(s) URL>`
 * on an allowed origin (isAllowedApp). Anything else gives `base: null` and a notice: the page then
 * loads nothing, since embed.js runs as a script of this page. `fallback` is the page's own app.
 */
export function appBase(search = location.search) {
  const value = new URLSearchParams(search).get('app');
  // The examples live in <app>/examples/, so the app is one folder up: works from any sub-path.
  const fallback = new URL('../', location.href).href;
  if (value === null) return { base: fallback, fallback, notice: null };
  // U+2068 … U+2069 isolate the echoed text, so a right-to-left override cannot reverse the line.
  const shown = `\u2068${value.slice(0, 80).replace(/\u2069/g, '\uFFFD')}\u2069`;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { base: null, fallback, notice: `The map was not loaded: app=${shown} is not an absolute http(s) URL.` };
  }
  if (!isAllowedApp(url.origin)) {
    return {
      base: null,
      fallback,
      notice: `The map was not loaded: this page may load it only from its own origin or an allowed one, not from ${url.origin}.`,
    };
  }
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { base: url.href, fallback, notice: null };
}

/** In place of the map when `?app=` was refused: a visible line, and nothing loaded. */
export function showRefusal(slot, text) {
  const message = document.createElement('p');
  message.className = 'noscript';
  message.setAttribute('data-app-refused', '');
  message.textContent = text;
  slot.replaceChildren(message);
}

/**
 * The iframe URL: embed mode, our id, and this page's origin, so the map accepts commands from this
 * page only and posts only to it. `view` may carry t, mode, … (strings), given here or in the page URL.
 */
export function embedUrl(base, id, view = {}, search = location.search) {
  const url = new URL('./', base);
  url.searchParams.set('embed', '1');
  url.searchParams.set('id', id);
  const page = new URLSearchParams(search);
  for (const name of passThrough) {
    const value = page.get(name) ?? view[name];
    if (value !== undefined && value !== null) url.searchParams.set(name, value);
  }
  // A page opened from file:// has the opaque origin "null", which the map would refuse.
  if (location.origin !== 'null') url.searchParams.set('origin', location.origin);
  return url.href;
}

/** The iframe as the embed snippet has it; the border and width come from `.qantar-frame` in CSS. */
export function createMapFrame({ src, title, lazy }) {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = title;
  iframe.className = 'qantar-frame';
  iframe.setAttribute('data-qantar-map', '');
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('allow', 'fullscreen');
  if (lazy) iframe.loading = 'lazy';
  iframe.style.height = `${initialHeight}px`;
  return iframe;
}

/**
 * Loads `<base>embed.js` (the host script must come from the app it talks to) and resolves with
 * `window.qantarMap`. A tag is created at run time because the base is only known from the URL.
 */
export function loadHostScript(base) {
  return new Promise((resolve, reject) => {
    if (window.qantarMap) return resolve(window.qantarMap);
    const script = document.createElement('script');
    script.src = new URL('embed.js', base).href;
    script.async = true;
    script.onload = () => (window.qantarMap ? resolve(window.qantarMap) : reject(new Error(`${script.src} did not define qantarMap`)));
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(script);
  });
}

/** Shows a line in the page's notice box (e.g. that `?app=` was ignored) rather than failing silently. */
export function showNotice(text) {
  const element = document.getElementById('app-notice');
  if (!element) return;
  element.textContent = text;
  element.hidden = false;
}

/* global window, document, location, URL, URLSearchParams */
// Shared by the example host pages: where the map app lives, its iframe, and loading embed.js.

/** Parameters a reader may pass through the page's own URL to the map (CONTRACT.md names). */
const passThrough = ['t', 'mode', 'types', 'event', 'lang', 'autoplay'];

/** Until the map reports its own height (px). */
const initialHeight = 600;

/**
 * The app's base URL, ending in "/": `?app=<absolute http(s) URL>` when valid, else this page's
 * origin. Only http(s), so `?app=javascript:…` or `data:` can never become the iframe or script.
 */
export function appBase(search = location.search) {
  const value = new URLSearchParams(search).get('app');
  // The examples live in <app>/examples/, so the app is one folder up: works from any sub-path.
  const fallback = new URL("../", location.href).href;
  if (value === null) return { base: fallback, notice: null };
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return { base: url.href, notice: null };
  } catch {
    return { base: fallback, notice: `Ignored app=${value.slice(0, 80)}: not an http(s) URL. Showing the map from ${fallback}.` };
  }
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

/**
 * QM_PUBLIC_URL, the address the built app is served from, as a base URL ending in "/"; oEmbed
 * consumers fetch our files from another site, so its answers must carry absolute URLs.
 * https only, except on the reader's own machine (http://127.0.0.1, http://localhost, for tests);
 * no user name, password, query or fragment. Anything else throws, which stops the build.
 * @example toPublicUrl('https://maps.example/qantar') // 'https://maps.example/qantar/'
 */
export function toPublicUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  const local = url?.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || local) || url.username || url.password || url.search || url.hash || value !== value.trim()) {
    throw new Error(
      `QM_PUBLIC_URL: "${value.slice(0, 100)}" is not where the app is served: give an https URL such as https://maps.example/qantar/ (http only for 127.0.0.1 or localhost), without query or fragment`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

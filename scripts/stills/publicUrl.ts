/**
 * QM_PUBLIC_URL: where the built app will be served, e.g. `https://maps.example/qantar/`, for the
 * absolute URLs social cards need. Unset or empty: null (the tags stay relative to the page).
 * Anything but an http(s) URL stops the build. A stand-in until the embed work's validation of the
 * same variable lands (the integrator keeps one of the two).
 */
export function publicUrl(value = process.env.QM_PUBLIC_URL): string | null {
  if (!value?.trim()) return null;
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`QM_PUBLIC_URL: "${value}" is not an http(s) URL such as https://maps.example/qantar/`);
  }
  // A folder: the page and stills/ live under it.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

// Files derived from geo/ at build by scripts/derive/derivedDataPlugin.ts: each import is the URL
// of a fingerprinted asset (a dev-server route in development).
declare module 'virtual:qantar/*' {
  const url: string;
  // eslint-disable-next-line no-restricted-syntax -- Vite's URL imports are default exports
  export default url;
}

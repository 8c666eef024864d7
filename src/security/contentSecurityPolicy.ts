/**
 * The Content-Security-Policy the built app must satisfy (CONTRACT.md). `frame-ancestors` is left to
 * the host, since a meta tag cannot carry it.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

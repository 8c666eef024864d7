import type { Page } from '@playwright/test';

/** What a page did that a test may want to forbid: console errors, uncaught errors, foreign requests. */
export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: () => Promise<string[]>;
}

/** Starts recording before navigation; `origin` is the app's own origin. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: Omit<PageWatch, 'cspViolations'> = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      watch.foreignRequests.push(url);
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return {
    ...watch,
    cspViolations: () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

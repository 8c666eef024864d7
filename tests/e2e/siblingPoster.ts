import type { Page } from '@playwright/test';

/** A window that can post as itself: `postFromSibling(target, message)` runs in its own realm. */
export interface SiblingWindow {
  postFromSibling: (target: Window, message: unknown) => void;
}

/**
 * Appends `<iframe id="sibling">` (about:blank: the page's origin, but not the map's parent) and
 * defines `postFromSibling` in that frame's own realm, so messages posted with it have the sibling
 * as `event.source`. Defined through Playwright rather than with the sibling's `Function`: the
 * example pages carry the app's CSP, which (without 'unsafe-eval') forbids code built from strings.
 */
export async function addSiblingPoster(page: Page): Promise<void> {
  const iframe = await page.evaluateHandle(() => {
    const sibling = document.createElement('iframe');
    sibling.id = 'sibling';
    document.body.append(sibling);
    return sibling;
  });
  const frame = await iframe.contentFrame();
  await frame!.evaluate(() => {
    (window as unknown as SiblingWindow).postFromSibling = (target, message) => target.postMessage(message, '*');
  });
}

import { expect, test, type Frame, type Page } from '@playwright/test';
import { appPort, port } from '../../playwright.config';
import { openMap } from './mapState';
import { addSiblingPoster, type SiblingWindow } from './siblingPoster';

/** The host pages are served from the default port; the map app from another origin. */
const app = `http://127.0.0.1:${appPort}/`;
const article = `/examples/article.html?app=${encodeURIComponent(app)}`;
const scrolly = `/examples/scrolly.html?app=${encodeURIComponent(app)}`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The map's frame, once it has drawn its regions. */
async function mapFrame(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe[data-qantar-map]').first();
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await expect(frame!.locator('path[data-region]')).toHaveCount(17);
  return frame!;
}

const row = (frame: Frame, id: string) => frame.locator(`[data-testid="region-table"] tr[data-region="${id}"]`);

test.describe('embedding in an article on another origin', () => {
  test('the iframe settles to its content height and the state reaches the host', async ({ page }) => {
    const errors = collectErrors(page);
    const started = Date.now();
    await page.goto(article);
    const frame = await mapFrame(page);
    const iframe = page.locator('iframe[data-qantar-map]');
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(1);
    test.info().annotations.push({ type: 'height settled after (ms, incl. load)', description: String(Date.now() - started) });
    await expect(page.locator('#host-state')).toHaveAttribute('data-t', /^2022-(01-[23]\d|02-01)T00:00$/);
    const types = await page.evaluate(() => (window as unknown as { hostLog: { type: string }[] }).hostLog.map((m) => m.type));
    expect(types).toEqual(expect.arrayContaining(['ready', 'resize', 'state']));
    expect(errors).toEqual([]);
  });

  test('set-time from the host changes the region table inside the frame', async ({ page }) => {
    await page.goto(article);
    const frame = await mapFrame(page);
    await expect(page.getByRole('button', { name: '2 January' })).toBeEnabled();
    const sent = Date.now();
    await page.getByRole('button', { name: '2 January' }).click();
    await expect(row(frame, 'KZ-MAN')).toHaveAttribute('data-status', 'protest');
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-status', 'calm');
    await expect(page.locator('#host-state')).toHaveAttribute('data-t', '2022-01-03T00:00');
    test.info().annotations.push({ type: 'set-time → state round trip (ms)', description: String(Date.now() - sent) });
    await page.getByRole('button', { name: '5 January' }).click();
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-status', 'violence');
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-emergency', 'true');
  });

  test('messages from a wrong source, a wrong origin or malformed ones change nothing and are counted', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(article);
    const frame = await mapFrame(page);
    await page.getByRole('button', { name: '2 January' }).click();
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-status', 'calm');

    // A sibling frame of the host's origin posts a valid command: its source is not the parent.
    await addSiblingPoster(page);
    await page.evaluate(() => {
      const map = document.querySelector<HTMLIFrameElement>('iframe[data-qantar-map]')!.contentWindow!;
      const { postFromSibling } = document.querySelector<HTMLIFrameElement>('#sibling')!.contentWindow as unknown as SiblingWindow;
      postFromSibling(map, { target: 'qantar-map', version: 1, type: 'set-time', t: '2022-01-06' });
      // Malformed and hostile messages from the parent itself.
      for (const message of [null, 'set-time', { target: 'qantar-map', version: 1, type: 'set-time', t: { toString: 1 } }, { target: 'qantar-map', version: 2, type: 'play' }, { target: 'qantar-map', version: 1, type: 'select-event', event: '<img src=x onerror=alert(1)>' }, { target: 'qantar-map', version: 1, type: 'set-time', t: 'tomorrow' }]) {
        map.postMessage(message, '*');
      }
    });
    await expect.poll(() => frame.evaluate(() => Number(document.documentElement.dataset.ignoredMessages ?? 0))).toBeGreaterThanOrEqual(6);
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-status', 'calm');

    // A frame that names another origin ignores this host altogether.
    await page.evaluate((appUrl) => {
      const other = document.createElement('iframe');
      other.id = 'other-origin-map';
      other.src = `${appUrl}?embed=1&t=2022-01-02&origin=${encodeURIComponent('https://news.example')}`;
      other.style.width = '600px';
      other.style.height = '600px';
      document.body.append(other);
    }, app);
    const other = page.frameLocator('#other-origin-map');
    await expect(other.locator('path[data-region]')).toHaveCount(17);
    await page.evaluate(() => {
      const frameWindow = document.querySelector<HTMLIFrameElement>('#other-origin-map')!.contentWindow!;
      frameWindow.postMessage({ target: 'qantar-map', version: 1, type: 'set-time', t: '2022-01-06' }, '*');
    });
    await expect
      .poll(async () => other.locator('html').evaluate(() => Number(document.documentElement.dataset.ignoredMessages ?? 0)))
      .toBeGreaterThanOrEqual(1);
    await expect(other.locator('[data-testid="region-table"] tr[data-region="KZ-ALA"]')).toHaveAttribute('data-status', 'calm');
    expect(errors).toEqual([]);
  });

  test('a plain mouse wheel over the map scrolls the host page and does not zoom the map', async ({ page }) => {
    await page.goto(article);
    const frame = await mapFrame(page);
    const before = await frame.locator('path[data-region="KZ-KAR"]').evaluate((path) => path.getBoundingClientRect().width);
    const box = await page.locator('iframe[data-qantar-map]').boundingBox();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(150, box!.height / 3));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    await expect(frame.locator('.qm-gesture-hint--shown')).toContainText('Ctrl');
    const after = await frame.locator('path[data-region="KZ-KAR"]').evaluate((path) => path.getBoundingClientRect().width);
    expect(after).toBeCloseTo(before, 0);
  });

  test('clicking into the frame does not make the host page jump', async ({ page }) => {
    await page.goto(article);
    const frame = await mapFrame(page);
    // The taller header and key moments put the slider's buttons below the fold: bring them into
    // view first, so that only a jump the app causes is measured (not Playwright's own scrolling).
    await frame.getByRole('button', { name: 'One hour forward' }).scrollIntoViewIfNeeded();
    const box = await page.locator('iframe[data-qantar-map]').boundingBox();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.click(box!.x + 30, box!.y + box!.height * 0.45);
    await frame.getByRole('button', { name: 'One hour forward' }).click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });

  test('playback pauses when the map is scrolled out of view', async ({ page }) => {
    await page.goto(article);
    const frame = await mapFrame(page);
    await page.getByRole('button', { name: '2 January' }).click();
    // Played with the map in view: the host's buttons sit below the figure, and reaching them can
    // leave the map already out of view (a taller embed), when there is nothing left to scroll out.
    await page.locator('iframe[data-qantar-map]').evaluate((iframe) => iframe.scrollIntoView({ block: 'start' }));
    await frame.getByRole('button', { name: 'Play' }).click();
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
    // Clicking the host's buttons scrolled the page; with the taller embed the map must be brought
    // back into view, so that scrolling away below is a change from "in view" to "out of view".
    await frame.locator('.qm-map-frame').scrollIntoViewIfNeeded();
    // Let the IntersectionObserver see the map in view before it leaves (its reports are async).
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
    const label = await frame.getByTestId('instant-label').textContent();
    await page.waitForTimeout(500);
    await expect(frame.getByTestId('instant-label')).toHaveText(label ?? '');
  });

  test('playback started by the host while the map is out of view pauses at once', async ({ page }) => {
    await page.goto(article);
    const frame = await mapFrame(page);
    await page.getByRole('button', { name: '2 January' }).click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // Let the IntersectionObserver report the map out of view, then the host says play: no threshold
    // is crossed now, so only the last ratio seen can stop it (useVisibilityPlayback).
    await page.waitForTimeout(300);
    const label = await frame.getByTestId('instant-label').textContent();
    await page.evaluate(() => {
      const map = document.querySelector<HTMLIFrameElement>('iframe[data-qantar-map]')!.contentWindow!;
      map.postMessage({ target: 'qantar-map', version: 1, type: 'play' }, '*');
    });
    await page.waitForTimeout(1000);
    await expect(frame.getByTestId('instant-label')).toHaveText(label ?? '');
    await expect(frame.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  });

  test('scrolling the scrollytelling page moves the map through 2, 4, 5 and 6 January', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(scrolly);
    const frame = await mapFrame(page);
    const label = frame.getByTestId('instant-label');
    for (const [t, text] of [
      ['2022-01-02', 'End of 2 January 2022'],
      ['2022-01-04', 'End of 4 January 2022'],
      ['2022-01-05T20:00', '5 January 2022, 20:00'],
      ['2022-01-06', 'End of 6 January 2022'],
    ] as const) {
      await page.locator(`.passage[data-t="${t}"]`).scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 120);
      await expect.poll(() => page.evaluate(() => (window as unknown as { activePassage: string | null }).activePassage)).toBe(t);
      await expect(label).toContainText(text);
    }
    await expect(row(frame, 'KZ-ALA')).toHaveAttribute('data-status', 'violence');
    expect(errors).toEqual([]);
  });
});

test.describe('embed mode on its own', () => {
  test('its height depends on the width only, and the first paint reserves the final layout', async ({ browser }) => {
    const heights: number[] = [];
    for (const height of [500, 900]) {
      const context = await browser.newContext({ viewport: { width: 420, height } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/?embed=1&t=2022-01-05');
      await expect(page.locator('path[data-region]')).toHaveCount(17);
      await page.waitForTimeout(300);
      heights.push(await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.02);
      await expect(page.getByRole('link', { name: /Open the full map/ })).toBeVisible();
      await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
      await context.close();
    }
    expect(heights[0]).toBe(heights[1]);
  });

  test('legend, filters and events are one tap away', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?embed=1&t=2022-01-05');
    await expect(page.locator('#qm-panel')).toBeHidden();
    await page.getByRole('button', { name: 'Legend, filters and events' }).click();
    await expect(page.locator('#qm-panel')).toBeVisible();
    await expect(page.getByTestId('event-list')).toBeVisible();
  });

  test('the full app offers a Share / Embed dialog with a snippet for the current view', async ({ page }) => {
    await openMap(page, '?t=2022-01-05T20:00&mode=current');
    // The button sits below the event list: wait until the descriptions are in and the list has
    // stopped growing, or the click can land where the button was a moment before (seen under load).
    await expect(page.getByTestId('event-list').locator('.qm-event__sources a').first()).toHaveAttribute('href', /^https:\/\//);
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const snippet = page.getByTestId('embed-snippet');
    await expect(snippet).toHaveValue(new RegExp(`<iframe src="http://127\\.0\\.0\\.1:${port}/\\?embed=1&amp;id=qantar-map&amp;t=2022-01-05T20%3A00&amp;mode=current&amp;lang=en"`));
    await expect(snippet).toHaveValue(/title="Map: how the January 2022 protests spread across Kazakhstan"/);
    await expect(snippet).toHaveValue(new RegExp(`<script src="http://127\\.0\\.0\\.1:${port}/embed\\.js" async></script>`));
    await expect(snippet).toHaveValue(/<noscript>/);
    await page.getByRole('checkbox', { name: /Play on arrival/ }).check();
    await expect(snippet).toHaveValue(/autoplay=1/);
  });
});

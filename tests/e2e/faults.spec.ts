import { expect, test, type Page, type Route } from '@playwright/test';
import { loadTimeouts } from '../../src/data/loadTimeouts';
import { instantLabel, openMap } from './mapState';
import { servedPatterns } from './serveDerived';

// Issue 16, items 8–10: a part that fails stays inside its own boundary with "Try again", every
// download is time-bounded, and a page whose script never runs explains itself. Timeouts are not
// waited for: page.clock jumps over them.

const downloadForm = '**/assets/DownloadsForm-*.js';
const catalogue = (lang: 'ru' | 'kk') => `**/assets/messages.${lang}-*.js`;

/** Holds every matching request unanswered (a server that never answers) until `release()`. */
async function hang(page: Page, pattern: string) {
  const held: Route[] = [];
  let holding = true;
  await page.route(pattern, (route) => (holding ? void held.push(route) : route.continue()));
  return {
    held: () => held.length,
    release: async () => {
      holding = false;
      await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    },
  };
}

/** The map, the slider and the region table still answer: one hour back changes the label. */
async function expectMapWorks(page: Page) {
  await expect(page.locator('path[data-region]')).toHaveCount(17);
  await expect(page.locator('[data-testid="region-table"] tbody tr')).toHaveCount(17);
  const before = await instantLabel(page).textContent();
  // By class, not by its accessible name: the interface may be in another language.
  await page.locator('input.qm-slider__input').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(instantLabel(page)).not.toHaveText(before ?? '');
  await expect(page.getByText('The map could not be drawn')).toHaveCount(0);
}

/**
 * Resolves once the first view's data files have arrived: jumping the clock past their deadline
 * while one is still in flight would time it out too (page.clock moves every timer).
 */
function firstViewArrived(page: Page) {
  const arrived = new Set<string>();
  page.on('requestfinished', (request) => {
    const name = ['base.topo-', 'lakes-', 'events.core-'].find((prefix) => request.url().includes(`/assets/${prefix}`));
    if (name) arrived.add(name);
  });
  return (count = 3) => expect.poll(() => arrived.size).toBe(count);
}

/** Counts full page loads (a reload is one more). */
function countLoads(page: Page) {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => loads;
}

test.describe('lazy parts fail inside their own boundary (issue 16, item 8)', () => {
  test('a download form that cannot be fetched shows "Try again" inside the dialog; the map, slider and table keep working', async ({ page }) => {
    await page.route(downloadForm, (route) => route.abort('internetdisconnected'));
    await openMap(page, '?t=2022-01-06');
    await page.getByRole('button', { name: 'Download data and image' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert')).toContainText('DownloadsForm.js');
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectMapWorks(page);
    await page.unroute(downloadForm);
    await page.getByRole('button', { name: 'Download data and image' }).click();
    const again = dialog.getByRole('button', { name: 'Try again' });
    // The failed import may already have been replaced by a working one when the dialog reopens.
    if (await again.isVisible()) await again.click();
    await expect(page.getByTestId('download-csv')).toBeVisible({ timeout: 15_000 });
  });

  test('a stale deploy (the form chunk answers 404) reloads the page once at the same view, then explains', async ({ page }) => {
    await page.route(downloadForm, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const loads = countLoads(page);
    await openMap(page, '?t=2022-01-06T12:00');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2022-01-06T12:00');
    expect(loads()).toBe(1);
    await page.getByRole('button', { name: 'Download data and image' }).click();
    await expect.poll(loads, { timeout: 15_000 }).toBe(2);
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect(instantLabel(page)).toContainText('6 January 2022, 12:00');
    await page.getByRole('button', { name: 'Download data and image' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect(alert).toContainText('no longer on the server');
    await expect(alert).toContainText('DownloadsForm.js');
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(loads()).toBe(2);
    await page.keyboard.press('Escape');
    await expectMapWorks(page);
  });

  test('on a host with a single-page fallback (a missing chunk answers index.html), the stale deploy is recognised too', async ({ page }) => {
    await page.route(downloadForm, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><div id="root"></div>' }));
    const loads = countLoads(page);
    await openMap(page, '?t=2022-01-06T12:00');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2022-01-06T12:00');
    await page.getByRole('button', { name: 'Download data and image' }).click();
    await expect.poll(loads, { timeout: 15_000 }).toBe(2);
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await page.getByRole('button', { name: 'Download data and image' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('no longer on the server');
    expect(loads()).toBe(2);
  });

  test('a stale catalogue after a language switch reloads once into the chosen language, then explains in English', async ({ page }) => {
    await page.route(catalogue('kk'), (route) => route.fulfill({ status: 404, body: 'not found' }));
    const loads = countLoads(page);
    await openMap(page, '?t=2022-01-06');
    await page.getByTestId('language-switch').selectOption('kk');
    await expect.poll(loads, { timeout: 15_000 }).toBe(2);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('kk');
    await expect(page.getByTestId('part-error').filter({ hasText: 'messages.kk.js' })).toContainText('no longer on the server');
    await expectMapWorks(page);
    expect(loads()).toBe(2);
  });

  test('a catalogue that cannot be fetched leaves the map in English with a notice and "Try again"', async ({ page }) => {
    await page.route(catalogue('ru'), (route) => route.abort('internetdisconnected'));
    await openMap(page, '?lang=ru&t=2022-01-06');
    const notice = page.getByTestId('part-error');
    await expect(notice).toContainText('messages.ru.js');
    await expect(notice).toContainText('Русский');
    await expectMapWorks(page);
    await page.unroute(catalogue('ru'));
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: 'Скачать данные и изображение' })).toBeVisible();
    await expect(page.getByTestId('part-error')).toHaveCount(0);
  });

  test('event texts that answer 404 leave the English texts, marked, with a notice naming the file and "Try again"', async ({ page }) => {
    await page.route(servedPatterns['events.text.ru.json'], (route) => route.fulfill({ status: 404, body: 'not found' }));
    await openMap(page, '?lang=ru&t=2022-01-06');
    const notice = page.getByTestId('part-error');
    await expect(notice).toContainText('events.text.ru.json: could not be downloaded (HTTP 404)');
    await expectMapWorks(page);
    await page.unroute(servedPatterns['events.text.ru.json']);
    await notice.getByRole('button', { name: 'Попробовать снова' }).click();
    await expect(page.getByTestId('part-error')).toHaveCount(0);
    await expect(page.getByTestId('event-list').locator('.qm-untranslated')).toHaveCount(0);
  });

  test('offline, switching language keeps the map working and explains; back online, "Try again" switches', async ({ page, context }) => {
    await openMap(page, '?t=2022-01-06');
    await context.setOffline(true);
    await page.getByTestId('language-switch').selectOption('kk');
    // The Kazakh event texts fail too, with their own notice.
    const notice = page.getByTestId('part-error').filter({ hasText: 'messages.kk.js' });
    await expect(notice).toContainText('Қазақша');
    await expectMapWorks(page);
    await context.setOffline(false);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Қазақстан');
  });
});

test.describe('every download is time-bounded (issue 16, item 9)', () => {
  test(`events core that never answers: after ${loadTimeouts.firstView / 1000} s the page names the file and "Try again" recovers`, async ({ page }) => {
    await page.clock.install();
    const core = await hang(page, servedPatterns['events.core.json']);
    const dataArrived = firstViewArrived(page);
    await page.goto('/');
    await expect(page.getByText('Loading the map…')).toBeVisible();
    await expect.poll(core.held).toBe(1);
    await dataArrived(2);
    await page.clock.fastForward(loadTimeouts.firstView - 1000);
    await expect(page.getByText('Loading the map…')).toBeVisible();
    await page.clock.fastForward(2000);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`events.core.json: no answer within ${loadTimeouts.firstView / 1000} s`);
    await core.release();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('path[data-region]')).toHaveCount(17);
  });

  test(`a details file that never answers: after ${loadTimeouts.afterFirstView / 1000} s no item says "loading"; "Try again" brings the texts`, async ({ page }) => {
    await page.clock.install();
    const details = await hang(page, servedPatterns['events.details.json']);
    await openMap(page);
    const list = page.getByTestId('event-list');
    await expect(list.locator('.qm-event__text--loading').first()).toBeVisible();
    await expect.poll(details.held).toBe(1);
    await page.clock.fastForward(loadTimeouts.afterFirstView + 1000);
    await expect(list.getByRole('alert')).toContainText(`events.details.json: no answer within ${loadTimeouts.afterFirstView / 1000} s`);
    await expect(list.locator('.qm-event__text--loading')).toHaveCount(0);
    await details.release();
    await list.getByRole('button', { name: 'Try again' }).click();
    await expect(list.locator('.qm-event__sources a').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test(`a catalogue that never arrives: after ${loadTimeouts.chunk / 1000} s the map shows in English with a notice`, async ({ page }) => {
    await page.clock.install();
    const held = await hang(page, catalogue('ru'));
    const dataArrived = firstViewArrived(page);
    await page.goto('/?lang=ru&t=2022-01-06');
    await expect.poll(held.held).toBe(1);
    await dataArrived();
    await page.clock.fastForward(loadTimeouts.chunk + 1000);
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect(page.getByTestId('part-error')).toContainText(`messages.ru.js: no answer within ${loadTimeouts.chunk / 1000} s`);
    await held.release();
  });

  test(`event texts that never arrive: after ${loadTimeouts.firstView / 1000} s the map shows with English texts and a notice`, async ({ page }) => {
    await page.clock.install();
    const held = await hang(page, servedPatterns['events.text.ru.json']);
    await page.goto('/?lang=ru&t=2022-01-06');
    await expect.poll(held.held).toBe(1);
    await page.clock.fastForward(loadTimeouts.firstView + 1000);
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect(page.getByTestId('part-error')).toContainText(`events.text.ru.json: no answer within ${loadTimeouts.firstView / 1000} s`);
    await held.release();
  });

  test('the download form chunk that never arrives: the dialog says so and offers "Try again"', async ({ page }) => {
    await page.clock.install();
    const held = await hang(page, downloadForm);
    await openMap(page, '?t=2022-01-06');
    // Once in a while the first click came before the panel settled and opened nothing: click until open.
    await expect(async () => {
      await page.getByRole('button', { name: 'Download data and image' }).click({ timeout: 2000 });
      await expect(page.getByRole('dialog')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole('dialog')).toContainText('Preparing');
    await page.clock.fastForward(loadTimeouts.chunk + 1000);
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText(`DownloadsForm.js: no answer within ${loadTimeouts.chunk / 1000} s`);
    await held.release();
    await page.getByRole('dialog').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('download-csv')).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('a page that explains itself without its script (issue 16, item 10)', () => {
  /** CSS animations (the message's delay) at 50x speed, so the test waits milliseconds, not seconds. */
  async function fastAnimations(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 50 });
  }

  test('with the main script missing, a message appears after a few seconds, with working links to the data files', async ({ page, request }) => {
    await page.route('**/assets/main-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await fastAnimations(page);
    await page.goto('/');
    const box = page.getByTestId('no-app');
    // 8 s of CSS delay, at 50x: well under a second (and 8 s if the playback rate did not apply).
    await expect(box).toBeVisible({ timeout: 15_000 });
    await expect(box).toContainText('The map has not started');
    await expect(box.getByRole('link', { name: 'Reload the page' })).toBeVisible();
    const data = await page.locator('link[rel="alternate"][type="application/geo+json"]').evaluateAll((links) =>
      links.map((link) => (link as HTMLLinkElement).href),
    );
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const href of data) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.json()).type, href).toBe('FeatureCollection');
    }
  });

  test('the message stays hidden while the app runs', async ({ page }) => {
    await fastAnimations(page);
    await openMap(page);
    await page.waitForTimeout(500);
    await expect(page.getByTestId('no-app')).toBeHidden();
  });

  test('without JavaScript the message is there at once, without the "not started yet" lines, with the noscript line', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const box = page.getByTestId('no-app');
    await expect(box).toBeVisible({ timeout: 1000 });
    await expect(box).toContainText('The data behind the map is open');
    await expect(box.locator('.qm-noapp__late').first()).toBeHidden();
    await context.close();
    // Playwright's javaScriptEnabled: false does not make Chromium render <noscript> content; a
    // browser with JavaScript off does, so the line is checked in the served page itself.
    expect(await (await request.get('/')).text()).toMatch(/<noscript><p><strong>This interactive map needs JavaScript\.<\/strong>/);
  });
});

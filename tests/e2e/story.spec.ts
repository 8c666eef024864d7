import { expect, test, type Page } from '@playwright/test';
import { kk } from '../../src/i18n/messages.kk';
import { ru } from '../../src/i18n/messages.ru';
import { instantLabel, openMap, slider } from './mapState';

const caption = (page: Page) => page.getByTestId('caption');

/** The boxes of the visible key-moment labels, and whether any two overlap. */
async function momentLabels(page: Page) {
  const labels = page.locator('.qm-moment__label');
  const texts = await labels.allTextContents();
  const boxes = (await labels.evaluateAll((nodes) => nodes.map((node) => node.closest('button')!.getBoundingClientRect().toJSON()))) as DOMRect[];
  const overlaps = boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
  return { texts, overlaps };
}

/** Drags a finger over the slider with raw touch events (DevTools protocol), by dx, dy px in ten moves. */
async function touchSwipe(page: Page, dx: number, dy: number) {
  const box = await slider(page).boundingBox();
  if (!box) throw new Error('slider not laid out');
  const x = box.x + box.width * 0.3;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('the story on the first screen (issue 14)', () => {
  test('the caption names the CSTO landing on 6 and 7 January, in every language', async ({ page }) => {
    for (const t of ['2022-01-06T18:00', '2022-01-07T06:00']) {
      await openMap(page, `?t=${t}`);
      await expect(caption(page)).toContainText('First CSTO troops land');
    }
    await openMap(page, '?t=2022-01-07T06:00&lang=ru');
    await expect(caption(page)).toContainText(ru.keyMoments['csto-arrival']);
    await openMap(page, '?t=2022-01-07T06:00&lang=kk');
    await expect(caption(page)).toContainText(kk.keyMoments['csto-arrival']);
  });

  test('the caption gives the decree time of the first emergency and opens on the full picture', async ({ page }) => {
    await openMap(page, '?t=2022-01-05T03:00');
    await expect(caption(page)).toHaveText('5 Jan, 01:30 · First state of emergency: Almaty, Mangystau');
    await openMap(page);
    await expect(instantLabel(page)).toContainText('End of 31 January 2022');
    await expect(caption(page)).toContainText('The full picture');
  });

  test('"Play how it spread" replays from the start at the end, then reads Pause', async ({ page }) => {
    await openMap(page);
    const play = page.getByTestId('play');
    await expect(play).toHaveText(/Play how it spread/);
    await play.click();
    await expect(play).toHaveText(/Pause/);
    await expect(instantLabel(page)).toContainText(/^1 January 2022/);
    await play.click();
    await expect(play).toHaveText(/Play from here/);
  });

  test('key moments are labelled, translated and apart at 1366 px in ru and kk, and a few at 390 px', async ({ browser }) => {
    for (const [lang, messages] of [['ru', ru], ['kk', kk]] as const) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await openMap(page, `?lang=${lang}`);
      const { texts, overlaps } = await momentLabels(page);
      expect(texts.length).toBeGreaterThanOrEqual(5);
      const known = new Set([...Object.values(messages.keyMoments), ...Object.values(messages.story.keyMomentsShort)]);
      for (const text of texts) expect(known.has(text) || text.split('; ').every((part) => known.has(part))).toBe(true);
      expect(overlaps).toBe(false);
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openMap(page);
    const { texts, overlaps } = await momentLabels(page);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(overlaps).toBe(false);
    // Every moment is a button of at least 24 px, named in full for screen readers.
    const sizes = await page.locator('.qm-moment').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('button', { name: /First CSTO troops land/ })).toHaveCount(1);
    await context.close();
  });

  test('a key moment label moves the story to its instant', async ({ page }) => {
    await openMap(page, '?t=2022-01-01');
    await page.getByRole('button', { name: /Almaty airport seized/ }).click();
    await expect(instantLabel(page)).toContainText('5 January 2022, 19:00');
  });

  test('the live region speaks at most once per 5 s in 30 s of playback at Fast, and says what happened', async ({ page }) => {
    test.setTimeout(90_000);
    await openMap(page, '?t=2022-01-02T06:00');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="live-region"]')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.getByTestId('play').click();
    await page.waitForTimeout(30_000);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(said.length).toBeLessThanOrEqual(7);
    // What happened, not a list of places: the key moments of 5 January are among the sentences.
    expect(said.join(' ')).toMatch(/state of emergency|CSTO|Government resigns|airport/i);
  });

  test('a manual step says the new beat at once', async ({ page }) => {
    await openMap(page, '?t=2022-01-05T01:00');
    await page.getByRole('button', { name: 'One hour forward' }).click();
    await expect(page.getByTestId('live-region')).toHaveText('5 Jan, 01:30: First state of emergency: Almaty, Mangystau.');
  });

  test('the headline agrees with the map in the last-24-hours mode and under a filter', async ({ page }) => {
    await openMap(page, '?t=2022-01-12&mode=current');
    await expect(page.getByTestId('regions-count')).not.toContainText('17 of 17');
    await openMap(page, '?types=casualties,foreign-deployment&t=2022-01-07T12:00');
    await expect(page.getByTestId('regions-count')).toHaveText('Protests in 4 of 17 regions');
    await openMap(page, '?types=casualties&mode=current&t=2022-01-06');
    await expect(page.getByTestId('regions-count')).toHaveText('Violence in Almaty (city)');
    await openMap(page, '?t=2022-01-10');
    await expect(page.getByTestId('death-toll')).toContainText('164 deaths reported');
    await expect(page.getByTestId('death-toll')).toContainText('later withdrawn');
    await openMap(page, '?t=2022-01-16&lang=ru');
    await expect(page.getByTestId('death-toll').locator('[lang="en"]')).toHaveText(/Prosecutor/);
  });

  test('the slider reads "end of" a day, not 24:00, in its value text', async ({ page }) => {
    await openMap(page, '?t=2022-01-04');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^end of 4 January 2022 Almaty time/);
    await openMap(page, '?t=2022-01-04&lang=ru');
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /^конец 4 января 2022/);
  });

  test('on a phone a vertical swipe that starts on the slider scrolls the page and leaves the instant', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openMap(page, '?t=2022-01-05T12:00');
    await slider(page).scrollIntoViewIfNeeded();
    const before = await slider(page).inputValue();
    const scrolled = await page.evaluate(() => window.scrollY);
    await touchSwipe(page, 0, -200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    expect(await slider(page).inputValue()).toBe(before);
    await expect(page).toHaveURL(/t=2022-01-05T12%3A00/);
    // A sideways drag still scrubs (once the page's scroll has settled and the slider is in view).
    await page.waitForTimeout(300);
    await slider(page).scrollIntoViewIfNeeded();
    await touchSwipe(page, 120, 0);
    await expect.poll(() => slider(page).inputValue()).not.toBe(before);
    await context.close();
  });
});

import { expect, test, type Browser, type Page } from '@playwright/test';
import { openMap } from './mapState';

/** The widths of issue 14: phones, a tablet, laptops, a wide desktop (px). */
const widths = [320, 360, 390, 820, 1366, 1920] as const;
const languages = ['en', 'ru', 'kk'] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Sideways overflow of the page: how many px wider than the window the document is (0 when none). */
function sidewaysOverflow(page: Page): Promise<number> {
  // Against the visual viewport: on a phone (isMobile) an overflow widens the layout viewport, and
  // innerWidth with it, so scrollWidth - innerWidth would read 0 while the page pans sideways.
  return page.evaluate(() => document.documentElement.scrollWidth - Math.round(window.visualViewport?.width ?? window.innerWidth));
}

/** The map's frame and the box around every region path (the country as drawn), in page px. */
function countryAndFrame(page: Page): Promise<{ frame: Box; country: Box }> {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const country = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (const path of document.querySelectorAll('path[data-region]')) {
      const box = rect(path);
      country.left = Math.min(country.left, box.left);
      country.top = Math.min(country.top, box.top);
      country.right = Math.max(country.right, box.right);
      country.bottom = Math.max(country.bottom, box.bottom);
    }
    return { frame: rect(document.querySelector('.qm-map')!), country };
  });
}

/** The country and frame once two reads 200 ms apart agree (FitCountry refits when the frame settles). */
async function settled(page: Page): Promise<{ frame: Box; country: Box }> {
  let last = JSON.stringify(await countryAndFrame(page));
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.waitForTimeout(200);
    const now = JSON.stringify(await countryAndFrame(page));
    if (now === last) return JSON.parse(now) as { frame: Box; country: Box };
    last = now;
  }
  throw new Error('the map kept moving for 4 s');
}

/** Asserts Kazakhstan lies wholly inside the map's frame and fills most of it one way or the other. */
async function expectCountryInFrame(page: Page, label: string) {
  const { frame, country } = await settled(page);
  expect(country.left, `${label}: west edge`).toBeGreaterThanOrEqual(frame.left - 0.5);
  expect(country.top, `${label}: north edge`).toBeGreaterThanOrEqual(frame.top - 0.5);
  expect(country.right, `${label}: east edge`).toBeLessThanOrEqual(frame.right + 0.5);
  expect(country.bottom, `${label}: south edge`).toBeLessThanOrEqual(frame.bottom + 0.5);
  const fill = Math.max((country.right - country.left) / (frame.right - frame.left), (country.bottom - country.top) / (frame.bottom - frame.top));
  expect(fill, `${label}: the country fills its frame`).toBeGreaterThan(0.75);
}

/** A dialog lies inside the window, and the page still does not scroll sideways. */
async function expectDialogInside(page: Page, label: string) {
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x, `${label}: left`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${label}: right`).toBeLessThanOrEqual(viewport.width);
  expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth), `${label}: nothing in it scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await sidewaysOverflow(page), `${label}: page`).toBeLessThanOrEqual(0);
}

async function newPhoneOrDesktop(browser: Browser, width: number) {
  const touch = width < 1000;
  return browser.newContext({ viewport: { width, height: touch ? 844 : 900 }, hasTouch: touch, isMobile: touch });
}

test.describe('layout system', () => {
  for (const width of widths) {
    test(`at ${width} px nothing scrolls sideways and the country is whole, in en/ru/kk, page and embed, dialogs open`, async ({ browser }) => {
      const context = await newPhoneOrDesktop(browser, width);
      const page = await context.newPage();
      for (const lang of languages) {
        for (const embed of [false, true]) {
          const label = `${width} px ${lang}${embed ? ' embed' : ''}`;
          await openMap(page, `?lang=${lang}${embed ? '&embed=1' : ''}&t=2022-01-06`);
          expect(await sidewaysOverflow(page), label).toBeLessThanOrEqual(0);
          await expectCountryInFrame(page, label);
          if (embed) continue;
          for (const name of ['share', 'about']) {
            await page.locator('.qm-header__actions button').nth(name === 'share' ? 0 : 2).click();
            await expectDialogInside(page, `${label} ${name}`);
            await page.keyboard.press('Escape');
            await expect(page.locator('dialog[open]')).toHaveCount(0);
          }
        }
      }
      await context.close();
    });
  }

  test('Share, Download and About are in the header, before the slider in reading and tab order', async ({ page }) => {
    await openMap(page);
    const header = page.getByRole('banner');
    for (const name of ['Share / Embed', 'Download data and image', 'About this map']) {
      const button = header.getByRole('button', { name });
      await expect(button).toBeVisible();
      const before = await button.evaluate(
        (element) => !!(element.compareDocumentPosition(document.querySelector('input[type=range]')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
      expect(before, name).toBe(true);
    }
  });

  test('on a phone the buttons show a short word and keep their full name', async ({ browser }) => {
    const context = await newPhoneOrDesktop(browser, 360);
    const page = await context.newPage();
    await openMap(page);
    const share = page.getByRole('banner').getByRole('button', { name: 'Share / Embed' });
    await expect(share).toHaveText(/Share/);
    expect(await share.evaluate((element) => (element as HTMLElement).innerText.trim())).toBe('Share');
    await context.close();
  });

  test('About opens at its top with focus on its heading, not on Close at the bottom', async ({ browser }) => {
    const context = await newPhoneOrDesktop(browser, 390);
    const page = await context.newPage();
    await openMap(page);
    await page.getByRole('button', { name: 'About this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    expect(await dialog.evaluate((element) => element.scrollTop)).toBe(0);
    expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await context.close();
  });

  test('printing refits the country into the paper-width frame, and the screen view comes back after', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openMap(page, '?t=2022-01-06');
    const screen = await countryAndFrame(page);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await countryAndFrame(page)).frame.right - (await countryAndFrame(page)).frame.left).not.toBe(screen.frame.right - screen.frame.left);
    await expectCountryInFrame(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    await expectCountryInFrame(page, 'back on screen');
  });

  test('the embed at 320 px shows its whole headline and title, and its bar with "↗", in every language', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    for (const lang of languages) {
      await openMap(page, `?embed=1&lang=${lang}&t=2022-01-25`);
      for (const selector of ['.qm-header h1', '.qm-headline__when', '.qm-headline__facts']) {
        const cut = await page.locator(selector).evaluate((element) => {
          const style = getComputedStyle(element);
          return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1 || style.textOverflow === 'ellipsis';
        });
        expect(cut, `${lang} ${selector}`).toBe(false);
      }
      // The headline's box holds its text: nothing runs under the map.
      const headline = await page.locator('.qm-headline').boundingBox();
      const facts = await page.locator('.qm-headline__facts').boundingBox();
      expect(facts!.y + facts!.height, lang).toBeLessThanOrEqual(headline!.y + headline!.height + 0.5);
      const link = page.locator('.qm-embed__bar a');
      await expect(link).toContainText('↗');
      const bar = await page.locator('.qm-embed__bar').boundingBox();
      const linkBox = await link.boundingBox();
      expect(linkBox!.y + linkBox!.height, lang).toBeLessThanOrEqual(bar!.y + bar!.height + 0.5);
      expect(linkBox!.x + linkBox!.width, lang).toBeLessThanOrEqual(320);
      await expect(page.getByTestId('map-key')).toBeVisible();
    }
    await context.close();
  });

  test('on a phone the first screen holds the title, the moment, the whole map and its colour key', async ({ browser }) => {
    const context = await newPhoneOrDesktop(browser, 390);
    const page = await context.newPage();
    await openMap(page);
    const key = await page.getByTestId('map-key').boundingBox();
    expect(key!.y + key!.height).toBeLessThanOrEqual(844);
    const { frame } = await countryAndFrame(page);
    expect(frame.bottom).toBeLessThanOrEqual(844);
    // The frame follows the width by the country's shape (styles/layout.css): 390 / 1.83 + 44.
    expect(Math.round(frame.bottom - frame.top)).toBe(257);
    await context.close();
  });

  test('after zooming, "Show all of Kazakhstan" brings back the national frame', async ({ page }) => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await openMap(page, '?t=2022-01-06');
    await expect(page.getByTestId('reset-view')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const reset = page.getByRole('button', { name: 'Show all of Kazakhstan' });
    await expect(reset).toBeVisible();
    await reset.click();
    await expect(reset).toHaveCount(0);
    await expectCountryInFrame(page, 'after reset');
  });

  test('controls are targets of 44 px on touch screens and at least 24 px with a mouse', async ({ browser }) => {
    for (const [touch, least] of [
      [true, 44],
      [false, 24],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: touch });
      const page = await context.newPage();
      await openMap(page);
      for (const selector of ['.leaflet-control-zoom-in', '.leaflet-control-zoom-out', '[data-testid=language-switch]', '.qm-segmented span', '.qm-header__actions button']) {
        const heights = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
        expect(heights.length, selector).toBeGreaterThan(0);
        for (const height of heights) expect(height, `${selector} (touch: ${touch})`).toBeGreaterThanOrEqual(least);
      }
      await context.close();
    }
  });

  test('on a scrolling phone page one finger on the map scrolls the page and a hint says to use two', async ({ browser }) => {
    const context = await newPhoneOrDesktop(browser, 390);
    const page = await context.newPage();
    await openMap(page);
    const map = page.locator('.leaflet-container');
    await expect(map).toHaveClass(/qm-cooperative/);
    expect(await map.evaluate((element) => getComputedStyle(element).touchAction)).toBe('pan-x pan-y');
    const box = (await map.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] });
    await expect(page.locator('.qm-gesture-hint--shown')).toHaveText('Use two fingers to move the map');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await context.close();
  });

  test('on the one-screen desktop page the wheel zooms the map, with no hint', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openMap(page, '?t=2022-01-06');
    expect(await page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(1);
    const before = await countryAndFrame(page);
    const box = (await page.locator('.qm-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect(page.getByTestId('reset-view')).toBeVisible();
    const after = await countryAndFrame(page);
    expect(after.country.right - after.country.left).toBeGreaterThan(before.country.right - before.country.left);
    await expect(page.locator('.qm-gesture-hint--shown')).toHaveCount(0);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { instantLabel, openMap, slider } from './mapState';

const shots = 'test-results/screenshots';

/** Drags a finger along the slider with raw touch events (DevTools protocol), as a phone would. */
async function touchDrag(page: Page, fromFraction: number, toFraction: number) {
  // The header and caption push the slider below a small phone's first screen: bring it into view.
  await slider(page).scrollIntoViewIfNeeded();
  const box = await slider(page).boundingBox();
  if (!box) throw new Error('slider not laid out');
  const y = box.y + box.height / 2;
  const x = (fraction: number) => box.x + box.width * fraction;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x(fromFraction), y }] });
  for (let i = 1; i <= 10; i += 1) {
    const fraction = fromFraction + ((toFraction - fromFraction) * i) / 10;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x(fraction), y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('layouts, touch and accessibility', () => {
  test('on a 375x667 phone a touch drag scrubs the slider, and the panel sits under the map', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openMap(page, '?t=2022-01-01T00:00');
    await expect(instantLabel(page)).toContainText('1 January 2022, 00:00');
    await touchDrag(page, 0.02, 0.3);
    await expect(instantLabel(page)).not.toContainText('1 January 2022, 00:00');
    const value = Number(await slider(page).inputValue());
    expect(value).toBeGreaterThan(100);

    const map = await page.locator('.qm-map').boundingBox();
    const panel = await page.locator('.qm-panel').boundingBox();
    expect(panel!.y).toBeGreaterThan(map!.y + map!.height - 1);
    await page.screenshot({ path: `${shots}/phone-after-touch-scrub.png` });
    await context.close();
  });

  for (const [name, t] of [
    ['2022-01-02', '2022-01-02'],
    ['2022-01-05T20-00', '2022-01-05T20:00'],
    ['2022-01-25', '2022-01-25'],
  ] as const) {
    test(`screenshots of desktop and phone layouts at ${t}`, async ({ browser }) => {
      for (const [layout, viewport] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 375, height: 667 }],
      ] as const) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await openMap(page, `?t=${t}`);
        await page.screenshot({ path: `${shots}/${layout}-${name}.png`, fullPage: layout === 'phone' });
        await context.close();
      }
    });
  }

  test('axe finds no serious or critical violation, with details and the dialog open', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    const scan = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await page.locator('path[data-region="KZ-ALA"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.qm-details')).toBeVisible();
    await page.getByRole('button', { name: 'Show as a table' }).click();
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'About this map' }).click();
    expect(await scan()).toEqual([]);
  });

  test('everything is reachable by keyboard with a visible focus ring', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await slider(page).focus();
    const outline = await slider(page).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('title') ?? document.activeElement?.tagName);
    expect(focused).toBeTruthy();
  });

  test('markers pulse when an event happens, but not under prefers-reduced-motion', async ({ page }) => {
    const pulsesWhileStepping = async () => {
      // Zhanaozen's first rally is at 12:00 Almaty time on 2 January.
      await openMap(page, '?t=2022-01-02T11:00');
      await page.evaluate(() => {
        (window as unknown as { pulses: number }).pulses = 0;
        new MutationObserver((records) => {
          for (const record of records) {
            if ((record.target as Element).classList.contains('qm-pulse')) (window as unknown as { pulses: number }).pulses += 1;
          }
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
      });
      await slider(page).focus();
      await page.keyboard.press('ArrowRight');
      await expect(instantLabel(page)).toContainText('12:00');
      await page.waitForTimeout(100);
      return page.evaluate(() => (window as unknown as { pulses: number }).pulses);
    };
    expect(await pulsesWhileStepping()).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await pulsesWhileStepping()).toBe(0);
  });

  test('while playing, a polite live region says what happened (the caption’s beat)', async ({ page }) => {
    await openMap(page, '?t=2022-01-02T08:00');
    await page.getByLabel('Speed').selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByTestId('live-region')).toContainText(/First protest|Protests reach/, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('live-region')).toHaveAttribute('aria-live', 'polite');
  });
});

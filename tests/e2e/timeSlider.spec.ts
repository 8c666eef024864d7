import { expect, test } from '@playwright/test';
import { expectRegion, instantLabel, openMap, regionRow, slider } from './mapState';

// The level fills of src/map/styleTokens.ts.
const protestFill = '#d9661a';
const calmFill = '#f5efe6';
const violenceFill = '#5c0c13';

test.describe('time slider and region states', () => {
  test('?t=2022-01-02 shows Mangystau at protest and Almaty city calm', async ({ page }) => {
    await openMap(page, '?t=2022-01-02');
    await expect(instantLabel(page)).toContainText('End of 2 January 2022');
    await expectRegion(page, 'KZ-MAN', 'protest', false);
    await expectRegion(page, 'KZ-ALA', 'calm', false);
    await expect(page.locator('path[data-region="KZ-MAN"]')).toHaveAttribute('fill', protestFill);
    await expect(page.locator('path[data-region="KZ-ALA"]')).toHaveAttribute('fill', calmFill);
    await expect(page.getByTestId('regions-count')).toHaveText('Protests in 1 of 17 regions');
  });

  test('?t=2022-01-06 shows violence in Almaty city and every region under emergency', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await expectRegion(page, 'KZ-ALA', 'violence', true);
    await expect(page.locator('[data-testid="region-table"] tr[data-emergency="true"]')).toHaveCount(17);
    await expect(page.locator('path[data-region="KZ-ALA"]')).toHaveAttribute('fill', violenceFill);
  });

  test('arrow keys move one hour, PageUp/PageDown a day, Home/End the ends; label, value text and table follow', async ({ page }) => {
    // Zhanaozen's first rally was at about 11:00 local time (UTC+5), 12:00 in Almaty.
    await openMap(page, '?t=2022-01-02T10:00');
    const input = slider(page);
    await input.focus();
    await expectRegion(page, 'KZ-MAN', 'calm');
    await page.keyboard.press('ArrowRight');
    await expect(instantLabel(page)).toContainText('2 January 2022, 11:00');
    await expectRegion(page, 'KZ-MAN', 'calm');
    await page.keyboard.press('ArrowRight');
    await expect(instantLabel(page)).toContainText('2 January 2022, 12:00');
    await expectRegion(page, 'KZ-MAN', 'protest');
    await expect(input).toHaveAttribute('aria-valuetext', '2 January 2022, 12:00 Almaty time: protests in 1 of 17 regions');

    await page.keyboard.press('PageUp');
    await expect(instantLabel(page)).toContainText('3 January 2022, 12:00');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    await expect(instantLabel(page)).toContainText('2 January 2022, 11:00');
    await page.keyboard.press('Home');
    await expect(instantLabel(page)).toContainText('1 January 2022, 00:00');
    await page.keyboard.press('End');
    await expect(instantLabel(page)).toContainText('End of 31 January 2022');
    await expect(page.locator('[data-testid="region-table"] tr[data-status="calm"]')).toHaveCount(0);
  });

  test('play advances time and pause stops it', async ({ page }) => {
    await openMap(page, '?t=2022-01-03T00:00');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(instantLabel(page)).toContainText(/3 January 2022, 0[1-9]:00/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await instantLabel(page).textContent();
    await page.waitForTimeout(600);
    await expect(instantLabel(page)).toHaveText(stopped ?? '');
    expect(Number(await slider(page).inputValue())).toBeGreaterThan(48);
  });

  test('scrubbing keeps the URL current without adding history entries', async ({ page }) => {
    await openMap(page, '?t=2022-01-04T10:00');
    const historyLength = await page.evaluate(() => history.length);
    await slider(page).focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/t=2022-01-04T15%3A00/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('a key moment on the track moves the instant there', async ({ page }) => {
    await openMap(page, '?t=2022-01-01');
    await page.getByRole('button', { name: /Almaty airport seized/ }).click();
    await expect(instantLabel(page)).toContainText('5 January 2022, 19:00');
    await expectRegion(page, 'KZ-ALA', 'violence', true);
  });

  test('invalid parameters fall back to defaults with a visible notice, shown as text', async ({ page }) => {
    await openMap(page, '?t=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&mode=sideways&types=protest,riot');
    const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notice).toContainText('Ignored t=<img src=x onerror=alert(1)>');
    await expect(notice).toContainText('Ignored mode=sideways');
    await expect(notice).toContainText('Ignored types=riot');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(instantLabel(page)).toContainText('End of 31 January 2022');
    await expect(page.getByRole('radio', { name: 'So far' })).toBeChecked();
  });

  test("'Last 24 hours' mode lets a region fade after its events", async ({ page }) => {
    await openMap(page, '?t=2022-01-02&mode=current');
    await expectRegion(page, 'KZ-MAN', 'protest');
    await openMap(page, '?t=2022-01-20&mode=current');
    await expect(regionRow(page, 'KZ-MAN')).toHaveAttribute('data-status', 'calm');
    // So far, Mangystau reached violence: protesters entered Aktau airport on 5 January (KZ22-065).
    await page.getByRole('radio', { name: 'So far' }).check();
    await expectRegion(page, 'KZ-MAN', 'violence');
  });
});

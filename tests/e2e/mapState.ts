import { expect, type Page } from '@playwright/test';

/** The status and emergency of one region, read from the accessible table (CONTRACT.md). */
export function regionRow(page: Page, id: string) {
  return page.locator(`[data-testid="region-table"] tr[data-region="${id}"]`);
}

export async function expectRegion(page: Page, id: string, status: 'calm' | 'protest' | 'violence', emergency?: boolean) {
  await expect(regionRow(page, id)).toHaveAttribute('data-status', status);
  if (emergency !== undefined) await expect(regionRow(page, id)).toHaveAttribute('data-emergency', String(emergency));
}

export function slider(page: Page) {
  return page.getByRole('slider', { name: 'Moment in January 2022 (Almaty time)' });
}

export function instantLabel(page: Page) {
  return page.getByTestId('instant-label');
}

/** Opens the app at a URL and waits for the 17 regions. */
export async function openMap(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.locator('path[data-region]')).toHaveCount(17);
  // City labels are added just after the first paint (QantarMap): wait until each has its name.
  await expect(page.locator('.qm-city-label').first()).toHaveText(/\S/);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('[role=tooltip]')].every((tooltip) => tooltip.textContent))).toBe(true);
}

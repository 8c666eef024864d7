import type { Page } from '@playwright/test';
import type { deriveServedFiles } from '../derivedFiles';

type Served = ReturnType<typeof deriveServedFiles>;

/** URL patterns of the build's fingerprinted data files. */
export const servedPatterns: Record<keyof Served, string> = {
  'base.topo.json': '**/base.topo-*.json',
  'lakes.geojson': '**/lakes-*.geojson',
  'events.core.json': '**/events.core-*.json',
  'events.details.json': '**/events.details-*.json',
  'events.text.ru.json': '**/events.text.ru-*.json',
  'events.text.kk.json': '**/events.text.kk-*.json',
};

/** Serves `files` (derived from doctored geo/ layers, see tests/derivedFiles.ts) instead of the build's. */
export async function serveDerived(page: Page, files: Partial<Served>): Promise<void> {
  for (const [name, body] of Object.entries(files) as [keyof Served, unknown][]) {
    await page.route(servedPatterns[name], (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }));
  }
}

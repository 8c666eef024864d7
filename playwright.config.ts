import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import chromiumFlags from './scripts/chromiumArgs.json' with { type: 'json' };

/**
 * The browser: $CHROME_PATH, else Debian's Chromium, else one that `npx playwright install` put in
 * place (only possible on a machine with internet). With none, say how to get one and stop.
 */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own download
  console.error(
    'No Chromium found for the end-to-end tests: install it with `sudo apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

/** The app's port; QM_E2E_PORT lets two checkouts run their suites side by side. */
export const port = Number(process.env.QM_E2E_PORT ?? 4173);
/** Second origin serving the app for the embed tests (the host pages stay on `port`). */
export const appPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumFlags.args,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // The same build on a second loopback port: another origin, for the embed tests' app.
      command: `npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
      url: `http://127.0.0.1:${appPort}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});

// Loads the TypeScript through Vite's module runner (no build step); prints the measurements.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/stills/compareBackends.ts', { configFile: false });
for (const line of await module.compareBackends('./geo')) console.log(line);

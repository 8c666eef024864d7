// Timeline engine micro-benchmark: the cost of answering "what is the state at t?" per slider
// step, on the real data and on 10,000 and 100,000 seeded synthetic events. It prints a table and
// writes bench/results/timeline.json. It asserts nothing: timings are reported, not tested.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildSpreadIndex, spreadAt } from '../src/spatial/spreadIndex';
import { buildTimeline } from '../src/timeline/buildTimeline';
import { hourMs } from '../src/timeline/instant';
import { nationalAt } from '../src/timeline/nationalAt';
import { placeStatusAt } from '../src/timeline/placeStatusAt';
import { regionStatusAt } from '../src/timeline/regionStatusAt';
import { readDataset } from './readDataset';
import { syntheticEvents } from './syntheticEvents';

const { regions, cities, events } = readDataset();
const origin = cities.features.find((city) => city.id === 'zhanaozen')?.geometry.coordinates as [number, number];
const rounds = 5; // full scrubs of the window per data size; the first is a warm-up and is dropped

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function measure(label: string, data: typeof events) {
  const buildStart = performance.now();
  const timeline = buildTimeline(data, regions, cities);
  const spread = buildSpreadIndex(timeline, regions, origin);
  const buildMs = performance.now() - buildStart;

  const steps: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (let t: number = timeline.window.start; t <= timeline.window.end; t += hourMs) {
      const start = performance.now();
      regionStatusAt(timeline, t, round % 2 ? 'current' : 'cumulative');
      placeStatusAt(timeline, t, 'cumulative');
      nationalAt(timeline, t);
      spreadAt(spread, t);
      const elapsed = performance.now() - start;
      if (round > 0) steps.push(elapsed * 1000);
    }
  }
  steps.sort((a, b) => a - b);
  return {
    data: label,
    events: data.length,
    buildMs: Number(buildMs.toFixed(1)),
    stepMedianUs: Number(quantile(steps, 0.5).toFixed(1)),
    stepP95Us: Number(quantile(steps, 0.95).toFixed(1)),
    steps: steps.length,
  };
}

test('timeline queries per one-hour step', () => {
  const results = [
    measure('real', events),
    measure('synthetic 10k', syntheticEvents(10_000, cities)),
    measure('synthetic 100k', syntheticEvents(100_000, cities)),
  ];
  console.table(results);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./results/timeline.json', import.meta.url),
    JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2),
  );
});

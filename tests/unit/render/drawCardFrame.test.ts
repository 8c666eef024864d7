import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardFrameDefaults, drawCardFrame } from '../../../src/render/drawCardFrame';
import { frameSizes } from '../../../src/render/drawFrame';
import { frameFixture } from './frameFixture';
import { fakePattern, recordingContext } from './recordingContext';

const paints = { hatch: fakePattern('hatch'), hatchOnDark: fakePattern('hatch-light') };

function draw(size = frameSizes.card) {
  const recording = recordingContext();
  drawCardFrame(recording.ctx, frameFixture, size, paints);
  return recording.lines;
}

describe('drawCardFrame(ctx, input, size, paints) on a fixture scene', () => {
  it('matches the golden list of canvas calls for the 1200 × 630 card (REGEN=1 rewrites it)', () => {
    const goldenUrl = new URL('../../fixtures/out/card-frame.canvas.txt', import.meta.url);
    const actual = `${draw().join('\n')}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden drawing yet: run REGEN=1 npx vitest run tests/unit/render/drawCardFrame.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('sets the words in the left column and clips the map to the rest, edge to edge', () => {
    const lines = draw();
    const column = Math.round(frameSizes.card.width * cardFrameDefaults.column);
    expect(lines).toContain(`rect(${column}, 0, ${frameSizes.card.width - column}, ${frameSizes.card.height})`);
    const texts = lines.filter((line) => line.startsWith('fillText("Title"') || line.startsWith('fillText("Credit"'));
    expect(texts).toHaveLength(2);
    for (const line of texts) expect(Number(/, ([\d.]+), [\d.]+/.exec(line)?.[1])).toBeLessThan(column);
  });

  it('narrows a key label that would run past the column into the map', () => {
    const long = { ...frameFixture, threatLabel: 'A very long threat level label that cannot fit in the column at all' };
    const recording = recordingContext();
    drawCardFrame(recording.ctx, long, frameSizes.card, paints);
    const line = recording.lines.find((candidate) => candidate.startsWith(`fillText("${long.threatLabel}"`));
    const [x, , maxWidth] = (/\(".*", ([\d.]+), ([\d.]+), ([\d.]+)\)/.exec(line ?? '')?.slice(1) ?? []).map(Number);
    expect((x ?? 0) + (maxWidth ?? Infinity)).toBeLessThanOrEqual(Math.round(frameSizes.card.width * cardFrameDefaults.column));
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayStripColumns, dayStripLayout, dayStripSize, drawDayStrip, type DayStripInput } from '../../../src/render/drawDayStrip';
import { levelColours, regionStyleDefaults } from '../../../src/map/regionStyle';
import { frameFixture } from './frameFixture';
import { fakePattern, recordingContext } from './recordingContext';

const paints = { hatch: fakePattern('hatch'), hatchOnDark: fakePattern('hatch-light') };

/** Three days: nothing yet, then the fixture's scene twice (a long beat that must wrap and be cut). */
const strip: DayStripInput = {
  title: 'Strip title',
  note: 'Each map: the end of the day',
  credit: 'Credit',
  legend: frameFixture.legend,
  emergencyLabel: frameFixture.emergencyLabel,
  threatLabel: frameFixture.threatLabel,
  days: [
    { day: '2022-01-01', label: '1 Jan', beat: 'No events recorded', map: { ...frameFixture, regionStates: new Map(), places: [] } },
    { day: '2022-01-02', label: '2 Jan', beat: 'First protest', map: frameFixture },
    { day: '2022-01-03', label: '3 Jan', beat: 'Protests reach Nur-Sultan, Almaty, Shymkent, Aktobe, Oral, Atyrau, Kyzylorda, Taraz and 4 more', map: frameFixture },
  ],
};

function draw(width: number) {
  const recording = recordingContext();
  drawDayStrip(recording.ctx, strip, dayStripSize(strip.days.length, width), paints);
  return recording.lines;
}

const texts = (lines: readonly string[]) => lines.filter((line) => line.startsWith('fillText(')).map((line) => JSON.parse(`[${line.slice('fillText('.length, -1)}]`) as [string, number, number, number?]);

describe('drawDayStrip(ctx, strip, size, paints) on fixture days', () => {
  it.each([1200, 600])('matches the golden list of canvas calls %s px wide (REGEN=1 rewrites it)', (width) => {
    const goldenUrl = new URL(`../../fixtures/out/day-strip-${width}.canvas.txt`, import.meta.url);
    const actual = `${draw(width).join('\n')}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden drawing yet: run REGEN=1 npx vitest run tests/unit/render/drawDayStrip.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('writes the title, the note, each day and its beat in order (the long beat cut to three lines), the key and the credit', () => {
    const words = texts(draw(1200)).map(([text]) => text);
    expect(words.slice(0, 6)).toEqual(['Strip title', 'Each map: the end of the day', '1 Jan', 'No events recorded', '2 Jan', 'First protest']);
    expect(words[6]).toBe('3 Jan');
    const beatLines = words.slice(7, words.indexOf('Calm'));
    expect(beatLines.length).toBeGreaterThan(1);
    expect(beatLines.length).toBeLessThanOrEqual(3);
    expect(beatLines.join(' ')).toMatch(/^Protests reach Nur-Sultan/);
    expect(words.slice(words.indexOf('Calm'))).toEqual(['Calm', 'Protest', 'Violence', 'State of emergency', 'Threat level', 'Credit']);
    // No city names in a small multiple.
    expect(words).not.toContain('ZHANAOZEN');
  });

  it('draws one map per day, side by side in the first row at 6 columns and in two columns at 600 px', () => {
    const clipRects = (lines: readonly string[]) => lines.filter((line) => line.startsWith('rect(')).map((line) => line.slice(5, -1).split(', ').map(Number));
    const wide = clipRects(draw(1200));
    expect(wide).toHaveLength(3);
    expect(new Set(wide.map((rect) => rect[1])).size).toBe(1);
    const narrow = clipRects(draw(600));
    expect(narrow.map((rect) => rect[1])).toEqual([narrow[0]![1], narrow[0]![1], expect.any(Number)]);
    expect(narrow[2]![1]).toBeGreaterThan(narrow[0]![1]! + narrow[0]![3]!);
    expect(narrow[2]![0]).toBe(narrow[0]![0]);
  });

  it('colours the regions by level from the same style as the map: all calm on the first day', () => {
    const lines = draw(1200);
    const firstMapEnd = lines.indexOf('restore()');
    const fills = lines.slice(0, firstMapEnd).filter((line) => line.startsWith('fillStyle = '));
    expect(fills).toContain(`fillStyle = ${JSON.stringify(levelColours.calm)}`);
    expect(fills).not.toContain(`fillStyle = ${JSON.stringify(levelColours.violence)}`);
    const second = lines.slice(firstMapEnd + 1, lines.indexOf('restore()', firstMapEnd + 1));
    expect(second).toContain(`fillStyle = ${JSON.stringify(levelColours.violence)}`);
    expect(second).toContain('fillStyle = [hatch-light]');
    expect(lines).toContain(`strokeStyle = ${JSON.stringify(regionStyleDefaults.color)}`);
  });

  it('keeps every text inside the picture', () => {
    const size = dayStripSize(strip.days.length, 1200);
    for (const [text, x, y] of texts(draw(1200))) {
      expect(x, text).toBeGreaterThanOrEqual(0);
      expect(y, text).toBeLessThanOrEqual(size.height);
    }
  });
});

describe('dayStripLayout(count, width)', () => {
  it('takes 6 columns from 1000 px, 4 from 640, 2 below', () => {
    expect([1920, 1200, 1000, 999, 640, 639, 360].map(dayStripColumns)).toEqual([6, 6, 6, 4, 4, 2, 2]);
  });
  it('gives 31 days 6 rows at 1200 px, the height growing by whole rows', () => {
    const month = dayStripLayout(31);
    expect(month).toMatchObject({ width: 1200, columns: 6, rows: 6 });
    expect(dayStripLayout(36).height).toBe(month.height);
    expect(dayStripLayout(37).height).toBe(Math.ceil(month.height + month.cellHeight + 12));
  });
});

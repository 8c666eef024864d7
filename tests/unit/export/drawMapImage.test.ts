import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawMapImage } from '../../../src/export/drawMapImage';
import { markerColours } from '../../../src/map/placeStyle';
import { levelColours, regionStyleDefaults } from '../../../src/map/regionStyle';
import { mapImageFixture } from './mapImageFixture';
import { fakePattern, recordingContext } from './recordingContext';

const goldenUrl = new URL('../../fixtures/out/map-image.canvas.txt', import.meta.url);

function draw() {
  const recording = recordingContext();
  drawMapImage(recording.ctx, mapImageFixture, fakePattern('hatch'));
  return recording.lines;
}

/** One path: from `beginPath()` to the next, with its vertices and how it was filled and stroked. */
interface PathRecord {
  vertices: string[];
  fillStyle: string | undefined;
  filled: boolean;
  strokeStyle: string | undefined;
  stroked: boolean;
}

/** Splits the recorded lines into paths, carrying fillStyle and strokeStyle over as the canvas does. */
function paths(lines: readonly string[]): PathRecord[] {
  const result: PathRecord[] = [];
  let fillStyle: string | undefined;
  let strokeStyle: string | undefined;
  let current: PathRecord | undefined;
  for (const line of lines) {
    if (line === 'beginPath()') {
      current = { vertices: [], fillStyle: undefined, filled: false, strokeStyle: undefined, stroked: false };
      result.push(current);
    } else if (line.startsWith('fillStyle = ')) fillStyle = line.slice('fillStyle = '.length);
    else if (line.startsWith('strokeStyle = ')) strokeStyle = line.slice('strokeStyle = '.length);
    else if (current && /^(moveTo|lineTo|arc)\(/.test(line)) current.vertices.push(line);
    else if (current && line.startsWith('fill(')) Object.assign(current, { filled: true, fillStyle });
    else if (current && line === 'stroke()') Object.assign(current, { stroked: true, strokeStyle });
  }
  return result;
}

describe('drawMapImage(ctx, input, hatch) on a fixture scene', () => {
  const lines = draw();

  it('matches the golden list of canvas calls (REGEN=1 rewrites it, so a change in the picture shows as a diff)', () => {
    const actual = `${lines.join('\n')}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden drawing yet: run REGEN=1 npx vitest run tests/unit/export/drawMapImage.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('is deterministic: the same input draws the same calls', () => {
    expect(draw()).toEqual(lines);
  });

  // Region paths are the ones outlined with the inner-border colour, drawn in feature order.
  const all = paths(lines);
  const regionPaths = all.filter((path) => path.stroked && path.strokeStyle === JSON.stringify(regionStyleDefaults.color));
  const features = mapImageFixture.regions.features;

  it('fills every region with the colour of its level (calm where the scene has no state)', () => {
    expect(regionPaths).toHaveLength(features.length);
    features.forEach((feature, index) => {
      const level = mapImageFixture.regionStates.get(feature.id)?.level ?? 'calm';
      expect(regionPaths[index]?.fillStyle, feature.id).toBe(JSON.stringify(levelColours[level]));
    });
  });

  it('fills a violence region with the violence colour', () => {
    const mangystau = regionPaths[features.findIndex((feature) => feature.id === 'KZ-MAN')];
    expect(mangystau?.fillStyle).toBe(JSON.stringify(levelColours.violence));
  });

  it('hatches exactly the regions under emergency, over their level fill, with no outline', () => {
    const hatched = all.filter((path) => path.filled && path.fillStyle === '[hatch]' && path.vertices.length > 0);
    const emergencyIds = features.filter((feature) => mapImageFixture.regionStates.get(feature.id)?.emergency).map((feature) => feature.id);
    expect(emergencyIds).toEqual(['KZ-MAN', 'KZ-ALA']);
    expect(hatched.map((path) => path.vertices)).toEqual(
      emergencyIds.map((id) => regionPaths[features.findIndex((feature) => feature.id === id)]?.vertices),
    );
    expect(hatched.every((path) => !path.stroked)).toBe(true);
  });

  it('shows the hatch in the legend too', () => {
    const legendStart = lines.lastIndexOf('fillStyle = [hatch]');
    expect(lines.slice(legendStart, legendStart + 2)).toEqual(['fillStyle = [hatch]', expect.stringMatching(/^fillRect\(/)]);
  });

  it('draws places with events, largest first, in the marker colour of their level', () => {
    const circles = all.filter((path) => path.vertices.some((vertex) => vertex.startsWith('arc(')));
    expect(circles.map((circle) => circle.fillStyle)).toEqual([JSON.stringify(markerColours.violence), JSON.stringify(markerColours.protest), JSON.stringify(markerColours.protest)]);
    const radii = circles.map((circle) => Number(/^arc\([^,]+, [^,]+, ([^,]+),/.exec(circle.vertices[0]!)?.[1]));
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it('labels only the cities flagged for a label, and writes title, date, headline and credit', () => {
    const texts = lines.filter((line) => line.startsWith('fillText(')).map((line) => JSON.parse(`[${line.slice('fillText('.length, -1)}]`)[0]);
    expect(texts).toEqual(['ZHANAOZEN', 'Title', '5 January 2022, 12:00 (Almaty time)', 'Headline', 'Calm', 'Protest', 'Violence', 'State of emergency', 'Credit']);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawFrame, frameSizes } from '../../../src/render/drawFrame';
import { threatTokens } from '../../../src/map/threatStyle';
import { styleTokens } from '../../../src/map/styleTokens';
import { markerColours } from '../../../src/map/placeStyle';
import { levelColours, regionStyleDefaults } from '../../../src/map/regionStyle';
import { frameFixture } from './frameFixture';
import { fakePattern, recordingContext } from './recordingContext';

const paints = { hatch: fakePattern('hatch'), hatchOnDark: fakePattern('hatch-light') };

function draw(size: { width: number; height: number } = frameSizes.standard) {
  const recording = recordingContext();
  drawFrame(recording.ctx, frameFixture, size, paints);
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

describe('drawFrame(ctx, input, size, paints) on a fixture scene', () => {
  const lines = draw();

  it.each(Object.entries(frameSizes))('matches the golden list of canvas calls at the %s size (REGEN=1 rewrites it, so a change in the picture shows as a diff)', (name, size) => {
    const goldenUrl = new URL(`../../fixtures/out/frame-${name}.canvas.txt`, import.meta.url);
    const actual = `${draw(size).join('\n')}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden drawing yet: run REGEN=1 npx vitest run tests/unit/render/drawFrame.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('is deterministic: the same input draws the same calls', () => {
    expect(draw()).toEqual(lines);
  });

  // Region paths are the ones outlined with the inner-border colour, drawn in feature order.
  const all = paths(lines);
  const regionPaths = all.filter((path) => path.stroked && path.strokeStyle === JSON.stringify(regionStyleDefaults.color));
  const features = frameFixture.regions.features;

  it('fills every region with the colour of its level (calm where the scene has no state)', () => {
    expect(regionPaths).toHaveLength(features.length);
    features.forEach((feature, index) => {
      const level = frameFixture.regionStates.get(feature.id)?.level ?? 'calm';
      expect(regionPaths[index]?.fillStyle, feature.id).toBe(JSON.stringify(levelColours[level]));
    });
  });

  it('fills a violence region with the violence colour', () => {
    const mangystau = regionPaths[features.findIndex((feature) => feature.id === 'KZ-MAN')];
    expect(mangystau?.fillStyle).toBe(JSON.stringify(levelColours.violence));
  });

  it('hatches exactly the regions under emergency, over their level fill (paper lines over violence), with the dashed emergency outline', () => {
    const hatched = all.filter((path) => path.filled && (path.fillStyle === '[hatch]' || path.fillStyle === '[hatch-light]') && path.vertices.length > 0);
    const emergencyIds = features.filter((feature) => frameFixture.regionStates.get(feature.id)?.emergency).map((feature) => feature.id);
    expect(emergencyIds).toEqual(['KZ-MAN', 'KZ-ALA']);
    expect(hatched.map((path) => path.vertices)).toEqual(
      emergencyIds.map((id) => regionPaths[features.findIndex((feature) => feature.id === id)]?.vertices),
    );
    expect(hatched.map((path) => path.fillStyle)).toEqual(['[hatch-light]', '[hatch]']);
    expect(hatched.map((path) => path.strokeStyle)).toEqual([JSON.stringify(styleTokens.colour.paper), JSON.stringify(styleTokens.colour.ink)]);
  });

  it('draws the threat border of each region at a level: ink casing, then the level colour (red solid, yellow dotted)', () => {
    const threatLines = all.filter((path) => path.stroked && !path.filled && Object.values(threatTokens.colour).map((c) => JSON.stringify(c)).includes(path.strokeStyle ?? ''));
    expect(threatLines.map((path) => path.strokeStyle).sort()).toEqual([JSON.stringify(threatTokens.colour.red), JSON.stringify(threatTokens.colour.yellow)].sort());
    const almaty = regionPaths[features.findIndex((feature) => feature.id === 'KZ-ALA')];
    expect(threatLines.find((path) => path.strokeStyle === JSON.stringify(threatTokens.colour.red))?.vertices).toEqual(almaty?.vertices);
    const dashes = lines.filter((line) => line.startsWith('setLineDash(') && line !== 'setLineDash()');
    expect(dashes).toContain('setLineDash(2,3)');
  });

  it('flows the key into two rows on the square video frame and keeps the credit inside the picture', () => {
    const square = draw(frameSizes.square);
    const credit = square.find((line) => line.startsWith('fillText("Credit"'));
    const y = Number(/^fillText\("Credit", [^,]+, ([^,]+),/.exec(credit ?? '')?.[1]);
    expect(y).toBeLessThan(frameSizes.square.height);
    expect(y).toBeGreaterThan(frameSizes.square.height - 60);
  });

  it('shows the hatch in the legend too', () => {
    const legendStart = lines.indexOf('fillStyle = [hatch]'); // the key is drawn before the map (the map takes the room the key leaves)
    expect(lines.slice(legendStart, legendStart + 2)).toEqual(['fillStyle = [hatch]', expect.stringMatching(/^fillRect\(/)]);
  });

  it('draws places with events, largest first, in the marker colour of their level', () => {
    const circles = all.filter((path) => path.vertices.some((vertex) => vertex.startsWith('arc(')));
    expect(circles.map((circle) => circle.fillStyle)).toEqual([JSON.stringify(markerColours.violence), JSON.stringify(markerColours.protest), JSON.stringify(markerColours.protest)]);
    const radii = circles.map((circle) => Number(/^arc\([^,]+, [^,]+, ([^,]+),/.exec(circle.vertices[0]!)?.[1]));
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it('labels only the cities flagged for a label, and writes title, date, caption, headline, key and credit', () => {
    const texts = lines.filter((line) => line.startsWith('fillText(')).map((line) => JSON.parse(`[${line.slice('fillText('.length, -1)}]`)[0]);
    expect(texts).toEqual(['Title', '5 January 2022, 12:00 (Almaty time)', 'Caption', 'Headline', 'Calm', 'Protest', 'Violence', 'State of emergency', 'Threat level', 'Credit', 'ZHANAOZEN']);
  });
});

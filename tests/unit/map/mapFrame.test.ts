import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapDefaults } from '../../../src/map/mapDefaults';
import { countryFitPadding, mapFrameHeight, mercatorAspect } from '../../../src/map/mapFrame';
import { datasetBounds } from '../../../src/spatial/datasetBounds';

const country = JSON.parse(readFileSync(new URL('../../../geo/country.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const layoutCss = readFileSync(new URL('../../../src/styles/layout.css', import.meta.url), 'utf8');

/** The value of a custom property or a declaration as written in layout.css. */
function cssValue(pattern: RegExp): number {
  const match = pattern.exec(layoutCss);
  if (!match?.[1]) throw new Error(`layout.css has no ${String(pattern)}`);
  return Number.parseFloat(match[1]);
}

describe('mercatorAspect(bounds)', () => {
  it('is 1 for a square degree box at the equator, give or take the Mercator stretch', () => {
    expect(mercatorAspect([[-0.5, 0], [0.5, 1]])).toBeCloseTo(1, 3);
  });

  it('grows narrower away from the equator: the same degrees are taller in Mercator at 50° N', () => {
    expect(mercatorAspect([[49.5, 0], [50.5, 1]])).toBeCloseTo(Math.cos((50 * Math.PI) / 180), 2);
  });

  it("gives Kazakhstan's outline (geo/country.geojson) about 1.83 wide for 1 high", () => {
    expect(mercatorAspect(datasetBounds(country))).toBeGreaterThan(1.78);
    expect(mercatorAspect(datasetBounds(country))).toBeLessThan(1.88);
  });

  it('throws on empty or inverted bounds, naming them', () => {
    expect(() => mercatorAspect([[40, 50], [40, 60]])).toThrow(/empty bounds/);
    expect(() => mercatorAspect([[40, 60], [50, 50]])).toThrow(/empty bounds/);
  });
});

describe('the frame written in styles/layout.css', () => {
  it("takes the country's shape: --layout-country-aspect is mapDefaults.countryAspect, within 2% of the outline's", () => {
    const written = cssValue(/--layout-country-aspect:\s*([\d.]+)/);
    expect(written).toBe(mapDefaults.countryAspect);
    expect(Math.abs(written / mercatorAspect(datasetBounds(country)) - 1)).toBeLessThan(0.02);
  });

  it('reserves mapDefaults.frameChrome px and never goes below mapDefaults.frameMinHeight', () => {
    expect(cssValue(/--layout-map-chrome:\s*([\d.]+)px/)).toBe(mapDefaults.frameChrome);
    expect(cssValue(/\.qm-map-frame \{[^}]*min-height:\s*([\d.]+)px/)).toBe(mapDefaults.frameMinHeight);
  });
});

describe('mapFrameHeight(width, aspect, chrome, min)', () => {
  const { countryAspect, frameChrome, frameMinHeight } = mapDefaults;

  it('follows the width on phones: 390 px wide gives 257 px', () => {
    expect(mapFrameHeight(390, countryAspect, frameChrome, frameMinHeight)).toBe(257);
  });

  it('keeps the floor at the narrowest widths', () => {
    expect(mapFrameHeight(240, countryAspect, frameChrome, frameMinHeight)).toBe(frameMinHeight);
    expect(mapFrameHeight(0, countryAspect, frameChrome, frameMinHeight)).toBe(frameMinHeight);
  });

  it("leaves the country's own box exactly the shape of the country", () => {
    for (const width of [320, 360, 820, 1920]) {
      const height = mapFrameHeight(width, countryAspect, frameChrome, frameMinHeight);
      expect(width / (height - frameChrome)).toBeCloseTo(countryAspect, 1);
    }
  });
});

describe('countryFitPadding(edge, attributionHeight)', () => {
  it('pads every side by the edge and the bottom by the attribution too', () => {
    expect(countryFitPadding(8, 30)).toEqual({ paddingTopLeft: [8, 8], paddingBottomRight: [8, 38] });
  });

  it('ignores a negative attribution height (a control not laid out yet)', () => {
    expect(countryFitPadding(8, -5)).toEqual({ paddingTopLeft: [8, 8], paddingBottomRight: [8, 8] });
  });
});

import { describe, expect, it } from 'vitest';
import { markerColours, placeRadius, placeRingStyle, placeStyle } from '../../../src/map/placeStyle';
import { emergencyStyle, levelColours, regionStyle } from '../../../src/map/regionStyle';
import { styleTokens } from '../../../src/map/styleTokens';

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('regionStyle(level, highlighted)', () => {
  it('fills by level', () => {
    expect(regionStyle('calm').fillColor).toBe(levelColours.calm);
    expect(regionStyle('protest').fillColor).toBe(levelColours.protest);
    expect(regionStyle('violence').fillColor).toBe(levelColours.violence);
  });
  it('orders the levels by lightness, so they stay apart without colour vision', () => {
    const [calm, protest, violence] = [levelColours.calm, levelColours.protest, levelColours.violence].map(luminance);
    expect(calm! / protest!).toBeGreaterThan(1.5);
    expect(protest! / violence!).toBeGreaterThan(3);
  });
  it('outlines a highlighted region heavily', () => {
    expect(regionStyle('calm', true).weight).toBeGreaterThan(regionStyle('calm').weight!);
  });
});

describe('emergencyStyle(inForce)', () => {
  it('hatches regions under emergency and draws nothing elsewhere', () => {
    expect(emergencyStyle(true)).toMatchObject({ fill: true, fillColor: 'url(#qm-emergency-hatch)' });
    expect(emergencyStyle(false)).toMatchObject({ fill: false, opacity: 0 });
  });
});

describe('placeRadius(count) and placeStyle(level, count)', () => {
  it('hides places with no events yet', () => {
    expect(placeRadius(0)).toBe(0);
    expect(placeStyle('calm', 0)).toMatchObject({ radius: 0, opacity: 0, fillOpacity: 0 });
  });
  it('makes circle area proportional to the count between the minimum and the cap', () => {
    expect(placeRadius(30)).toBe(16);
    expect(placeRadius(30 * 4 * 0.5)).toBeCloseTo(16 * Math.sqrt(2));
    expect(placeRadius(1)).toBe(4);
    expect(placeRadius(10_000)).toBe(24);
  });
  it('uses darker marker shades than the region fills and marks the selection', () => {
    expect(placeStyle('violence', 5).fillColor).toBe(markerColours.violence);
    expect(luminance(markerColours.violence)).toBeLessThan(luminance(levelColours.violence));
    expect(placeStyle('protest', 5, true)).toMatchObject({ color: styleTokens.colour.paper, weight: styleTokens.width.placeHaloSelected });
    expect(placeStyle('protest', 5, true).className).toContain('qm-place--selected');
  });
  it('placeRingStyle(radius, selected) draws an ink ring just outside the selected halo, none otherwise', () => {
    const r = placeRadius(5);
    expect(placeRingStyle(r, true)).toMatchObject({ color: styleTokens.colour.ink, opacity: 1, fill: false });
    expect(placeRingStyle(r, true).radius).toBeGreaterThan(r + styleTokens.width.placeHaloSelected / 2);
    expect(placeRingStyle(r, false).opacity).toBe(0);
    expect(placeRingStyle(0, true).opacity).toBe(0);
  });
});

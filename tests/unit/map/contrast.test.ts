import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, relativeLuminance } from '../../../src/map/contrast';
import { hatchStyle } from '../../../src/map/hatchStyle';
import { darkLevel, emergencyStyle } from '../../../src/map/regionStyle';
import { styleTokens } from '../../../src/map/styleTokens';
import { levels, type Level } from '../../../src/timeline/level';

const { level: fills, colour } = styleTokens;
/** WCAG 1.4.11: adjacent states and graphical marks need 3:1. */
const minimum = 3;

describe('contrastRatio(a, b)', () => {
  it('is 21 between white and black, 1 between a colour and itself, and symmetric', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#5c574f', '#5c574f')).toBe(1);
    expect(contrastRatio('#0b5cad', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#0b5cad'), 10);
  });
  it('matches the WCAG worked value for mid grey on white (#777777: 4.48:1)', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('throws on anything but #rrggbb, naming the value', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('"red"');
    expect(() => relativeLuminance('#fff')).toThrow(/#rrggbb/);
  });
});

describe('blend(top, bottom, alpha)', () => {
  it('gives the bottom at 0, the top at 1 and the mean in between', () => {
    expect(blend('#000000', '#ffffff', 0)).toBe('#ffffff');
    expect(blend('#000000', '#ffffff', 1)).toBe('#000000');
    expect(blend('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe('the state colours (styleTokens.level) meet WCAG 1.4.11', () => {
  const adjacent: [Level, Level][] = [
    ['calm', 'protest'],
    ['protest', 'violence'],
    ['calm', 'violence'],
  ];
  it.each(adjacent)('%s and %s fills are at least 3:1 apart', (a, b) => {
    expect(contrastRatio(fills[a], fills[b])).toBeGreaterThanOrEqual(minimum);
  });
});

describe('marks over every fill', () => {
  it.each(levels)('the emergency hatching over a %s fill is at least 3:1 (its lines as drawn, opacity included)', (level) => {
    const style = emergencyStyle(true, level);
    const hatch = hatchStyle(undefined, level === darkLevel);
    expect(style.fillColor).toBe(`url(#${hatch.id})`);
    expect(contrastRatio(blend(hatch.stroke, fills[level], hatch.opacity), fills[level])).toBeGreaterThanOrEqual(minimum);
    // The dashed outline drawn with it, too.
    expect(contrastRatio(String(style.color), fills[level])).toBeGreaterThanOrEqual(minimum);
  });

  // The focus and selection rings are double (paper inside ink): one of the two always stands out.
  it.each(levels)('the double ring (paper and ink) has a side at least 3:1 against a %s fill', (level) => {
    const best = Math.max(contrastRatio(colour.paper, fills[level]), contrastRatio(colour.ink, fills[level]));
    expect(best).toBeGreaterThanOrEqual(minimum);
  });

  it('the two rings of the double ring are at least 3:1 apart, so each is seen against the other', () => {
    expect(contrastRatio(colour.paper, colour.ink)).toBeGreaterThanOrEqual(minimum);
  });

  it.each(levels)('a %s place marker, in its paper halo, has a side at least 3:1 against every fill', (level) => {
    for (const fill of levels) {
      const halo = contrastRatio(colour.paper, fills[fill]);
      const marker = contrastRatio(styleTokens.marker[level], fills[fill]);
      expect(Math.max(halo, marker), `${level} marker on ${fill}`).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('the reference city dots rim is at least 3:1 against the calm fill it mostly sits on', () => {
    expect(contrastRatio(colour.cityRim, fills.calm)).toBeGreaterThanOrEqual(minimum);
  });
});

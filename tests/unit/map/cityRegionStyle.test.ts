import { describe, expect, it } from 'vitest';
import { cityRegionDefaults, cityRegionSymbol, cityRegions } from '../../../src/map/cityRegionStyle';
import { hatchStyle } from '../../../src/map/hatchStyle';
import { placeRadius } from '../../../src/map/placeStyle';
import { styleTokens } from '../../../src/map/styleTokens';

describe('cityRegionSymbol(level, emergency, circleRadius)', () => {
  it('is filled with the city-region’s own level, not its surrounding region’s', () => {
    expect(cityRegionSymbol('violence', false, 0).fill).toBe(styleTokens.level.violence);
    expect(cityRegionSymbol('calm', false, 0).fill).toBe(styleTokens.level.calm);
  });
  it('is at least the minimum side, and frames a large event circle with room to spare', () => {
    expect(cityRegionSymbol('protest', false, 0).side).toBe(cityRegionDefaults.minSide);
    const r = placeRadius(30);
    expect(cityRegionSymbol('protest', false, r).side).toBeGreaterThan(2 * r + 2 * cityRegionDefaults.inset);
  });
  it('is hatched under a state of emergency, with the paper-lined hatch on the darkest fill', () => {
    expect(cityRegionSymbol('protest', false, 5).hatch).toBeNull();
    expect(cityRegionSymbol('protest', true, 5).hatch).toBe(hatchStyle().id);
    expect(cityRegionSymbol('violence', true, 5).hatch).toBe(hatchStyle(undefined, true).id);
  });
  it('has a paper-and-ink double edge', () => {
    expect(cityRegionSymbol('calm', false, 0)).toMatchObject({ innerEdge: styleTokens.colour.paper, outerEdge: styleTokens.colour.ink });
  });
  it('covers exactly the three cities of republican significance', () => {
    expect(Object.keys(cityRegions).sort()).toEqual(['KZ-ALA', 'KZ-AST', 'KZ-SHY']);
  });
});

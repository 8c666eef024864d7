import { describe, expect, it } from 'vitest';
import { regionGeometryCaveat, regionLabel } from '../../../src/map/regionLabel';
import type { RegionProperties } from '../../../src/data/types';

const props = (name_en: string, name_en_current: string) => ({ name_en, name_en_current }) as RegionProperties;

describe('regionLabel(properties)', () => {
  it('gives the January 2022 name alone when it is unchanged', () => {
    expect(regionLabel(props('Mangystau Region', 'Mangystau Region'))).toBe('Mangystau Region');
  });
  it("adds today's name when the unit was renamed (Nur-Sultan → Astana)", () => {
    expect(regionLabel(props('Nur-Sultan', 'Astana'))).toBe('Nur-Sultan (today: Astana)');
  });
});

describe('regionGeometryCaveat(properties)', () => {
  it('warns that a schematic outline is not the real boundary, with the official area', () => {
    const shymkent = { geometry_quality: 'schematic', area_km2_official: 1170 } as RegionProperties;
    expect(regionGeometryCaveat(shymkent)).toBe("Schematic outline: a circle of the city's official area (1,170 km²), not its real boundary.");
  });
  it('says nothing for Natural Earth outlines', () => {
    expect(regionGeometryCaveat({ geometry_quality: 'natural-earth' } as RegionProperties)).toBeNull();
  });
});

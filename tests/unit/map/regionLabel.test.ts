import { describe, expect, it } from 'vitest';
import { regionLabel } from '../../../src/map/regionLabel';
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

import { describe, expect, it } from 'vitest';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { regionGeometryCaveat } from '../../../src/i18n/regionGeometryCaveat';

const shymkent = { geometry_quality: 'schematic', area_km2_official: 1170 } as const;

describe('regionGeometryCaveat(properties)', () => {
  it('warns that a schematic outline is not the real boundary, with the official area', () => {
    expect(regionGeometryCaveat(shymkent)).toBe("Schematic outline: a circle of the city's official area (1,170 km²), not its real boundary.");
  });
  it('leaves the area out when the data has none', () => {
    expect(regionGeometryCaveat({ geometry_quality: 'schematic' })).toBe("Schematic outline: a circle of the city's official area, not its real boundary.");
  });
  it('says nothing for Natural Earth outlines', () => {
    expect(regionGeometryCaveat({ geometry_quality: 'natural-earth' })).toBeNull();
  });
});

describe('regionGeometryCaveat(properties, messages)', () => {
  it("writes the caveat and the area in the catalogue's language", () => {
    expect(regionGeometryCaveat(shymkent, ru)).toBe('Схематичный контур: круг официальной площади города (1\u00a0170 км²), а не его настоящая граница.');
    expect(regionGeometryCaveat(shymkent, kk)).toBe('Шартты сызба: қаланың ресми ауданына тең шеңбер (1\u00a0170 км²), нақты шекарасы емес.');
  });
});

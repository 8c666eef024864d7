import { describe, expect, it } from 'vitest';
import { pickPlace } from '../../../src/map/pickPlace';

const city = { id: 'almaty', x: 100, y: 100, r: 24 };
const airport = { id: 'almaty-international-airport', x: 103, y: 98, r: 7 };

describe('pickPlace(x, y, hits)', () => {
  it("picks the city at the city's own location although the airport's disc covers it too", () => {
    expect(pickPlace(100, 100, [city, airport])).toBe('almaty');
    expect(pickPlace(100, 100, [airport, city])).toBe('almaty');
  });
  it("picks the airport at the airport's centre", () => {
    expect(pickPlace(103, 98, [city, airport])).toBe('almaty-international-airport');
  });
  it('picks the only disc that contains the point, even far from its centre', () => {
    expect(pickPlace(120, 100, [city, airport])).toBe('almaty');
  });
  it('returns null outside every disc, and skips markers that are not drawn (radius 0)', () => {
    expect(pickPlace(0, 0, [city, airport])).toBeNull();
    expect(pickPlace(100, 100, [{ ...city, r: 0 }])).toBeNull();
    expect(pickPlace(100, 100, [])).toBeNull();
  });
});

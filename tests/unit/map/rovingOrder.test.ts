import { describe, expect, it } from 'vitest';
import { geographicOrder, nearestItem, neighbourInDirection, type RovingItem } from '../../../src/map/rovingOrder';

// Real anchors (°): Aktau, Zhanaozen, Atyrau, Aktobe, Kyzylorda, Shymkent, Almaty, Nur-Sultan, Oskemen.
const towns: RovingItem[] = [
  { id: 'aktau', lng: 51.2, lat: 43.65 },
  { id: 'zhanaozen', lng: 52.85, lat: 43.34 },
  { id: 'atyrau', lng: 51.92, lat: 47.11 },
  { id: 'aktobe', lng: 57.2, lat: 50.28 },
  { id: 'kyzylorda', lng: 65.5, lat: 44.85 },
  { id: 'shymkent', lng: 69.6, lat: 42.32 },
  { id: 'almaty', lng: 76.89, lat: 43.24 },
  { id: 'nur-sultan', lng: 71.45, lat: 51.17 },
  { id: 'oskemen', lng: 82.61, lat: 49.95 },
];

describe('geographicOrder(items)', () => {
  it('runs west to east', () => {
    expect(geographicOrder(towns)).toEqual(['aktau', 'atyrau', 'zhanaozen', 'aktobe', 'kyzylorda', 'shymkent', 'nur-sultan', 'almaty', 'oskemen']);
  });
  it('puts the northern of two items on one meridian first, whatever the input order', () => {
    const south = { id: 'b', lng: 60, lat: 40 };
    const north = { id: 'a', lng: 60, lat: 50 };
    expect(geographicOrder([south, north])).toEqual(['a', 'b']);
    expect(geographicOrder([north, south])).toEqual(['a', 'b']);
  });
  it('returns nothing for no items', () => {
    expect(geographicOrder([])).toEqual([]);
  });
});

describe('neighbourInDirection(items, fromId, direction)', () => {
  it('goes east from Aktau to Zhanaozen, not to Atyrau to the north', () => {
    expect(neighbourInDirection(towns, 'aktau', 'east')).toBe('zhanaozen');
  });
  it('goes north from Aktau to Atyrau', () => {
    expect(neighbourInDirection(towns, 'aktau', 'north')).toBe('atyrau');
  });
  it('goes west from Almaty to Shymkent and north from Almaty to Nur-Sultan or Oskemen, the nearer ahead', () => {
    expect(neighbourInDirection(towns, 'almaty', 'west')).toBe('shymkent');
    expect(neighbourInDirection(towns, 'almaty', 'north')).toBe('oskemen');
  });
  it('prefers an item inside the cone to a nearer one far off to the side', () => {
    const items = [
      { id: 'from', lng: 60, lat: 45 },
      { id: 'side', lng: 60.5, lat: 47 },
      { id: 'ahead', lng: 64, lat: 45.5 },
    ];
    expect(neighbourInDirection(items, 'from', 'east')).toBe('ahead');
  });
  it('falls back to an item ahead outside the cone when the cone is empty', () => {
    const items = [
      { id: 'from', lng: 60, lat: 45 },
      { id: 'steep', lng: 60.5, lat: 48 },
    ];
    expect(neighbourInDirection(items, 'from', 'east')).toBe('steep');
  });
  it('is null at the edge: nothing lies west of Aktau', () => {
    expect(neighbourInDirection(towns, 'aktau', 'west')).toBeNull();
  });
  it('is null south of the southernmost item', () => {
    expect(neighbourInDirection(towns, 'shymkent', 'south')).toBeNull();
  });
  it('is null for an unknown id and for a lone item', () => {
    expect(neighbourInDirection(towns, 'nowhere', 'east')).toBeNull();
    expect(neighbourInDirection([towns[0]!], 'aktau', 'east')).toBeNull();
  });
  it('breaks exact ties by id, so the answer does not depend on input order', () => {
    const items = [
      { id: 'from', lng: 60, lat: 45 },
      { id: 'b', lng: 62, lat: 45.5 },
      { id: 'a', lng: 62, lat: 44.5 },
    ];
    expect(neighbourInDirection(items, 'from', 'east')).toBe('a');
    expect(neighbourInDirection([...items].reverse(), 'from', 'east')).toBe('a');
  });
});

describe('nearestItem(items, point)', () => {
  it('finds the town nearest to a point', () => {
    expect(nearestItem(towns, { lng: 76, lat: 44 })).toBe('almaty');
  });
  it('shrinks longitude with latitude: at 60° N, 1.8° east (0.9° of arc) is nearer than 1° north', () => {
    const items = [
      { id: 'east', lng: 61.8, lat: 60 },
      { id: 'north', lng: 60, lat: 61 },
    ];
    expect(nearestItem(items, { lng: 60, lat: 60 })).toBe('east');
  });
  it('is null for no items', () => {
    expect(nearestItem([], { lng: 0, lat: 0 })).toBeNull();
  });
});

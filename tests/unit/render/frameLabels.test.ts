import { describe, expect, it } from 'vitest';
import type { CityFeature } from '../../../src/data/types';
import type { Canvas2D } from '../../../src/render/canvas2d';
import type { Project } from '../../../src/render/fitMercator';
import { frameLabels } from '../../../src/render/frameLabels';
import { frameFixture } from './frameFixture';

// 10 px per character: label widths are easy to reason about.
const ctx = { measureText: (text: string) => ({ width: text.length * 10 }) } as unknown as Canvas2D;
const project: Project = ([lng, lat]) => [(lng ?? 0) * 100, 200 - (lat ?? 0) * 100];
const frame = { x: 0, y: 0, width: 1000, height: 300 };

function city(id: string, lng: number, rank: CityFeature['properties']['rank']): CityFeature {
  return {
    type: 'Feature',
    id,
    properties: { region: 'KZ-MAN', name_en: id, name_kk: id, name_ru: id, name_en_current: id, rank, label: true, geonames_name: id },
    geometry: { type: 'Point', coordinates: [lng, 1] },
  };
}

const input = (cities: CityFeature[]) => ({ ...frameFixture, places: [], cityName: (id: string) => id, cities: { type: 'FeatureCollection' as const, features: cities } });

describe('frameLabels(ctx, input, frame, project, circles, px)', () => {
  it('puts a name on its preferred side (right unless cityLabelDirection says otherwise)', () => {
    const [label] = frameLabels(ctx, input([city('kostanay', 3, 'regional-centre')]), frame, project, [], 14);
    expect(label?.name).toBe('kostanay');
    expect(label?.x).toBeGreaterThan(300);
    expect(label?.y).toBeCloseTo(100);
  });
  it('moves the lower-ranked of two close names to a free side instead of overlapping it', () => {
    const labels = frameLabels(ctx, input([city('pavlodar', 3, 'regional-centre'), city('nur-sultan', 3.3, 'capital')]), frame, project, [], 14);
    const capital = labels.find((label) => label.name === 'nur-sultan');
    const other = labels.find((label) => label.name === 'pavlodar');
    // The capital keeps its hand-picked side (top: above its point); the other's right and left
    // boxes would touch it, so it goes below its own point.
    expect(capital?.y).toBeLessThan(100);
    expect(other?.y).toBeGreaterThan(100);
  });
  it('leaves out a name that fits on no side of a crowded point', () => {
    const circles: [number, number, number][] = [[300, 100, 4], [220, 100, 60], [380, 100, 60], [300, 30, 50], [300, 170, 50]];
    expect(frameLabels(ctx, input([city('kostanay', 3, 'regional-centre')]), frame, project, circles, 14)).toEqual([]);
  });
});

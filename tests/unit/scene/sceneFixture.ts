import { parseRegions } from '../../../src/data/parseRegions';
import { buildStoryIndex } from '../../../src/scene/buildStoryIndex';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEmergencyDecree, makeEvent } from '../timeline/eventFixture';

/**
 * A small story: a protest in Zhanaozen, one in Aktau, a clash in Almaty, a national emergency
 * decree, a red terrorism-threat level in two regions, a toll report, the emergency's lifting and
 * Almaty's step down to orange. Sorted by start, as parseEvents returns them.
 */
export const sceneEvents = [
  makeEvent('KZ22-002', '2022-01-02T11:00+05:00'),
  makeEvent('KZ22-003', '2022-01-02T18:00+05:00', { city: 'aktau', locality: 'Aktau' }),
  makeEvent('KZ22-020', '2022-01-04T22:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty', type: 'clash' }),
  makeEmergencyDecree(),
  makeEvent('KZ22-086', '2022-01-06T12:00+06:00', {
    scope: 'national',
    region: null,
    regions: ['KZ-MAN', 'KZ-ALA'],
    city: null,
    locality: 'Nationwide',
    type: 'security-operation',
    threat: { level: 'red', regions: ['KZ-MAN', 'KZ-ALA'] },
  }),
  makeEvent('KZ22-090', '2022-01-09T10:00+06:00', {
    scope: 'national',
    region: null,
    city: null,
    locality: 'Nationwide',
    type: 'casualties',
    death_toll: { total: 164, status: 'official', by: 'Health Ministry' },
  }),
  makeEvent('KZ22-139', '2022-01-10T00:00+06:00', {
    scope: 'national',
    region: null,
    regions: ['KZ-MAN'],
    city: null,
    locality: 'Nationwide',
    type: 'government-decision',
    emergency: { action: 'lifted', regions: ['KZ-MAN'] },
  }),
  makeEvent('KZ22-205', '2022-01-26T00:00+06:00', {
    scope: 'national',
    region: null,
    regions: ['KZ-ALA'],
    city: null,
    locality: 'Nationwide',
    type: 'security-operation',
    threat: { level: 'orange', regions: ['KZ-ALA'] },
  }),
];

export function makeSceneIndex() {
  return buildStoryIndex({ regions: parseRegions(makeRegionCollection()), cities: fixtureCities, events: sceneEvents });
}

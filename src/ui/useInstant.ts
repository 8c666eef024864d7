import { useMemo } from 'react';
import type { Dataset } from '../data/loadDataset';
import type { EventType } from '../data/eventTypes';
import { buildSpreadIndex, spreadAt } from '../spatial/spreadIndex';
import { buildTimeline, type Timeline } from '../timeline/buildTimeline';
import { nationalAt } from '../timeline/nationalAt';
import { placeStatusAt } from '../timeline/placeStatusAt';
import { regionStatusAt } from '../timeline/regionStatusAt';
import type { Mode } from '../timeline/trackStatusAt';

/** The timeline of the events that pass the type filter; rebuilt only when the filter changes. */
export function useFilteredTimeline(dataset: Dataset, types: readonly EventType[] | null) {
  return useMemo(() => {
    const events = types === null ? dataset.events : dataset.events.filter((event) => types.includes(event.properties.type));
    const timeline = buildTimeline(events, dataset.regions, dataset.cities);
    const origin = dataset.cities.features.find((city) => city.id === 'zhanaozen')?.geometry.coordinates as [number, number];
    return { timeline, spread: buildSpreadIndex(timeline, dataset.regions, origin), origin };
  }, [dataset, types]);
}

/** Everything shown for one instant: a few binary searches per region and place. */
export function useInstantStatus(timeline: Timeline, spread: ReturnType<typeof buildSpreadIndex>, t: number, mode: Mode) {
  return useMemo(
    () => ({
      regions: regionStatusAt(timeline, t, mode),
      places: placeStatusAt(timeline, t, mode),
      national: nationalAt(timeline, t),
      spread: spreadAt(spread, t),
    }),
    [timeline, spread, t, mode],
  );
}

export type InstantStatus = ReturnType<typeof useInstantStatus>;

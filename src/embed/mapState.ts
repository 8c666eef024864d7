import type { RegionId } from '../data/types';
import { formatAlmatyMinute, type Instant } from '../timeline/instant';
import type { RegionStatus } from '../timeline/regionStatusAt';
import type { LinkView } from '../view/parseLink';
import type { MapState } from './protocol';

/** The public state a host receives: the view and every region's status; nothing else. */
export function toMapState(view: LinkView, regions: ReadonlyMap<RegionId, RegionStatus>): MapState {
  const states: MapState['regions'] = {};
  for (const [id, status] of regions) states[id] = { status: status.level, emergency: status.emergency, threat: status.threat };
  return {
    t: formatAlmatyMinute(view.t as Instant),
    mode: view.mode,
    types: view.types === null ? null : [...view.types],
    event: view.event,
    regions: states,
  };
}

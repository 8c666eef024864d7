import type { RegionId } from '../data/types';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';
import { headlineParts } from './headlineParts';
import type { Messages } from './messages';

/** The headline's facts as one line of text (for pictures), joined as the headline shows them. */
export function headlineText(status: Scene, placeName: (place: Place) => string, messages: Messages, cityRegions?: ReadonlyMap<RegionId, string>): string {
  const parts = headlineParts(status, placeName, messages, cityRegions);
  return [parts.regions, ...(parts.farthest ? [parts.farthest] : []), parts.toll].join(' · ');
}

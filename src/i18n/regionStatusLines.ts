import type { RegionProperties } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import type { Messages } from './messages';
import { regionGeometryCaveat } from './regionGeometryCaveat';
import { trackStatusParts, type TrackStatusFacts } from './trackStatusParts';

/**
 * A region's details as lines of plain text, for its tooltip and the details panel alike: the
 * outline caveat (Shymkent), then level and emergency, the terrorism-threat level when one is in
 * force, counts and first event at the instant.
 */
export function regionStatusLines(
  properties: Pick<RegionProperties, 'geometry_quality' | 'area_km2_official'>,
  status: (TrackStatusFacts & Pick<RegionStatus, 'emergency'> & Partial<Pick<RegionStatus, 'threat'>>) | undefined,
  messages: Messages,
): string[] {
  const lines: string[] = [];
  const caveat = regionGeometryCaveat(properties, messages);
  if (caveat) lines.push(caveat);
  if (status) {
    const parts = trackStatusParts(status, messages);
    lines.push(`${parts.level} · ${status.emergency ? messages.emergencyInForce : messages.noEmergency}`);
    if (status.threat && status.threat !== 'none') lines.push(messages.threat.line(messages.threat.levels[status.threat]));
    lines.push(parts.counts, parts.firstEvent);
  }
  return lines;
}

import type { RegionProperties } from '../data/types';
import { formatAlmatyInstant } from '../i18n/formatTime';
import type { Messages } from '../i18n/messages';
import type { Instant } from '../timeline/instant';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { regionGeometryCaveat, regionLabel } from './regionLabel';

/** The lines of a region's details, as plain text: names, level, emergency, counts, first event. */
export function regionDetailLines(properties: RegionProperties, status: RegionStatus | undefined, messages: Messages): string[] {
  const lines = [];
  const caveat = regionGeometryCaveat(properties, messages);
  if (caveat) lines.push(caveat);
  if (status) {
    lines.push(`${messages.levels[status.level]} · ${status.emergency ? messages.emergencyInForce : messages.noEmergency}`);
    lines.push(`${messages.details.eventsSoFar}: ${status.eventsSoFar} · ${messages.details.last24h}: ${status.eventsLast24h}`);
    lines.push(
      `${messages.details.firstEvent}: ${status.firstEvent === null ? messages.details.none : formatAlmatyInstant(status.firstEvent as Instant, undefined, messages.calendar)}`,
    );
  }
  return lines;
}

/** Tooltip content built from text nodes, never from HTML strings: names come from data files. */
export function regionTooltipElement(properties: RegionProperties, status: RegionStatus | undefined, messages: Messages): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = regionLabel(properties, messages);
  content.append(title);
  for (const line of regionDetailLines(properties, status, messages)) {
    const row = document.createElement('div');
    row.className = 'qm-tooltip__line';
    row.textContent = line;
    content.append(row);
  }
  return content;
}

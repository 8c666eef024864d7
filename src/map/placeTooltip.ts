import { formatAlmatyInstant } from '../i18n/formatTime';
import type { Messages } from '../i18n/messages';
import type { Instant } from '../timeline/instant';
import type { PlaceStatus } from '../timeline/placeStatusAt';

/** A place's details, built from text nodes (names come from data files, never parsed as HTML). */
export function placeTooltipElement(name: string, status: PlaceStatus | undefined, messages: Messages): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  content.append(title);
  if (status) {
    for (const line of [
      messages.levels[status.level],
      `${messages.details.eventsSoFar}: ${status.eventsSoFar}`,
      `${messages.details.firstEvent}: ${status.firstEvent === null ? messages.details.none : formatAlmatyInstant(status.firstEvent as Instant, undefined, messages.calendar)}`,
    ]) {
      const row = document.createElement('div');
      row.className = 'qm-tooltip__line';
      row.textContent = line;
      content.append(row);
    }
  }
  return content;
}

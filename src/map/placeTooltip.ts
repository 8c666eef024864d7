import type { Messages } from '../i18n/messages';
import { placeStatusLines } from '../i18n/placeStatusLines';
import type { PlaceStatus } from '../timeline/placeStatusAt';

/** A place's details, built from text nodes (names come from data files, never parsed as HTML). */
export function placeTooltipElement(name: string, status: PlaceStatus | undefined, messages: Messages): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  content.append(title);
  for (const line of placeStatusLines(status, messages)) {
    const row = document.createElement('div');
    row.className = 'qm-tooltip__line';
    row.textContent = line;
    content.append(row);
  }
  return content;
}

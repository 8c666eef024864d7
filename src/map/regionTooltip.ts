import type { RegionProperties } from '../data/types';
import type { Messages } from '../i18n/messages';
import { regionLabel } from '../i18n/placeNames';
import { regionStatusLines } from '../i18n/regionStatusLines';
import type { RegionStatus } from '../timeline/regionStatusAt';

/** Tooltip content built from text nodes, never from HTML strings: names come from data files. */
export function regionTooltipElement(properties: RegionProperties, status: RegionStatus | undefined, messages: Messages): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = regionLabel(properties, messages);
  content.append(title);
  for (const line of regionStatusLines(properties, status, messages)) {
    const row = document.createElement('div');
    row.className = 'qm-tooltip__line';
    row.textContent = line;
    content.append(row);
  }
  return content;
}

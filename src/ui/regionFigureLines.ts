import type { Count } from '../data/eventTypes';
import { regionFigureKeys, type RegionFigures } from '../scene/regionFiguresAt';
import type { Messages } from '../i18n/messages';

/**
 * A region's latest reported figures as short lines, each with who gave it: "160 dead (Almaty
 * police chief …)". Empty when nothing was reported there yet.
 * @example regionFigureLines({ detained: { value: 852, by: 'Almaty crisis centre', … } }, en) // ['852 detained (Almaty crisis centre)']
 */
export function regionFigureLines(figures: RegionFigures, messages: Messages): string[] {
  const lines: string[] = [];
  for (const key of regionFigureKeys) {
    const report = figures[key];
    if (!report) continue;
    const figure = messages.figures[key](countText(report.value, messages));
    lines.push(report.by ? messages.figures.by(figure, report.by) : figure);
  }
  return lines;
}

function countText(value: Count, messages: Messages): string {
  return typeof value === 'number' ? messages.number(value) : `${messages.number(value.min)}–${messages.number(value.max)}`;
}

import type { RegionLaterCount } from '../data/laterCountTypes';
import type { Messages } from '../i18n/messages';

/**
 * Later official counts as short lines in the reader's language, each with who gave it and when:
 * "151 dead (Prosecutor General Berik Asylov, in the Mazhilis, 5 January 2023)". Dates through the
 * project's own calendar (Chromium has no Kazakh).
 */
export function laterCountLines(counts: readonly RegionLaterCount[], messages: Messages): string[] {
  return counts.map((count) => {
    const figure = messages.figures[count.figure](messages.number(count.value));
    const [year, month, day] = count.date.split('-').map(Number) as [number, number, number];
    return messages.laterCounts.line(figure, count.by[messages.calendar.lang], messages.calendar.date(day, month - 1, year));
  });
}

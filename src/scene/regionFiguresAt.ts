import type { Count, EventFeature, Figure } from '../data/eventTypes';
import type { figureKeys } from '../data/eventSchema';
import type { RegionId } from '../data/types';
import { bisectRight } from '../timeline/bisect';
import { toInstant, type Instant } from '../timeline/instant';
import type { StoryIndex } from './buildStoryIndex';

/** The figures shown per region: crowd sizes are a property of one protest, not of a region. */
export const regionFigureKeys = ['deaths', 'injured', 'detained'] as const satisfies readonly (typeof figureKeys)[number][];
export type RegionFigureKey = (typeof regionFigureKeys)[number];

/** One figure as last reported in a region: the count, who gave it, and the event that reports it. */
export interface FigureReport {
  value: Count;
  /** Who gave it (the claim's `by`); null when the event gives a bare number (its sources say). */
  by: string | null;
  /** How many other claims the same event lists beside this one (they are kept, never averaged). */
  otherClaims: number;
  eventId: string;
  t: Instant;
}

export type RegionFigures = { [key in RegionFigureKey]?: FigureReport };

interface Reports {
  starts: Float64Array;
  reports: FigureReport[];
}

// Built once per index on first use, like the index's own caches (one pass over the events).
const byIndex = new WeakMap<StoryIndex, Map<string, Reports>>();

/**
 * The latest deaths, injured and detained figures reported at or before `t` by events in
 * `region` (local events only: national figures are the headline's). A figure is the latest
 * report, not a running total: regional reports count different things (one incident, a city's
 * toll), so each comes with who gave it and its event. Unfiltered by the type filter.
 * @example regionFiguresAt(index, 'KZ-ALA', toInstant('2022-01-17T00:00+06:00')).deaths?.value // 160
 */
export function regionFiguresAt(index: StoryIndex, region: RegionId, t: number): RegionFigures {
  let table = byIndex.get(index);
  if (!table) {
    table = buildReports(index.input.events);
    byIndex.set(index, table);
  }
  const figures: RegionFigures = {};
  for (const key of regionFigureKeys) {
    const entry = table.get(`${region} ${key}`);
    const at = entry ? bisectRight(entry.starts, t) : 0;
    if (entry && at > 0) figures[key] = entry.reports[at - 1];
  }
  return figures;
}

function buildReports(events: readonly EventFeature[]): Map<string, Reports> {
  const lists = new Map<string, FigureReport[]>();
  for (const event of events) {
    const p = event.properties;
    if (p.scope !== 'local' || !p.region || !p.figures) continue;
    for (const key of regionFigureKeys) {
      const figure = p.figures[key];
      if (figure === undefined) continue;
      const list = lists.get(`${p.region} ${key}`) ?? [];
      list.push({ ...firstClaim(figure), eventId: p.id, t: toInstant(p.start) });
      lists.set(`${p.region} ${key}`, list);
    }
  }
  const table = new Map<string, Reports>();
  for (const [key, list] of lists) {
    // Stable: reports at one instant keep the events' (id) order, so the later id wins.
    list.sort((a, b) => a.t - b.t);
    table.set(key, { starts: Float64Array.from(list, (report) => report.t), reports: list });
  }
  return table;
}

/** The first claim stands for the event (the data lists the main claimant first). */
function firstClaim(figure: Figure): Pick<FigureReport, 'value' | 'by' | 'otherClaims'> {
  if (!Array.isArray(figure)) return { value: figure, by: null, otherClaims: 0 };
  const [first] = figure;
  return { value: (first as { value: Count }).value, by: first?.by ?? null, otherClaims: figure.length - 1 };
}

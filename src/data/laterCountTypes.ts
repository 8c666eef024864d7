import type { RegionId } from './regionSchema';

/** The figures a later count may give (the regional figures of the events, crowd aside). */
export const laterFigures = ['deaths', 'injured', 'detained'] as const;
export type LaterFigure = (typeof laterFigures)[number];

/** Who gave a figure, written by this project in the three languages of the interface. */
export interface LaterCountBy {
  en: string;
  ru: string;
  kk: string;
}

export interface LaterCountSource {
  publisher: string;
  url: string;
  /** The site the report was read on, when it is a repost of `publisher`. */
  via?: string;
}

/**
 * One official figure published after the story window (geo/later-counts.json): never an event,
 * so it moves no region's level and does not stretch the window.
 */
export interface LaterCount {
  figure: LaterFigure;
  /** A count of people, a positive integer. */
  value: number;
  /** How many of `value` were security personnel, where the claimant said. */
  security?: number;
  /** The day the figure was published, YYYY-MM-DD, after the story window. */
  date: string;
  by: LaterCountBy;
  sources: LaterCountSource[];
  note: string;
}

export interface RegionLaterCount extends LaterCount {
  /** The January 2022 region the figure is for. */
  region: RegionId;
}

export interface LaterCounts {
  /** The last day of the story window the file was checked against, YYYY-MM-DD. */
  storyWindowEnd: string;
  national: LaterCount[];
  regions: RegionLaterCount[];
}

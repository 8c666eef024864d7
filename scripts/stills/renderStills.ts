import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameSizes } from '../../src/render/drawFrame.ts';
import type { FrameInput } from '../../src/render/frameInput.ts';
import { formatAlmatyMinute } from '../../src/timeline/instant.ts';
import { canvasStill } from './canvasStill.ts';
import type { GeoStory } from './loadGeoStory.ts';
import { stillDescription, stillInput } from './stillInput.ts';
import { endAliasFile, stillFile, stillLanguages, stillMoments, stillScales, type StillMoment } from './stillPlan.ts';

/** One line of dist/stills/index.json. */
export interface StillEntry {
  /** Relative to the stills folder. */
  file: string;
  /** Almaty time with its offset, e.g. 2022-01-05T01:30+06:00. */
  t: string;
  moment: StillMoment['moment'];
  lang: string;
  /** Pixels. */
  width: number;
  height: number;
  /** What the picture shows, in its language (also its alt text and the PNG's Description). */
  shows: string;
  /** For the `end-<lang>` names: the dated file with the same picture. */
  same_as?: string;
}

export type DrawStill = (input: FrameInput, size: { width: number; height: number }, scale: number, description: string) => Buffer;

/**
 * Draws every still (each key moment and the end state, in every language, at 1x and 2x) into
 * `outDir` and writes the manifest `index.json` beside them. Returns the manifest's entries.
 */
export function renderStills(outDir: string, story: GeoStory, draw: DrawStill = canvasStill): StillEntry[] {
  const size = frameSizes.card;
  const entries: StillEntry[] = [];
  mkdirSync(outDir, { recursive: true });
  for (const { moment, t } of stillMoments(story.index)) {
    for (const lang of stillLanguages) {
      const input = stillInput(story, t, lang);
      const shows = stillDescription(input);
      for (const scale of stillScales) {
        const common = { t: `${formatAlmatyMinute(t)}+06:00`, moment, lang, width: size.width * scale, height: size.height * scale, shows };
        const file = stillFile(t, lang, scale);
        const alias = moment === 'end' ? endAliasFile(lang, scale) : null;
        entries.push({ file, ...common }, ...(alias ? [{ file: alias, ...common, same_as: file }] : []));
        const png = draw(input, size, scale, shows);
        writeFileSync(join(outDir, file), png);
        if (alias) writeFileSync(join(outDir, alias), png);
      }
    }
  }
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify({ size: 'card', stills: entries }, null, 1)}\n`);
  return entries;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssCustomProperties } from '../../../src/map/cssCustomProperties';
import { styleTokens } from '../../../src/map/styleTokens';
import { findImpurities } from '../findImpurities';
import { findTokenColours, tokenColours } from './findTokenColours';

const root = join(import.meta.dirname, '../../..');
const tokenFile = 'src/map/styleTokens.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sourceFiles = listFiles(join(root, 'src'))
  .map((file) => relative(root, file).split('\\').join('/'))
  .filter((file) => /\.(ts|tsx|css)$/.test(file));
const properties = cssCustomProperties(styleTokens);
const stylesheets = ['src/styles/app.css', 'src/styles/embed.css', 'src/styles/map.css'].map((file) => ({ file, css: readFileSync(join(root, file), 'utf8') }));

describe('tokenColours(tokens) and findTokenColours(source, colours)', () => {
  it('collects the #rrggbb strings of nested tokens, lower-cased and once each', () => {
    expect(tokenColours({ a: '#AABBCC', b: { c: '#aabbcc', d: 2, e: 'url(#x)' }, f: ['#010203'] })).toEqual(['#aabbcc', '#010203']);
  });
  it('finds a colour in any case and with an alpha, with its line', () => {
    expect(findTokenColours('a\ncolor: #1F1D1A;\nfill: #1f1d1a80', ['#1f1d1a'])).toEqual([
      'line 2: #1F1D1A (token #1f1d1a)',
      'line 3: #1f1d1a80 (token #1f1d1a)',
    ]);
  });
  it('finds the short form of a colour that has one, but not longer or other hex values', () => {
    expect(findTokenColours("stroke='#fff' fill='#ffff'", ['#ffffff'])).toHaveLength(2);
    expect(findTokenColours("'#fffffe' '#ffffffabc' '#1f1d1b'", ['#ffffff', '#1f1d1a'])).toEqual([]);
  });
});

describe('styleTokens (the one style source)', () => {
  it('has the colours of the 3:1 palette (contrast.test.ts checks the ratios)', () => {
    expect(styleTokens.colour.ink).toBe('#1f1d1a');
    expect(styleTokens.level).toEqual({ calm: '#f5efe6', protest: '#d9661a', violence: '#5c0c13' });
    expect(styleTokens.hatch).toEqual({ tile: 8, angle: 45, stroke: '#1f1d1a', strokeOnDark: '#ffffff', width: 2, opacity: 1 });
  });

  it.each(sourceFiles.filter((file) => file !== tokenFile))('%s writes no token colour out (it imports styleTokens or uses var(--qm-…))', (file) => {
    expect(findTokenColours(readFileSync(join(root, file), 'utf8'), tokenColours(styleTokens))).toEqual([]);
  });

  it.each(['src/map/styleTokens.ts', 'src/map/cssCustomProperties.ts', 'src/map/rgba.ts'])(
    '%s is pure (it is not matched by pure-modules.json yet)',
    (file) => {
      expect(findImpurities(readFileSync(join(root, file), 'utf8'))).toEqual([]);
    },
  );
});

describe('cssCustomProperties(tokens)', () => {
  it('names colours --qm-<name>, levels and markers by group, widths --qm-<name>-width in px', () => {
    expect(properties).toMatchObject({
      '--qm-ink': '#1f1d1a',
      '--qm-paper': '#ffffff',
      '--qm-region-border': '#7d776d',
      '--qm-level-violence': '#5c0c13',
      '--qm-marker-calm': '#8f887d',
      '--qm-region-highlight-width': '3px',
      '--qm-land-border-width': '0.75px',
    });
  });
  it('makes one property per colour, level, marker and width token', () => {
    const { colour, level, marker, width } = styleTokens;
    expect(Object.keys(properties)).toHaveLength([colour, level, marker, width].map((group) => Object.keys(group).length).reduce((a, b) => a + b));
  });
  it('covers every var(--qm-…) that app.css and embed.css use', () => {
    for (const { file, css } of stylesheets) {
      const used = [...css.matchAll(/var\(\s*(--qm-[\w-]+)/g)].map((match) => match[1]!);
      expect(used.length, file).toBeGreaterThan(0);
      expect(used.filter((name) => !(name in properties)), file).toEqual([]);
    }
  });
  it('leaves the stylesheets without fallbacks and without definitions of their own', () => {
    for (const { file, css } of stylesheets) {
      expect([...css.matchAll(/var\(\s*--qm-[\w-]+\s*,[^)]*\)/g)].map((match) => match[0]), file).toEqual([]);
      expect([...css.matchAll(/(--qm-[\w-]+)\s*:/g)].map((match) => match[1]), file).toEqual([]);
    }
  });
});

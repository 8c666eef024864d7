import { describe, expect, it } from 'vitest';
import { fullMapUrl } from '../../../src/view/fullMapUrl';
import type { LinkView } from '../../../src/view/parseLink';
import { toInstant } from '../../../src/timeline/instant';

const view: LinkView = { t: toInstant('2022-01-05T20:00+06:00'), mode: 'cumulative', types: null, event: null };
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('fullMapUrl(documentUrl, view, lang)', () => {
  it('is the folder of the document with the view: t always, defaults left out', () => {
    expect(fullMapUrl('https://maps.example/?embed=1&id=a', view, null)).toBe('https://maps.example/?t=2022-01-05T20%3A00');
  });

  it('keeps a sub-path and drops the file name: the app works from any folder', () => {
    expect(fullMapUrl('https://cdn.example/maps/qantar/index.html?embed=1', view, null)).toBe('https://cdn.example/maps/qantar/?t=2022-01-05T20%3A00');
  });

  it('carries mode, types, event and lang, in the order writeLink writes them', () => {
    const href = fullMapUrl('https://maps.example/', { ...view, mode: 'current', types: ['protest', 'clash'], event: 'KZ22-049' }, 'kk');
    expect(params(href)).toEqual({ lang: 'kk', t: '2022-01-05T20:00', mode: 'current', types: 'protest,clash', event: 'KZ22-049' });
  });

  it('drops the embed options, unknown and invalid parameters of the document URL', () => {
    const href = fullMapUrl('https://maps.example/?embed=1&origin=https://news.example&id=x&autoplay=1&zoom=4&t=garbage&mode=x#frag', view, null);
    expect(href).toBe('https://maps.example/?t=2022-01-05T20%3A00');
  });

  it('writes types= for a reader who switched every type off, and nothing when all are on', () => {
    expect(params(fullMapUrl('https://maps.example/', { ...view, types: [] }, null))).toEqual({ t: '2022-01-05T20:00', types: '' });
    const all = ['protest', 'clash', 'property-attack', 'security-operation', 'casualties', 'government-decision', 'shutdown', 'foreign-deployment'] as const;
    expect(params(fullMapUrl('https://maps.example/', { ...view, types: all }, null))).toEqual({ t: '2022-01-05T20:00' });
  });

  it('stays on the app origin for a //host path under a single-page fallback (open redirect)', () => {
    const href = fullMapUrl('http://127.0.0.1:4173//evil.example?embed=1', view, null);
    expect(new URL(href).origin).toBe('http://127.0.0.1:4173');
    expect(href).toBe('http://127.0.0.1:4173/?t=2022-01-05T20%3A00');
  });

  it('stays on the app origin for a /\\host path (URL parsing makes it //host)', () => {
    expect(fullMapUrl('http://127.0.0.1:4173/\\evil.example?embed=1', view, null)).toBe('http://127.0.0.1:4173/?t=2022-01-05T20%3A00');
    expect(fullMapUrl('https://maps.example/q//\\evil.example/x?embed=1', view, null)).toBe('https://maps.example/q/evil.example/?t=2022-01-05T20%3A00');
  });

  it('drops credentials of the document URL', () => {
    expect(fullMapUrl('https://user:secret@maps.example/?embed=1', view, null)).toBe('https://maps.example/?t=2022-01-05T20%3A00');
  });
});

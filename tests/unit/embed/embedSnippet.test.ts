import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../../src/embed/embedSnippet';
import { toInstant } from '../../../src/timeline/instant';

const base = { appUrl: 'https://maps.example/qantar/', t: null, mode: 'cumulative' as const, types: null, autoplay: false, lang: null, id: 'story-1' };

describe('embedUrl(options)', () => {
  it('carries embed=1 and the id, leaving defaults out', () => {
    expect(embedUrl(base)).toBe('https://maps.example/qantar/?embed=1&id=story-1');
  });
  it('writes the start instant, mode, types, autoplay and language when chosen', () => {
    const url = embedUrl({ ...base, t: toInstant('2022-01-05T20:00+06:00'), mode: 'current', types: ['protest'], autoplay: true, lang: 'ru' });
    expect(url).toBe('https://maps.example/qantar/?embed=1&id=story-1&t=2022-01-05T20%3A00&mode=current&types=protest&autoplay=1&lang=ru');
  });
});

describe('embedSnippet(options)', () => {
  it('gives an iframe with a title, the host script and a noscript link, with & escaped', () => {
    const html = embedSnippet({ ...base, mode: 'current' });
    expect(html).toContain('<iframe src="https://maps.example/qantar/?embed=1&amp;id=story-1&amp;mode=current" title="Map: how the January 2022 protests spread across Kazakhstan" data-qantar-map');
    expect(html).toContain('<script src="https://maps.example/qantar/embed.js" async></script>');
    expect(html).toContain('<noscript><a href="https://maps.example/qantar/">');
  });
  it('escapes quotes and angle brackets in the app URL', () => {
    expect(embedSnippet({ ...base, appUrl: 'https://x.example/"><script>/' })).not.toContain('"><script>');
  });
});

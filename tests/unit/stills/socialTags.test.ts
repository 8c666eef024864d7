import { describe, expect, it } from 'vitest';
import { publicUrl } from '../../../scripts/stills/publicUrl';
import { escapeHtml, noscriptStill, socialTags } from '../../../scripts/stills/socialTags';

const card = { title: 'Kazakhstan, January 2022', description: 'Where "protests" spread & when', imageAlt: 'The map <at the end>', base: null };
const content = (html: string, name: string) => new RegExp(`(?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('socialTags(card)', () => {
  it('points og:image and twitter:image at the English end-state still, relative to the page without a public URL', () => {
    const html = socialTags(card);
    expect(content(html, 'og:image')).toBe('./stills/end-en.png');
    expect(content(html, 'twitter:image')).toBe('./stills/end-en.png');
    expect(content(html, 'og:url')).toBe('./');
    expect(content(html, 'twitter:card')).toBe('summary_large_image');
    expect([content(html, 'og:image:width'), content(html, 'og:image:height')]).toEqual(['1200', '630']);
  });
  it('writes absolute URLs under the public URL', () => {
    const html = socialTags({ ...card, base: 'https://maps.example/qantar/' });
    expect(content(html, 'og:image')).toBe('https://maps.example/qantar/stills/end-en.png');
    expect(content(html, 'og:url')).toBe('https://maps.example/qantar/');
  });
  it('names English as the locale and Russian and Kazakh as alternates', () => {
    const html = socialTags(card);
    expect(content(html, 'og:locale')).toBe('en_US');
    expect([...html.matchAll(/og:locale:alternate" content="([^"]+)"/g)].map((match) => match[1])).toEqual(['ru_RU', 'kk_KZ']);
  });
  it('escapes quotes, ampersands and angle brackets in the texts', () => {
    const html = socialTags(card);
    expect(content(html, 'og:description')).toBe('Where &quot;protests&quot; spread &amp; when');
    expect(content(html, 'og:image:alt')).toBe('The map &lt;at the end&gt;');
  });
});

describe('noscriptStill(alt, dataHref)', () => {
  it('shows the 1x and 2x end still with its alt text and links the data', () => {
    const html = noscriptStill('A "map"', './assets/events-x.geojson');
    expect(html).toMatch(/^<noscript>/);
    expect(html).toContain('src="./stills/end-en.png" srcset="./stills/end-en.png 1x, ./stills/end-en@2x.png 2x" width="1200" height="630" alt="A &quot;map&quot;"');
    expect(html).toContain('<a href="./assets/events-x.geojson">');
  });
});

describe('escapeHtml(text)', () => {
  it('escapes & first, so entities are not doubled', () => {
    expect(escapeHtml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

describe('publicUrl(value)', () => {
  it('is null when unset or blank', () => {
    expect(publicUrl('')).toBeNull();
    expect(publicUrl('  ')).toBeNull();
  });
  it('adds the trailing slash of a folder', () => {
    expect(publicUrl('https://maps.example/qantar')).toBe('https://maps.example/qantar/');
    expect(publicUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/');
  });
  it('refuses what is not an http(s) URL, or carries a query or fragment', () => {
    for (const bad of ['maps.example', 'ftp://maps.example/', 'javascript:alert(1)', 'https://maps.example/?a=1', 'https://maps.example/#x']) {
      expect(() => publicUrl(bad), bad).toThrow(/QM_PUBLIC_URL/);
    }
  });
});

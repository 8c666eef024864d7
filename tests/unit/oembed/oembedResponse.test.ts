import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/embed/embedSnippet';
import { oembedFileName } from '../../../src/embed/oembedFileName';
import { oembedDefaults, oembedDiscoveryLink, oembedResponse } from '../../../scripts/oembed/oembedResponse';
import { oembedPlugin } from '../../../scripts/oembed/oembedPlugin';

const appUrl = 'https://maps.example/qantar/';

describe('oembedResponse({ appUrl, lang, title })', () => {
  const answer = oembedResponse({ appUrl, lang: 'ru', title: 'Казахстан, январь 2022' });

  it('is a rich oEmbed 1.0 answer with the required width and height as numbers', () => {
    expect(answer).toMatchObject({ type: 'rich', version: '1.0', title: 'Казахстан, январь 2022', width: 640, height: oembedDefaults.height });
    expect(Number.isInteger(answer.width) && Number.isInteger(answer.height)).toBe(true);
  });
  it("embeds the Share dialog's snippet for the end state in that language", () => {
    expect(answer.html).toBe(embedSnippet({ appUrl, t: null, mode: 'cumulative', types: null, autoplay: false, lang: 'ru', id: 'qantar-map' }));
    expect(answer.html).toContain('<iframe src="https://maps.example/qantar/?embed=1&amp;id=qantar-map&amp;lang=ru"');
    expect(answer.html).toContain('<script src="https://maps.example/qantar/embed.js" async></script>');
  });
  it("points the thumbnail at that language's end-state still, a 1200 × 630 card", () => {
    expect(answer).toMatchObject({ thumbnail_url: 'https://maps.example/qantar/stills/end-ru.png', thumbnail_width: 1200, thumbnail_height: 630 });
  });
  it('names the provider at the app URL and lets consumers cache for a day', () => {
    expect(answer).toMatchObject({ provider_name: 'qantar-map', provider_url: appUrl, cache_age: 86_400 });
  });
  it('survives JSON: every field a string or a number', () => {
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    expect(Object.values(answer).every((value) => typeof value === 'string' || typeof value === 'number')).toBe(true);
  });
  it('keeps URLs relative ("./") when the public URL is unknown', () => {
    const relative = oembedResponse({ appUrl: './', lang: 'en', title: 'T' });
    expect(relative.thumbnail_url).toBe('./stills/end-en.png');
    expect(relative.html).toContain('<iframe src="./?embed=1&amp;id=qantar-map&amp;lang=en"');
  });
});

describe('oembedFileName(lang)', () => {
  it('is oembed.json for English and oembed.<lang>.json for the others', () => {
    expect(['en', 'ru', 'kk'].map((lang) => oembedFileName(lang as 'en'))).toEqual(['oembed.json', 'oembed.ru.json', 'oembed.kk.json']);
  });
});

describe('oembedDiscoveryLink(appUrl, lang, title)', () => {
  it('is the json+oembed alternate link to that language’s answer', () => {
    expect(oembedDiscoveryLink(appUrl, 'kk', 'Қазақстан')).toBe(
      '<link rel="alternate" type="application/json+oembed" href="https://maps.example/qantar/oembed.kk.json" title="Қазақстан" />',
    );
  });
  it('escapes quotes and angle brackets in the title and URL', () => {
    const link = oembedDiscoveryLink('https://x.example/"><script>/', 'en', 'a "b" <c> & d');
    expect(link).not.toMatch(/"><script>|<c>/);
    expect(link).toContain('title="a &quot;b&quot; &lt;c&gt; &amp; d"');
  });
});

describe('oembedPlugin(publicUrl).transformIndexHtml', () => {
  const page = (lang: string) => `<html lang="${lang}"><head><title>T</title></head><body><div id="root"></div></body></html>`;
  const transform = (publicUrl: string | undefined, html: string) => {
    const hook = oembedPlugin(publicUrl, () => undefined).transformIndexHtml as (html: string) => string;
    return hook(html);
  };
  it("links the map page to the answer in the page's language", () => {
    expect(transform('https://maps.example/', page('kk'))).toContain('href="https://maps.example/oembed.kk.json"');
    expect(transform('https://maps.example/', page('en'))).toContain('href="https://maps.example/oembed.json"');
  });
  it('leaves pages that are not the map (the examples) alone', () => {
    const example = '<html lang="en"><head><title>Example</title></head><body><div id="map-slot"></div></body></html>';
    expect(transform('https://maps.example/', example)).toBe(example);
  });
  it('stops at once on a QM_PUBLIC_URL that is not https', () => {
    expect(() => oembedPlugin('http://maps.example/')).toThrow(/QM_PUBLIC_URL/);
  });
});

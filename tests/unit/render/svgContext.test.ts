// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawFrame, frameSizes } from '../../../src/render/drawFrame';
import { SvgContext, svgPaints } from '../../../src/render/svgContext';
import { frameFixture } from './frameFixture';

function drawSvg(input = frameFixture) {
  const svg = new SvgContext();
  drawFrame(svg, input, frameSizes.standard, svgPaints());
  return new DOMParser().parseFromString(svg.toSvg(frameSizes.standard, input.title), 'image/svg+xml');
}

describe('SvgContext: the renderer writing SVG', () => {
  const doc = drawSvg();

  it('writes a well-formed SVG document of the picture size', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 860');
    expect(root.querySelector('title')?.textContent).toBe('Title');
  });

  it('keeps the words as text: title, date, caption, headline, key, credit and city names', () => {
    const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Title', 'Caption', 'Headline', 'Calm', 'State of emergency', 'Threat level', 'Credit', 'ZHANAOZEN']));
  });

  it('hatches with the two patterns it defines, and clips the map to its frame', () => {
    const patterns = [...doc.querySelectorAll('defs pattern')].map((pattern) => pattern.id);
    expect(patterns.sort()).toEqual(['qm-emergency-hatch', 'qm-emergency-hatch-light']);
    const hatched = [...doc.querySelectorAll('path')].filter((path) => path.getAttribute('fill')?.startsWith('url(#qm-emergency-hatch'));
    expect(hatched).toHaveLength(2);
    expect(doc.querySelectorAll('defs clipPath')).toHaveLength(1);
    expect(hatched.every((path) => path.getAttribute('clip-path') === 'url(#qm-clip-1)')).toBe(true);
  });

  it('draws each place as a closed circle', () => {
    const circles = [...doc.querySelectorAll('path')].filter((path) => /A[\d.]+ [\d.]+ 0 1 1/.test(path.getAttribute('d') ?? ''));
    // Three places with events, each filled and stroked (halo).
    expect(circles).toHaveLength(6);
  });

  it('escapes hostile words instead of writing markup', () => {
    const hostile = drawSvg({ ...frameFixture, title: '<script>alert(1)</script>', headline: 'a & "b" <img src=x onerror=alert(1)>' });
    expect(hostile.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(hostile.querySelectorAll('script, img')).toHaveLength(0);
    expect([...hostile.querySelectorAll('text')].map((text) => text.textContent)).toContain('<script>alert(1)</script>');
  });
});

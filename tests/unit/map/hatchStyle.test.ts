import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hatchStyle } from '../../../src/map/hatchStyle';
import { emergencyStyle } from '../../../src/map/regionStyle';
import { rgba } from '../../../src/map/rgba';
import { styleTokens } from '../../../src/map/styleTokens';
import { Legend } from '../../../src/ui/Legend';
import { PatternDefs } from '../../../src/ui/PatternDefs';

describe('rgba(hex, alpha)', () => {
  it('writes a #rrggbb colour with an alpha in canvas and CSS syntax', () => {
    expect(rgba('#336699', 0.5)).toBe('rgba(51,102,153,0.5)');
    expect(rgba('#FFFFFF', 1)).toBe('rgba(255,255,255,1)');
  });
  it('throws on anything but #rrggbb, naming the value', () => {
    expect(() => rgba('#fff', 1)).toThrow('"#fff"');
    expect(() => rgba('red', 1)).toThrow(/#rrggbb/);
  });
});

describe('hatchStyle(hatch)', () => {
  const hatch = hatchStyle();
  it('describes the tile from the tokens: size, angle, stroke, width, opacity', () => {
    expect(hatch).toMatchObject({ size: 8, angle: 45, stroke: styleTokens.colour.ink, width: 2, opacity: 1 });
  });
  it('has a paper-lined variant with its own pattern id, for the darkest fill', () => {
    expect(hatchStyle(undefined, true)).toMatchObject({ id: 'qm-emergency-hatch-light', stroke: styleTokens.colour.paper, width: 2 });
    expect(hatchStyle(undefined, true).id).not.toBe(hatch.id);
  });
  it('draws one line along the tile edge, the full tile long', () => {
    expect(hatch.line).toEqual({ x1: 0, y1: 0, x2: 0, y2: hatch.size });
  });
  it('falls back to a flat tint of the stroke at half its opacity', () => {
    expect(hatch.fallback).toBe(rgba(styleTokens.colour.ink, 0.5));
  });
  it('follows other tokens', () => {
    expect(hatchStyle({ tile: 10, angle: -30, stroke: '#336699', width: 2, opacity: 1 })).toMatchObject({ size: 10, angle: -30, line: { y2: 10 } });
  });
});

describe('the SVG hatch (PatternDefs) and its users', () => {
  const hatch = hatchStyle();
  const svg = renderToStaticMarkup(createElement(PatternDefs));

  it('PatternDefs() builds the pattern hatchStyle() describes', () => {
    expect(svg).toContain(`<pattern id="${hatch.id}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">`);
    expect(svg).toContain(`<line x1="0" y1="0" x2="0" y2="8" stroke="${styleTokens.colour.ink}" stroke-width="2" stroke-opacity="1">`);
    const light = hatchStyle(undefined, true);
    expect(svg).toContain(`<pattern id="${light.id}"`);
    expect(svg).toContain(`stroke="${styleTokens.colour.paper}" stroke-width="2"`);
  });

  it('emergencyStyle(true) fills with that pattern, outlined in ink with the token dash', () => {
    expect(emergencyStyle(true)).toMatchObject({ fillColor: `url(#${hatch.id})`, color: styleTokens.colour.ink, weight: 1.6, dashArray: '4 3' });
    expect(emergencyStyle(true, 'protest')).toMatchObject({ fillColor: `url(#${hatch.id})`, color: styleTokens.colour.ink });
  });

  it('emergencyStyle(true, "violence") uses the paper-lined pattern and outline over the darkest fill', () => {
    expect(emergencyStyle(true, 'violence')).toMatchObject({ fillColor: `url(#${hatchStyle(undefined, true).id})`, color: styleTokens.colour.paper });
  });

  it('the legend swatch uses the same pattern over paper, and the level colours', () => {
    const legend = renderToStaticMarkup(
      createElement(Legend, { mode: 'cumulative', trail: false, onMode: () => undefined, onTrail: () => undefined }),
    );
    expect(legend).toContain(`fill="url(#${hatch.id})" stroke="${styleTokens.colour.ink}"`);
    expect(legend).toContain(`fill="${styleTokens.colour.paper}"`);
    for (const colour of Object.values(styleTokens.level)) expect(legend).toContain(`background:${colour}`);
  });
});

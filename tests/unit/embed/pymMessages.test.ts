import { describe, expect, it } from 'vitest';
import { isPymMessage, parsePymMessage, pymHeightMessage } from '../../../src/embed/pymMessages';

describe('pymHeightMessage(childId, height)', () => {
  it("is pym.js's height string: pym, id, type and value joined by xPYMx", () => {
    expect(pymHeightMessage('graphic-1', 612)).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx612');
  });
  it('rounds a fractional height up and never goes below 0', () => {
    expect(pymHeightMessage('m', 611.2)).toBe('pymxPYMxmxPYMxheightxPYMx612');
    expect(pymHeightMessage('m', -3)).toBe('pymxPYMxmxPYMxheightxPYMx0');
  });
  it("matches the pattern pym.js's parent reads heights with", () => {
    // pym.js 1.3.2 Parent: new RegExp('^pym' + 'xPYMx' + id + 'xPYMx' + '(\\S+)' + 'xPYMx' + '(.*)$')
    const match = pymHeightMessage('graphic-1', 700).match(/^pymxPYMxgraphic-1xPYMx(\S+)xPYMx(.*)$/);
    expect(match?.slice(1)).toEqual(['height', '700']);
  });
});

describe('parsePymMessage(data, childId)', () => {
  it('reads a width message addressed to this child', () => {
    expect(parsePymMessage('pymxPYMxgraphic-1xPYMxwidthxPYMx640', 'graphic-1')).toEqual({ ok: true, message: { type: 'width', width: 640 } });
  });
  it('refuses a width message for another child', () => {
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'graphic-1')).toMatchObject({ ok: false, reason: 'pym message for another child' });
  });
  it('refuses the types it does not use (viewport-iframe-position, height echoed back, navigateTo)', () => {
    for (const type of ['viewport-iframe-position', 'height', 'navigateTo']) {
      expect(parsePymMessage(`pymxPYMxmxPYMx${type}xPYMx1 2 3`, 'm').ok).toBe(false);
    }
  });
  it.each([
    ['a negative width', 'pymxPYMxmxPYMxwidthxPYMx-5'],
    ['a zero width', 'pymxPYMxmxPYMxwidthxPYMx0'],
    ['a fractional width', 'pymxPYMxmxPYMxwidthxPYMx640.5'],
    ['a width with units', 'pymxPYMxmxPYMxwidthxPYMx640px'],
    ['an empty width', 'pymxPYMxmxPYMxwidthxPYMx'],
    ['an absurd width', 'pymxPYMxmxPYMxwidthxPYMx999999'],
    ['an extra part', 'pymxPYMxmxPYMxwidthxPYMx640xPYMx1'],
    ['a missing value', 'pymxPYMxmxPYMxwidth'],
    ['an overlong string', `pymxPYMxmxPYMxwidthxPYMx640${' '.repeat(1000)}`],
  ])('refuses %s, never throwing', (_name, data) => {
    expect(parsePymMessage(data, 'm').ok).toBe(false);
  });
  it.each([null, undefined, 640, {}, ['pymxPYMxmxPYMxwidthxPYMx640'], { toString: () => 'pymxPYMxmxPYMxwidthxPYMx640' }, 'hello'])(
    'refuses %j: not a pym string',
    (data) => {
      expect(parsePymMessage(data, 'm')).toEqual({ ok: false, reason: 'not a pym message' });
    },
  );
});

describe('isPymMessage(data)', () => {
  it('is true only for strings in pym form', () => {
    expect(isPymMessage('pymxPYMxmxPYMxwidthxPYMx1')).toBe(true);
    expect(isPymMessage({ target: 'qantar-map' })).toBe(false);
    expect(isPymMessage('pym')).toBe(false);
  });
});

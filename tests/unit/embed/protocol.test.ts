import { describe, expect, it } from 'vitest';
import {
  ampEmbedSizeMessage,
  datawrapperHeightMessage,
  isTrustedSender,
  makeMessage,
  parseInboundMessage,
  targetOriginFor,
} from '../../../src/embed/protocol';

const msg = (body: Record<string, unknown>) => ({ target: 'qantar-map', version: 1, ...body });

describe('parseInboundMessage(data)', () => {
  it('accepts every host command of version 1', () => {
    expect(parseInboundMessage(msg({ type: 'set-time', t: '2022-01-05' }))).toEqual({ ok: true, message: { type: 'set-time', t: '2022-01-05' } });
    for (const type of ['play', 'pause', 'get-state']) expect(parseInboundMessage(msg({ type }))).toEqual({ ok: true, message: { type } });
    expect(parseInboundMessage(msg({ type: 'set-mode', mode: 'current' }))).toMatchObject({ ok: true });
    expect(parseInboundMessage(msg({ type: 'set-types', types: null }))).toEqual({ ok: true, message: { type: 'set-types', types: null } });
    expect(parseInboundMessage(msg({ type: 'select-event', event: 'KZ22-049' }))).toMatchObject({ ok: true });
  });

  it('puts set-types in the canonical order and refuses unknown slugs', () => {
    expect(parseInboundMessage(msg({ type: 'set-types', types: ['clash', 'protest'] }))).toEqual({
      ok: true,
      message: { type: 'set-types', types: ['protest', 'clash'] },
    });
    expect(parseInboundMessage(msg({ type: 'set-types', types: ['riot'] }))).toMatchObject({ ok: false });
  });

  it('refuses messages that are not ours, of another version, or malformed, without throwing', () => {
    for (const data of [null, undefined, 42, 'play', [], { type: 'play' }, { target: 'other', version: 1, type: 'play' }]) {
      expect(parseInboundMessage(data)).toMatchObject({ ok: false, reason: 'not addressed to qantar-map' });
    }
    expect(parseInboundMessage(msg({ version: 2, type: 'play' }))).toMatchObject({ ok: false, reason: 'unsupported version 2' });
    expect(parseInboundMessage(msg({ type: 'set-time', t: 5 }))).toMatchObject({ ok: false });
    expect(parseInboundMessage(msg({ type: 'set-time', t: 'x'.repeat(1000) }))).toMatchObject({ ok: false });
    expect(parseInboundMessage(msg({ type: 'set-mode', mode: 'sideways' }))).toMatchObject({ ok: false });
    expect(parseInboundMessage(msg({ type: 'select-event', event: '<img src=x onerror=alert(1)>' }))).toMatchObject({ ok: false });
    expect(parseInboundMessage(msg({ type: 'explode' }))).toMatchObject({ ok: false, reason: 'unknown type "explode"' });
  });

  it('survives hostile objects (getters that throw are never called on unknown keys)', () => {
    const hostile = msg({ type: 'set-time', t: { toString: () => '2022-01-05' } });
    expect(parseInboundMessage(hostile)).toMatchObject({ ok: false });
  });
});

describe('isTrustedSender(source, parent, origin, allowedOrigin)', () => {
  const parent = {};
  it('accepts only the parent window', () => {
    expect(isTrustedSender(parent, parent, 'https://news.example', null)).toBe(true);
    expect(isTrustedSender({}, parent, 'https://news.example', null)).toBe(false);
    expect(isTrustedSender(null, parent, 'https://news.example', null)).toBe(false);
  });
  it('accepts only the named origin when the embed names one', () => {
    expect(isTrustedSender(parent, parent, 'https://news.example', 'https://news.example')).toBe(true);
    expect(isTrustedSender(parent, parent, 'https://evil.example', 'https://news.example')).toBe(false);
  });
});

describe('building messages', () => {
  it('makeMessage(id, payload) stamps source, version and id', () => {
    expect(makeMessage('map-1', { type: 'resize', height: 640 })).toEqual({ source: 'qantar-map', version: 1, id: 'map-1', type: 'resize', height: 640 });
  });
  it('speaks Datawrapper and AMP height formats', () => {
    expect(datawrapperHeightMessage('map-1', 640)).toEqual({ 'datawrapper-height': { 'map-1': 640 } });
    expect(datawrapperHeightMessage(null, 640)).toEqual({ 'datawrapper-height': { 'qantar-map': 640 } });
    expect(ampEmbedSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });
  it('posts to the named origin, else to any parent', () => {
    expect(targetOriginFor('https://news.example')).toBe('https://news.example');
    expect(targetOriginFor(null)).toBe('*');
  });
});

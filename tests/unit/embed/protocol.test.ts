import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../../src/data/eventTypes';
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

  it('reads get-state with an optional whole-number ref, echoed in the answer', () => {
    expect(parseInboundMessage(msg({ type: 'get-state', ref: 7 }))).toEqual({ ok: true, message: { type: 'get-state', ref: 7 } });
    for (const ref of [-1, 1.5, '7', null, Number.MAX_SAFE_INTEGER + 2, NaN]) expect(parseInboundMessage(msg({ type: 'get-state', ref }))).toMatchObject({ ok: false });
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

describe('parseInboundMessage(data): set-types arrays (regression: new Array(3) was "all types off")', () => {
  const setTypes = (types: unknown) => parseInboundMessage(msg({ type: 'set-types', types }));
  const runs = { numRuns: 200, seed: 2022 };

  it('accepts a plain dense list of known slugs, the empty list included', () => {
    expect(setTypes([])).toEqual({ ok: true, message: { type: 'set-types', types: [] } });
    expect(setTypes([...eventTypes])).toEqual({ ok: true, message: { type: 'set-types', types: [...eventTypes] } });
  });

  it('refuses sparse arrays', () => {
    expect(setTypes(new Array(3))).toMatchObject({ ok: false });
    expect(setTypes(['protest', , 'clash'])).toMatchObject({ ok: false }); // eslint-disable-line no-sparse-arrays
    const holes = fc.array(fc.constantFrom(...eventTypes), { minLength: 1, maxLength: 8 }).chain((list) =>
      fc.record({ list: fc.constant(list), hole: fc.nat(list.length - 1) }),
    );
    fc.assert(
      fc.property(holes, ({ list, hole }) => {
        const sparse: (string | undefined)[] = [];
        list.forEach((type, i) => {
          if (i !== hole) sparse[i] = type;
        });
        sparse.length = list.length;
        return setTypes(sparse).ok === false;
      }),
      runs,
    );
  });

  it('refuses huge lengths at once, without walking them (regression: new Array(1e9) took 8 s)', () => {
    const started = performance.now();
    for (const length of [9, 1e6, 1e9, 2 ** 32 - 1]) expect(setTypes(new Array(length))).toMatchObject({ ok: false });
    expect(setTypes(Array.from({ length: 9 }, () => 'protest'))).toMatchObject({ ok: false });
    fc.assert(fc.property(fc.integer({ min: eventTypes.length + 1, max: 2 ** 32 - 1 }), (length) => setTypes(new Array(length)).ok === false), runs);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses Array subclasses and arrays with extra keys', () => {
    class TypeList extends Array<string> {}
    expect(setTypes(TypeList.from(['protest']))).toMatchObject({ ok: false });
    const withKey = Object.assign(['protest'], { extra: 1 });
    expect(setTypes(withKey)).toMatchObject({ ok: false });
    expect(setTypes(Object.setPrototypeOf(['protest'], null))).toMatchObject({ ok: false });
    expect(setTypes({ 0: 'protest', length: 1 })).toMatchObject({ ok: false });
  });

  it('refuses proxies whose traps throw, and never throws itself', () => {
    const thrower = () => {
      throw new Error('trap');
    };
    const traps = ['get', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor'] as const;
    for (const trap of traps) {
      expect(() => setTypes(new Proxy(['protest'], { [trap]: thrower }))).not.toThrow();
      expect(setTypes(new Proxy(['protest'], { [trap]: thrower }))).toMatchObject({ ok: false });
    }
    // A proxy that lies about its prototype still fails on its keys or its length.
    const liar = new Proxy(new Array(5), { getPrototypeOf: () => Array.prototype });
    expect(setTypes(liar)).toMatchObject({ ok: false });
    // The message itself may be a throwing proxy.
    expect(parseInboundMessage(new Proxy({}, { get: thrower }))).toEqual({ ok: false, reason: 'unreadable message' });
    const getter = { target: 'qantar-map', version: 1, type: 'set-time', get t(): string { throw new Error('getter'); } };
    expect(parseInboundMessage(getter)).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary values for types (fast-check)', () => {
    const anything = fc.oneof(fc.anything(), fc.array(fc.anything()), fc.sparseArray(fc.constantFrom(...eventTypes), { maxLength: 20 }));
    fc.assert(
      fc.property(anything, (types) => {
        const result = setTypes(types);
        return result.ok ? result.message.type === 'set-types' : typeof result.reason === 'string';
      }),
      runs,
    );
  });
});

describe('isTrustedSender(source, parent, origin, host)', () => {
  const parent = {};
  const any = { kind: 'any' } as const;
  const only = { kind: 'only', origin: 'https://news.example' } as const;
  const refused = { kind: 'refused' } as const;
  it('accepts only the parent window', () => {
    expect(isTrustedSender(parent, parent, 'https://news.example', any)).toBe(true);
    expect(isTrustedSender({}, parent, 'https://news.example', any)).toBe(false);
    expect(isTrustedSender(null, parent, 'https://news.example', any)).toBe(false);
  });
  it('accepts only the named origin when the embed names one', () => {
    expect(isTrustedSender(parent, parent, 'https://news.example', only)).toBe(true);
    expect(isTrustedSender(parent, parent, 'https://evil.example', only)).toBe(false);
  });
  it('accepts nothing at all when the origin given was refused (fails closed)', () => {
    for (const origin of ['https://news.example', 'null', '*', '']) expect(isTrustedSender(parent, parent, origin, refused)).toBe(false);
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
  it('targetOriginFor(host) posts to the named origin, else to any parent, and nowhere when refused', () => {
    expect(targetOriginFor({ kind: 'only', origin: 'https://news.example' })).toBe('https://news.example');
    expect(targetOriginFor({ kind: 'any' })).toBe('*');
    expect(targetOriginFor({ kind: 'refused' })).toBeNull();
  });
});

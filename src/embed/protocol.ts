import { eventTypes, type EventType, type ThreatLevel } from '../data/eventTypes';
import { modes, type Mode } from '../timeline/trackStatusAt';
import type { HostOrigin } from '../view/parseLink';

/** Embed protocol version 1 (CONTRACT.md): messages between the map in an iframe and its host page. */
export const protocolVersion = 1;

export interface RegionState {
  status: 'calm' | 'protest' | 'violence';
  emergency: boolean;
  /** The terrorism-threat level in force (CONTRACT.md, "Levels"). */
  threat: ThreatLevel;
}

export interface MapState {
  t: string;
  mode: Mode;
  types: EventType[] | null;
  event: string | null;
  regions: Record<string, RegionState>;
}

/** What the map sends. */
export type OutboundPayload =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  /** `ref`: on an answer to `get-state`, the `ref` of the latest request it answers (if the host gave one). */
  | ({ type: 'state'; ref?: number } & MapState)
  | { type: 'select'; event: string | null };

export type OutboundMessage = { source: 'qantar-map'; version: 1; id: string | null } & OutboundPayload;

/** What a host may send. */
export type InboundMessage =
  | { type: 'set-time'; t: string }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'set-types'; types: EventType[] | null }
  | { type: 'select-event'; event: string | null }
  /** `ref` (optional, a whole number): echoed in the answer, so a host can tell its answer from earlier ones. */
  | { type: 'get-state'; ref?: number };

export function makeMessage(id: string | null, payload: OutboundPayload): OutboundMessage {
  return { source: 'qantar-map', version: protocolVersion, id, ...payload };
}

/** Datawrapper's auto-height message, so hosts that already run its listener resize us too. */
export function datawrapperHeightMessage(id: string | null, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [id ?? 'qantar-map']: height } };
}

/** AMP's amp-iframe resize request. */
export function ampEmbedSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export type ParseResult = { ok: true; message: InboundMessage } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The longest `set-types` list accepted: one entry per type (a repeat is harmless, a million are not). */
const maxTypesLength = eventTypes.length;

/**
 * The event types of a plain, dense array of known slugs of at most `maxTypesLength` entries, in
 * the canonical order; null for anything else: holes (`new Array(3)` is not "no types"), a huge
 * length, an Array subclass or a Proxy. Reads nothing before the length is known to be small.
 */
function toEventTypes(value: unknown): EventType[] | null {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return null;
  const list: unknown[] = value;
  const length = list.length;
  if (length > maxTypesLength || Object.keys(list).length !== length) return null;
  const items: unknown[] = [];
  for (let i = 0; i < length; i += 1) items.push(list[i]);
  if (!items.every((type) => (eventTypes as readonly unknown[]).includes(type))) return null;
  return eventTypes.filter((type) => items.includes(type));
}

/**
 * Validates a host message. Anything that is not ours (no `target: "qantar-map"`) or is malformed
 * is refused with a reason, never thrown: a host page may post anything to its frames, and an
 * object whose reads throw (a Proxy, a getter) is refused like any other malformed one.
 */
export function parseInboundMessage(data: unknown): ParseResult {
  try {
    return parseRecord(data);
  } catch {
    return { ok: false, reason: 'unreadable message' };
  }
}

function parseRecord(data: unknown): ParseResult {
  if (!isRecord(data) || data.target !== 'qantar-map') return { ok: false, reason: 'not addressed to qantar-map' };
  if (data.version !== protocolVersion) return { ok: false, reason: `unsupported version ${String(data.version)}` };
  switch (data.type) {
    case 'set-time':
      return typeof data.t === 'string' && data.t.length <= 20
        ? { ok: true, message: { type: 'set-time', t: data.t } }
        : { ok: false, reason: 'set-time needs t as YYYY-MM-DD or YYYY-MM-DDTHH:mm' };
    case 'play':
    case 'pause':
      return { ok: true, message: { type: data.type } };
    case 'get-state':
      if (data.ref === undefined) return { ok: true, message: { type: 'get-state' } };
      return typeof data.ref === 'number' && Number.isSafeInteger(data.ref) && data.ref >= 0
        ? { ok: true, message: { type: 'get-state', ref: data.ref } }
        : { ok: false, reason: 'get-state takes ref as a whole number' };
    case 'set-mode':
      return (modes as readonly unknown[]).includes(data.mode)
        ? { ok: true, message: { type: 'set-mode', mode: data.mode as Mode } }
        : { ok: false, reason: `set-mode needs mode ${modes.join(' or ')}` };
    case 'set-types': {
      if (data.types === null) return { ok: true, message: { type: 'set-types', types: null } };
      const types = toEventTypes(data.types);
      return types
        ? { ok: true, message: { type: 'set-types', types } }
        : { ok: false, reason: `set-types needs null or a plain list of at most ${maxTypesLength} event type slugs` };
    }
    case 'select-event':
      return data.event === null || (typeof data.event === 'string' && /^[A-Za-z0-9_-]{1,32}$/.test(data.event))
        ? { ok: true, message: { type: 'select-event', event: data.event } }
        : { ok: false, reason: 'select-event needs an event id or null' };
    default:
      return { ok: false, reason: `unknown type ${JSON.stringify(String(data.type)).slice(0, 40)}` };
  }
}

/**
 * CONTRACT.md's source and origin rules: only the parent window may drive the map, and when the
 * embed names an origin, only a message from that origin. A refused `origin` accepts nothing.
 */
export function isTrustedSender(source: unknown, parent: unknown, origin: string, host: HostOrigin): boolean {
  if (host.kind === 'refused' || source === null || source !== parent) return false;
  return host.kind === 'any' || origin === host.origin;
}

/**
 * Where to post: the named origin, else any parent ("*"; the messages carry only public map state);
 * null, post nothing, when the `origin` given was refused (a mistyped restriction fails closed).
 */
export function targetOriginFor(host: HostOrigin): string | null {
  if (host.kind === 'refused') return null;
  return host.kind === 'only' ? host.origin : '*';
}

import { eventTypes, type EventType } from '../data/eventTypes';
import { modes, type Mode } from '../timeline/trackStatusAt';

/** Embed protocol version 1 (CONTRACT.md): messages between the map in an iframe and its host page. */
export const protocolVersion = 1;

export interface RegionState {
  status: 'calm' | 'protest' | 'violence';
  emergency: boolean;
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
  | ({ type: 'state' } & MapState)
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
  | { type: 'get-state' };

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

/**
 * Validates a host message. Anything that is not ours (no `target: "qantar-map"`) or is malformed
 * is refused with a reason, never thrown: a host page may post anything to its frames.
 */
export function parseInboundMessage(data: unknown): ParseResult {
  if (!isRecord(data) || data.target !== 'qantar-map') return { ok: false, reason: 'not addressed to qantar-map' };
  if (data.version !== protocolVersion) return { ok: false, reason: `unsupported version ${String(data.version)}` };
  switch (data.type) {
    case 'set-time':
      return typeof data.t === 'string' && data.t.length <= 20
        ? { ok: true, message: { type: 'set-time', t: data.t } }
        : { ok: false, reason: 'set-time needs t as YYYY-MM-DD or YYYY-MM-DDTHH:mm' };
    case 'play':
    case 'pause':
    case 'get-state':
      return { ok: true, message: { type: data.type } };
    case 'set-mode':
      return (modes as readonly unknown[]).includes(data.mode)
        ? { ok: true, message: { type: 'set-mode', mode: data.mode as Mode } }
        : { ok: false, reason: `set-mode needs mode ${modes.join(' or ')}` };
    case 'set-types': {
      if (data.types === null) return { ok: true, message: { type: 'set-types', types: null } };
      if (!Array.isArray(data.types) || !data.types.every((type) => (eventTypes as readonly unknown[]).includes(type))) {
        return { ok: false, reason: 'set-types needs null or a list of event type slugs' };
      }
      const types = eventTypes.filter((type) => (data.types as unknown[]).includes(type));
      return { ok: true, message: { type: 'set-types', types } };
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
 * embed names an origin, only a message from that origin.
 */
export function isTrustedSender(source: unknown, parent: unknown, origin: string, allowedOrigin: string | null): boolean {
  if (source === null || source !== parent) return false;
  return allowedOrigin === null || origin === allowedOrigin;
}

/** Where to post: the named origin, else any parent ("*"); the messages carry only public map state. */
export function targetOriginFor(allowedOrigin: string | null): string {
  return allowedOrigin ?? '*';
}

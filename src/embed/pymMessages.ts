/**
 * The child half of pym.js's protocol (pym.js 1.x, NPR), so a page that already runs `pym.Parent`
 * sizes our iframe with no script of ours. Pym's messages are strings, its parts joined by "xPYMx":
 * `pym`, the child's id, a type and a value, e.g. "pymxPYMxmapxPYMxheightxPYMx612". The parent adds
 * `initialWidth`, `childId` (its container element's id), `parentTitle` and `parentUrl` to our URL,
 * sends `width` when its window resizes and sets the iframe's height from each `height` we send.
 * We read only `childId` (src/view/parseLink.ts keeps it only when it is `[A-Za-z0-9_-]{1,64}`:
 * pym's parent builds a RegExp from it unescaped) and answer only `width`; every other pym message
 * is ignored.
 */

const delimiter = 'xPYMx';

/** The longest inbound pym message read (characters): "pymxPYMx" + a 64-character id + a width. */
const maxMessageLength = 160;

/** Widths outside this range (px) are not a frame's width: the message is refused. */
const maxWidth = 100_000;

/** Whether a message is meant for pym's protocol at all (then the pym parser decides, not ours). */
export function isPymMessage(data: unknown): data is string {
  return typeof data === 'string' && data.startsWith(`pym${delimiter}`);
}

/** The height message pym's parent applies to the iframe (`height` in whole CSS px). */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.max(0, Math.ceil(height)))].join(delimiter);
}

export type PymParseResult = { ok: true; message: { type: 'width'; width: number } } | { ok: false; reason: string };

/**
 * Reads a message from pym's parent to the child `childId`. Only `width` (a whole number of px) is
 * understood; another id, another type, a malformed value or an overlong string is refused with a
 * reason, never thrown.
 * @example parsePymMessage('pymxPYMxmapxPYMxwidthxPYMx640', 'map') // { ok: true, message: { type: 'width', width: 640 } }
 */
export function parsePymMessage(data: unknown, childId: string): PymParseResult {
  if (!isPymMessage(data)) return { ok: false, reason: 'not a pym message' };
  if (data.length > maxMessageLength) return { ok: false, reason: 'pym message too long' };
  const parts = data.split(delimiter);
  if (parts.length !== 4) return { ok: false, reason: 'pym message needs pym, id, type and value' };
  const [, id, type, value] = parts as [string, string, string, string];
  if (id !== childId) return { ok: false, reason: 'pym message for another child' };
  if (type !== 'width') return { ok: false, reason: `pym type ${JSON.stringify(type.slice(0, 20))} not used` };
  if (!/^\d{1,6}$/.test(value)) return { ok: false, reason: 'pym width needs a whole number of px' };
  const width = Number(value);
  return width > 0 && width <= maxWidth
    ? { ok: true, message: { type: 'width', width } }
    : { ok: false, reason: `pym width outside 1–${maxWidth} px` };
}

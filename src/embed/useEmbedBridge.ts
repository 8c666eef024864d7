import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLatest } from '../react/useLatest';
import type { RegionId } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import type { HostOrigin, LinkView } from '../view/parseLink';
import { createAnswerThrottle, type AnswerThrottle } from './answerThrottle';
import { toMapState } from './mapState';
import { isPymMessage, parsePymMessage, pymHeightMessage } from './pymMessages';
import {
  ampEmbedSizeMessage,
  datawrapperHeightMessage,
  isTrustedSender,
  makeMessage,
  parseInboundMessage,
  targetOriginFor,
  type InboundMessage,
  type OutboundPayload,
} from './protocol';

/** How long the instant must stay put before a `state` message goes out (ms): not one per step. */
const stateSettleMs = 250;
/** Shortest time between two answers to `get-state` (ms, about one frame): a flood gets one per gap. */
const stateAnswerGapMs = 16;

export interface EmbedBridgeOptions {
  enabled: boolean;
  id: string | null;
  /** The `origin` parameter: whom to accept and post to; `refused` accepts and posts nothing. Read once. */
  hostOrigin: HostOrigin;
  view: LinkView;
  regions: ReadonlyMap<RegionId, RegionStatus>;
  /** pym.js's `childId` when a `pym.Parent` made our frame: heights also go out in pym's format. Read once. */
  pymChildId: string | null;
  /** Applies a valid host command; returns false when its value cannot be used (counted as ignored). */
  onCommand: (message: InboundMessage) => boolean;
}

/**
 * The side effects of the embed protocol: `ready`, heights from a ResizeObserver (in our format,
 * Datawrapper's, AMP's and, under a pym.js parent, pym's, also in answer to its `width`), `state`
 * when the instant settles or is asked for, `select` when the reader picks an event; host commands
 * from the parent only. One cleanup removes everything.
 *
 * A `get-state` is answered once React has committed every command received before it (so
 * `setTime` then `getState` sees the new `t`), and a flood of them gets one `state` per gap.
 */
export function useEmbedBridge({ enabled, id, hostOrigin, pymChildId, view, regions, onCommand }: EmbedBridgeOptions): void {
  const latest = useLatest({ view, regions, onCommand });
  const inFrame = enabled && typeof window !== 'undefined' && window.parent !== window;
  const target = inFrame ? targetOriginFor(hostOrigin) : null;
  // Host commands handed to React, and the count React has committed (state, so it commits with them).
  const dispatched = useRef(0);
  const committed = useRef(0);
  const [appliedCommands, setAppliedCommands] = useState(0);
  const answers = useRef<AnswerThrottle | null>(null);

  useEffect(
    function connectToHost() {
      if (!inFrame) return undefined;
      let ignored = 0;
      const countIgnored = () => {
        ignored += 1;
        document.documentElement.dataset.ignoredMessages = String(ignored);
      };
      if (target === null) {
        // The `origin` given was refused: hear messages only to count them, post nothing at all.
        window.addEventListener('message', countIgnored);
        return function stopCountingRefused() {
          window.removeEventListener('message', countIgnored);
        };
      }
      const to = target;
      const post = (payload: OutboundPayload) => window.parent.postMessage(makeMessage(id, payload), to);
      // The latest request's `ref`: requests arrive in order, so an answer covers every earlier one.
      let ref: number | undefined;
      const throttle = createAnswerThrottle({
        answer: () => post({ type: 'state', ...toMapState(latest.current.view, latest.current.regions), ...(ref === undefined ? {} : { ref }) }),
        ready: () => committed.current >= dispatched.current,
        gapMs: stateAnswerGapMs,
      });
      answers.current = throttle;

      let lastHeight = 0;
      let heightRepeated = false;
      function postHeight(height: number) {
        post({ type: 'resize', height });
        window.parent.postMessage(datawrapperHeightMessage(id, height), to);
        window.parent.postMessage(ampEmbedSizeMessage(height), to);
        if (pymChildId !== null) window.parent.postMessage(pymHeightMessage(pymChildId, height), to);
      }
      const measureHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
      /** pym's parent sends `width` when its window resizes and expects a height back (as pym.Child does). */
      function answerPym(data: string) {
        if (pymChildId === null || !parsePymMessage(data, pymChildId).ok) return countIgnored();
        window.parent.postMessage(pymHeightMessage(pymChildId, lastHeight > 0 ? lastHeight : measureHeight()), to);
      }
      function onMessage(event: MessageEvent) {
        if (!isTrustedSender(event.source, window.parent, event.origin, hostOrigin)) return countIgnored();
        if (isPymMessage(event.data)) return answerPym(event.data);
        const parsed = parseInboundMessage(event.data);
        if (!parsed.ok) return countIgnored();
        if (parsed.message.type === 'get-state') {
          // Once: a host script loaded after our last resize learns the height (no layout: the observer's figure).
          if (!heightRepeated && lastHeight > 0) postHeight(lastHeight);
          heightRepeated = true;
          ref = parsed.message.ref ?? ref;
          throttle.request();
        } else if (latest.current.onCommand(parsed.message)) {
          dispatched.current += 1;
          setAppliedCommands(dispatched.current);
        } else {
          countIgnored();
        }
      }
      const observer = new ResizeObserver(function reportHeight() {
        const height = measureHeight();
        if (height === lastHeight) return;
        lastHeight = height;
        postHeight(height);
      });
      observer.observe(document.documentElement);
      window.addEventListener('message', onMessage);
      post({ type: 'ready' });
      return function disconnectFromHost() {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
        throttle.dispose();
        answers.current = null;
      };
    },
    [inFrame, target, id, hostOrigin, pymChildId, latest],
  );

  // After useLatest's layout effect (declared first), so an answer sent from here reads this commit.
  useLayoutEffect(
    function answerOnceCommandsCommitted() {
      committed.current = appliedCommands;
      answers.current?.poke();
    },
    [appliedCommands],
  );

  const { t, mode, types, event } = view;
  useEffect(
    function postStateWhenSettled() {
      if (target === null) return undefined;
      const timer = setTimeout(() => {
        // A command is on its way to the screen: say the state once it is there, not the one before.
        if (committed.current < dispatched.current) return answers.current?.request();
        const state = toMapState(latest.current.view, latest.current.regions);
        window.parent.postMessage(makeMessage(id, { type: 'state', ...state }), target);
      }, stateSettleMs);
      return function cancelStatePost() {
        clearTimeout(timer);
      };
    },
    [target, id, t, mode, types, event, latest],
  );

  useEffect(
    function postSelection() {
      if (target === null || event === null) return;
      window.parent.postMessage(makeMessage(id, { type: 'select', event }), target);
    },
    [target, id, event],
  );
}

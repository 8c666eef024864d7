import { useEffect } from 'react';
import { useLatest } from '../react/useLatest';
import type { RegionId } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import type { LinkView } from '../view/parseLink';
import { toMapState } from './mapState';
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

export interface EmbedBridgeOptions {
  enabled: boolean;
  id: string | null;
  /** The host page's origin (the `origin` parameter): the only sender accepted, the only target posted to. */
  hostOrigin: string | null;
  view: LinkView;
  regions: ReadonlyMap<RegionId, RegionStatus>;
  /** Applies a valid host command; returns false when its value cannot be used (counted as ignored). */
  onCommand: (message: InboundMessage) => boolean;
}

/**
 * The side effects of the embed protocol: `ready`, heights from a ResizeObserver (in our format,
 * Datawrapper's and AMP's), `state` when the instant settles or is asked for, `select` when the
 * reader picks an event; host commands from the parent only. One cleanup removes everything.
 */
export function useEmbedBridge({ enabled, id, hostOrigin, view, regions, onCommand }: EmbedBridgeOptions): void {
  const latest = useLatest({ view, regions, onCommand });
  const active = enabled && typeof window !== 'undefined' && window.parent !== window;

  useEffect(
    function connectToHost() {
      if (!active) return undefined;
      const target = targetOriginFor(hostOrigin);
      const post = (payload: OutboundPayload) => window.parent.postMessage(makeMessage(id, payload), target);
      let ignored = 0;
      const countIgnored = () => {
        ignored += 1;
        document.documentElement.dataset.ignoredMessages = String(ignored);
      };

      function onMessage(event: MessageEvent) {
        if (!isTrustedSender(event.source, window.parent, event.origin, hostOrigin)) return countIgnored();
        const parsed = parseInboundMessage(event.data);
        if (!parsed.ok) return countIgnored();
        if (parsed.message.type === 'get-state') {
          // A host script loaded after our first resize learns the height here too.
          reportHeight(true);
          post({ type: 'state', ...toMapState(latest.current.view, latest.current.regions) });
        } else if (!latest.current.onCommand(parsed.message)) {
          countIgnored();
        }
      }

      let lastHeight = 0;
      function reportHeight(force = false) {
        const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height === lastHeight && !force) return;
        lastHeight = height;
        post({ type: 'resize', height });
        window.parent.postMessage(datawrapperHeightMessage(id, height), target);
        window.parent.postMessage(ampEmbedSizeMessage(height), target);
      }
      const observer = new ResizeObserver(() => reportHeight());
      observer.observe(document.documentElement);
      window.addEventListener('message', onMessage);
      post({ type: 'ready' });
      return function disconnectFromHost() {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
      };
    },
    [active, id, hostOrigin, latest],
  );

  const { t, mode, types, event } = view;
  useEffect(
    function postStateWhenSettled() {
      if (!active) return undefined;
      const timer = setTimeout(() => {
        const state = toMapState(latest.current.view, latest.current.regions);
        window.parent.postMessage(makeMessage(id, { type: 'state', ...state }), targetOriginFor(hostOrigin));
      }, stateSettleMs);
      return function cancelStatePost() {
        clearTimeout(timer);
      };
    },
    [active, id, hostOrigin, t, mode, types, event, latest],
  );

  useEffect(
    function postSelection() {
      if (!active || event === null) return;
      window.parent.postMessage(makeMessage(id, { type: 'select', event }), targetOriginFor(hostOrigin));
    },
    [active, id, hostOrigin, event],
  );
}

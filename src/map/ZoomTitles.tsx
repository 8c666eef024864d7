import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';

/** Leaflet's zoom buttons are titled in English; they follow the reader's language instead. */
export function ZoomTitles({ messages }: { messages: Messages }) {
  const map = useMap();
  useEffect(
    function titleZoomButtons() {
      const container = map.getContainer();
      for (const [selector, title] of [
        ['.leaflet-control-zoom-in', messages.map.zoomIn],
        ['.leaflet-control-zoom-out', messages.map.zoomOut],
      ] as const) {
        const button = container.querySelector(selector);
        button?.setAttribute('title', title);
        button?.setAttribute('aria-label', title);
      }
    },
    [map, messages],
  );
  return null;
}

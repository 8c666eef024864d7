import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet focuses its container on mousedown for keyboard panning; inside an iframe a plain
 * focus() can scroll the host page (Leaflet#1605, #5392). Focus with preventScroll instead.
 */
export function FocusWithoutScroll() {
  const map = useMap();
  useEffect(
    function focusMapWithoutScrolling() {
      const container = map.getContainer();
      container.focus = (options?: FocusOptions) => HTMLElement.prototype.focus.call(container, { ...options, preventScroll: true });
      return function restoreFocus() {
        delete (container as { focus?: unknown }).focus;
      };
    },
    [map],
  );
  return null;
}

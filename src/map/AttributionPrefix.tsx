import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Sets the attribution control's prefix (the Leaflet credit) and its language once the map exists. */
export function AttributionPrefix({ prefix }: { prefix: string }) {
  const map = useMap();
  useEffect(
    function setAttributionPrefix() {
      const control = map.attributionControl;
      if (!control) return undefined; // the map was made without an attribution control
      const previous = typeof control.options.prefix === 'string' ? control.options.prefix : false;
      control.setPrefix(prefix);
      // The credits stay English in every interface language (WCAG 3.1.2, language of parts).
      control.getContainer()?.setAttribute('lang', 'en');
      return function restoreAttributionPrefix() {
        control.setPrefix(previous);
      };
    },
    [map, prefix],
  );
  return null;
}

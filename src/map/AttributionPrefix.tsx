import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Sets the attribution control's prefix (the Leaflet credit) once the map exists. */
export function AttributionPrefix({ prefix }: { prefix: string }) {
  const map = useMap();
  useEffect(
    function setAttributionPrefix() {
      const control = map.attributionControl;
      if (!control) return undefined; // the map was made without an attribution control
      const previous = typeof control.options.prefix === 'string' ? control.options.prefix : false;
      control.setPrefix(prefix);
      return function restoreAttributionPrefix() {
        control.setPrefix(previous);
      };
    },
    [map, prefix],
  );
  return null;
}

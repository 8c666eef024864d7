import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Sets the attribution control's prefix (the Leaflet credit) once the map exists, and marks the
 * credits as English (`lang="en"`, WCAG 3.1.2): they name sources and licences as published, so
 * they stay untranslated in ru and kk, and a screen reader should read them in English.
 */
export function AttributionPrefix({ prefix }: { prefix: string }) {
  const map = useMap();
  useEffect(
    function setAttributionPrefix() {
      const control = map.attributionControl;
      if (!control) return undefined; // the map was made without an attribution control
      const previous = typeof control.options.prefix === 'string' ? control.options.prefix : false;
      control.setPrefix(prefix);
      const container = control.getContainer();
      container?.setAttribute('lang', 'en');
      return function restoreAttributionPrefix() {
        control.setPrefix(previous);
        container?.removeAttribute('lang');
      };
    },
    [map, prefix],
  );
  return null;
}

import { DomEvent, latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';
import type { LatLngBoundsTuple } from '../spatial/datasetBounds';
import { mapDefaults } from './mapDefaults';
import { countryFitPadding } from './mapFrame';

interface FitCountryProps {
  bounds: LatLngBoundsTuple;
  reducedMotion: boolean;
  messages: Messages;
}

/** The fit options for this map now: its edge padding plus the attribution's height at the bottom. */
function fitOptions(map: LeafletMap) {
  const attribution = map.attributionControl?.getContainer()?.offsetHeight ?? 0;
  return countryFitPadding(mapDefaults.fitPadding[0], attribution);
}

/** Whether the reader sees the national frame: the whole country in view, at the zoom that fits it. */
function showsCountry(map: LeafletMap, bounds: LatLngBoundsTuple): boolean {
  const country = latLngBounds(bounds);
  const options = fitOptions(map);
  const padding = point(options.paddingTopLeft).add(options.paddingBottomRight);
  const fitZoom = map.getBoundsZoom(country, false, padding);
  return Math.abs(map.getZoom() - fitZoom) < 0.01 && map.getBounds().pad(0.001).contains(country);
}

/**
 * Keeps Kazakhstan in its frame: fits it with padding when the map mounts, again whenever the frame
 * changes size (a rotated phone, a resized window) unless the reader has zoomed or panned away, and
 * for printing (the page's width differs from the screen's). After a pan, pinch or zoom a "reset
 * view" button brings the national frame back.
 */
export function FitCountry({ bounds, reducedMotion, messages }: FitCountryProps) {
  const map = useMap();
  const [away, setAway] = useState(false);
  const awayRef = useRef(false);

  const fit = useCallback((animate: boolean) => map.fitBounds(bounds, { ...fitOptions(map), animate }), [map, bounds]);

  useEffect(
    function followTheFrame() {
      // A resize fires moveend at the old zoom, which would read as "moved away": the reader's
      // choice is judged before the frame changes, and views set here are noted once they settle.
      let adjusting = false;
      const noteView = () => {
        if (adjusting) return;
        awayRef.current = !showsCountry(map, bounds);
        setAway(awayRef.current);
      };
      const adjust = (change: () => void) => {
        adjusting = true;
        try {
          change();
        } finally {
          adjusting = false;
        }
        noteView();
      };
      const refit = () =>
        adjust(() => {
          const wasAway = awayRef.current;
          map.invalidateSize({ animate: false });
          if (!wasAway) fit(false);
        });
      adjust(() => fit(false));
      map.on('moveend zoomend', noteView);
      const frame = new ResizeObserver(refit);
      frame.observe(map.getContainer());

      // Printing lays the frame out at the paper's width: refit before, and restore after.
      // Both beforeprint and the print media query announce it (only the latter under emulation).
      let printing = false;
      let saved: { center: ReturnType<LeafletMap['getCenter']>; zoom: number } | null = null;
      const beforePrint = () => {
        if (printing) return;
        printing = true;
        adjust(() => {
          saved = awayRef.current ? { center: map.getCenter(), zoom: map.getZoom() } : null;
          map.invalidateSize({ animate: false });
          fit(false);
        });
      };
      const afterPrint = () => {
        if (!printing) return;
        printing = false;
        adjust(() => {
          map.invalidateSize({ animate: false });
          if (saved) map.setView(saved.center, saved.zoom, { animate: false });
          else fit(false);
          saved = null;
        });
      };
      const print = window.matchMedia('print');
      const onPrintChange = (event: MediaQueryListEvent) => (event.matches ? beforePrint() : afterPrint());
      window.addEventListener('beforeprint', beforePrint);
      window.addEventListener('afterprint', afterPrint);
      print.addEventListener('change', onPrintChange);
      return function stopFollowingTheFrame() {
        map.off('moveend zoomend', noteView);
        frame.disconnect();
        window.removeEventListener('beforeprint', beforePrint);
        window.removeEventListener('afterprint', afterPrint);
        print.removeEventListener('change', onPrintChange);
      };
    },
    [map, bounds, fit],
  );

  // Clicks and drags on the button stay off the map (no region click, no pan under the finger).
  const keepOffMap = useCallback((element: HTMLButtonElement | null) => {
    if (element) DomEvent.disableClickPropagation(element);
  }, []);

  if (!away) return null;
  return (
    <button type="button" ref={keepOffMap} className="qm-map-reset" onClick={() => fit(!reducedMotion)} data-testid="reset-view">
      {messages.header.resetView}
    </button>
  );
}

import './leafletInJsdom';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MapContainer } from 'react-leaflet';

function inMap(children: ReactNode) {
  return (
    <MapContainer center={[0.5, 8.5]} zoom={5} style={{ width: 800, height: 400 }}>
      {children}
    </MapContainer>
  );
}

/**
 * A bare map around the layers under test, with a fixed view (jsdom has no layout to fit bounds
 * in). `rerender` gives the same map new children, as a parent re-rendering on a new instant does.
 */
export function renderMap(children: ReactNode) {
  const view = render(inMap(children));
  return { ...view, rerender: (next: ReactNode) => act(() => view.rerender(inMap(next))) };
}

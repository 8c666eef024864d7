import type L from 'leaflet';

/**
 * Makes a Leaflet vector layer's element a keyboard control: focusable, a button to assistive
 * technology, its tooltip shown on focus, Enter or Space selects. Called on the layer's `add`.
 */
export function makeFocusable(layer: L.Path, attributes: Record<string, string>, openTooltip: () => void, select: () => void): void {
  const element = layer.getElement();
  if (!element || element.hasAttribute('tabindex')) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.addEventListener('focus', openTooltip);
  element.addEventListener('blur', () => layer.closeTooltip());
  element.addEventListener('keydown', (event) => {
    const { key } = event as KeyboardEvent;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      select();
    }
  });
}

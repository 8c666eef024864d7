/**
 * Leaflet decides at import whether the browser can draw SVG (`createSVGRect`), which jsdom lacks;
 * without it no vector layer gets a renderer. Imported before Leaflet by every component test.
 */
const svg = globalThis.SVGSVGElement?.prototype as { createSVGRect?: () => unknown } | undefined;
if (svg && !svg.createSVGRect) svg.createSVGRect = () => new DOMRect();

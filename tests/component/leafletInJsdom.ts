/**
 * Leaflet decides at import whether the browser can draw SVG (`createSVGRect`), which jsdom lacks;
 * without it no vector layer gets a renderer. Imported before Leaflet by every component test.
 */
const svg = globalThis.SVGSVGElement?.prototype as (SVGSVGElement & { createSVGRect?: () => unknown }) | undefined;
if (svg && !svg.createSVGRect) svg.createSVGRect = () => ({ x: 0, y: 0, width: 0, height: 0 });

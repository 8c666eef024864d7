/**
 * The one source of the map's colours, stroke widths and emergency hatching. Leaflet path styles
 * (*Style.ts), the SVG pattern and legend (ui/PatternDefs.tsx, ui/Legend.tsx), the PNG export
 * (export/drawMapImage.ts, export/drawHatchTile.ts) and the CSS custom properties
 * (cssCustomProperties.ts, applied in main.tsx) all read it; tests/unit/map/styleTokens.test.ts
 * fails when one of these colours is written out anywhere else in src/.
 */

const colour = {
  /** Text, the outline of a highlighted region, the emergency outline and hatching. */
  ink: '#1f1d1a',
  /** Secondary text: notes, the export's credit line. */
  muted: '#5c574f',
  /** Page and picture background; halos around markers so they read over any fill. */
  paper: '#ffffff',
  /** Links, focus rings and the halo of the selected place: one colour says "you can act here". */
  interactive: '#0b5cad',
  /** The map container is the sea (no tiles), so water polygons repeat it exactly. */
  sea: '#c9dde8',
  waterEdge: '#9dbccd',
  /** Base land kept quiet, so the choropleth on top carries the story. */
  neighbourLand: '#ebe8e1',
  contextLand: '#f1efea',
  landBorder: '#bab5ac',
  countryOutline: '#4a4640',
  /** Inner borders between the 17 units, and the legend swatches' outline. */
  regionBorder: '#7d776d',
  /** City markers: near-black, under the place circles. */
  city: '#2b2926',
  /** The spread trail's arcs: violet, apart from the fill ramp. */
  trail: '#4b2673',
} as const;

export const styleTokens = {
  colour,
  /**
   * Region fill by level: a light-to-dark ramp (cream, amber, deep red), so the three levels
   * differ in lightness, not only in hue, and stay apart for red-green colour-blind readers and in
   * greyscale.
   */
  level: { calm: '#f4f1ea', protest: '#f0a64a', violence: '#a1262d' },
  /**
   * Place marker fill by level: darker shades of the region ramp, so a marker stands out from a
   * region of the same level underneath while keeping the order (light grey, burnt orange,
   * near-black red).
   */
  marker: { calm: '#9a948a', protest: '#b85c00', violence: '#4d0a10' },
  /** Stroke widths (px). */
  width: {
    /** Thin, so the country outline above them reads as the frame. */
    regionBorder: 0.8,
    /** Region under the pointer, keyboard focus or selection. */
    regionHighlight: 3,
    landBorder: 0.75,
    waterEdge: 0.5,
    countryOutline: 1.5,
    /** The dashed outline of a region under a state of emergency. */
    emergencyOutline: 1.6,
    placeHalo: 2,
    placeHaloSelected: 3.5,
    cityHalo: 1,
    trail: 1.8,
  },
  /** Fill opacities (0–1). */
  opacity: {
    /** Place circles: a region's level shows through a little. */
    place: 0.85,
  },
  /** Dash pattern of the emergency outline (px on, px off). */
  emergencyDash: [4, 3],
  /**
   * Diagonal hatching where a state of emergency is in force (hatchStyle.ts turns it into a tile
   * for SVG and canvas alike).
   */
  hatch: {
    /** Side of the square tile, before rotation (px): the spacing between lines. */
    tile: 7,
    /** Rotation of the tile (degrees, clockwise on screen, as SVG's rotate()). */
    angle: 45,
    stroke: colour.ink,
    /** Line width (px); the line sits on the tile's edge, so half of it shows (see hatchStyle.ts). */
    width: 1.6,
    /** Line opacity (0–1). */
    opacity: 0.6,
  },
} as const;

export type StyleTokens = typeof styleTokens;

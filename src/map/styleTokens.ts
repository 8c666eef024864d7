/**
 * The one source of the map's colours, stroke widths and emergency hatching. Leaflet path styles
 * (*Style.ts), the SVG pattern and legend (ui/PatternDefs.tsx, ui/Legend.tsx), the PNG export
 * (render/drawFrame.ts, render/drawHatchTile.ts) and the CSS custom properties
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
  /**
   * Reference dots of cities: a small light dot with a grey rim, so the reference layer has less
   * ink than the data (the event circles) and still reads on every fill.
   */
  city: '#ffffff',
  cityRim: '#6f695f',
  /** Outline of the spread view's day dots: violet, apart from the fill ramp. */
  trail: '#4b2673',
} as const;

export const styleTokens = {
  colour,
  /**
   * Region fill by level: a light-to-dark ramp (warm cream, burnt orange, dark maroon), so the
   * three levels differ in lightness, not only in hue, and stay apart for red-green colour-blind
   * readers and in greyscale. Adjacent levels are at least 3:1 from each other (WCAG 1.4.11;
   * tests/unit/map/contrast.test.ts): calm/protest 3.1:1, protest/violence 3.9:1.
   */
  level: { calm: '#f5efe6', protest: '#d9661a', violence: '#5c0c13' },
  /**
   * Place marker fill by level: shades of the region ramp in the same order (grey, dark orange,
   * near-black red); the paper halo (width.placeHalo) parts a marker from a fill of its own level.
   */
  marker: { calm: '#8f887d', protest: '#9c3f0a', violence: '#3d070c' },
  /**
   * The spread view: a place's dot coloured by the day protests reached it, a sequential violet
   * ramp (earliest darkest), apart from the orange-red fills. Days past the last step take it.
   */
  spreadDay: ['#3b0f70', '#6a3d9a', '#9467bd', '#c3a6dd', '#ece2f5'],
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
    /** The selected place: a paper halo this wide inside an ink ring as wide (a double ring, 3:1 over any fill). */
    placeHaloSelected: 2.5,
    placeRingSelected: 2.5,
    cityHalo: 1,
    /** Rim of a spread-view day dot (px). */
    trail: 1.5,
    /** Outline of a city-region's symbol (px). */
    cityRegion: 1.5,
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
    tile: 8,
    /** Rotation of the tile (degrees, clockwise on screen, as SVG's rotate()). */
    angle: 45,
    stroke: colour.ink,
    /**
     * Over the darkest fill (violence) ink would vanish, so the lines there are paper-white: the
     * hatch keeps at least 3:1 against every fill it can sit on (emergencyStyle picks by level).
     */
    strokeOnDark: colour.paper,
    /** Line width (px); the line sits on the tile's edge, so half of it shows (see hatchStyle.ts). */
    width: 2,
    /** Line opacity (0–1): opaque, so its contrast is the colour's own. */
    opacity: 1,
  },
} as const;

export type StyleTokens = typeof styleTokens;

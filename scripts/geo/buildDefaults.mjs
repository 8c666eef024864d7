// Every tunable of the geography build, with its unit. Command-line flags override
// `level` and `outDir`; nothing else does.

export const buildDefaults = {
  level: 'fine', // one of the keys of `levels`
  outDir: 'geo', // relative to the repository root
  cacheDir: '.cache/geo-src', // relative to the repository root; git-ignored
  frame: [37, 33, 98, 60], // [west, south, east, north] in degrees: 37°E keeps Crimea (≤36.65°E) out
  quantization: 1e6, // topojson-server grid cells across the frame (≈6 m east-west)
  otherArcDivisor: 10, // arcs that touch no Kazakh unit are simplified this many times harder
  decimals: 4, // output coordinate decimals (≈11 m, far below NE 1:10m accuracy of ≈1 km)
  lakeMinAreaKm2: 50, // OSM water polygons smaller than this are dropped, km²
  islandMinVertices: 3, // interior vertices always kept on a Kazakh island ring (keeps islands visible)
  shymkent: {
    centre: [69.5901, 42.3417], // [lon, lat] of the city centre, degrees
    areaKm2: 1170, // official area of the city of republican significance, km²
    steps: 64, // vertices of the schematic disc
  },
};

/** Visvalingam thresholds as spherical triangle areas in steradians (1e-8 sr ≈ 0.41 km²). */
export const levels = {
  fine: 2.5e-8, // ≈ 1 km²
  medium: 1e-7, // ≈ 4 km²
  coarse: 4e-7, // ≈ 16 km²
};

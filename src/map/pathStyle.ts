/**
 * The subset of Leaflet's PathOptions our pure style modules return. Declared here so those modules
 * stay free of Leaflet imports (STYLE.md); it is structurally assignable to PathOptions.
 */
export interface PathStyle {
  color?: string;
  weight?: number;
  opacity?: number;
  fill?: boolean;
  fillColor?: string;
  fillOpacity?: number;
  dashArray?: string;
  className?: string;
}

export interface CircleStyle extends PathStyle {
  radius?: number;
}

/** SVG patterns referenced by id from map paths and the legend (the emergency hatching). */
export function PatternDefs() {
  return (
    <svg className="qm-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="qm-emergency-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="7" stroke="#1f1d1a" strokeWidth="1.6" strokeOpacity="0.6" />
        </pattern>
      </defs>
    </svg>
  );
}

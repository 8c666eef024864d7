import { hatchStyle } from '../map/hatchStyle';

/** Ink lines for light and mid fills, paper lines for the darkest (hatchStyle's `onDark`). */
const hatches = [hatchStyle(), hatchStyle(undefined, true)];

/** SVG patterns referenced by id from map paths and the legend: the emergency hatching, from the style tokens. */
export function PatternDefs() {
  return (
    <svg className="qm-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {hatches.map((hatch) => (
          <pattern key={hatch.id} id={hatch.id} patternUnits="userSpaceOnUse" width={hatch.size} height={hatch.size} patternTransform={`rotate(${hatch.angle})`}>
            <line {...hatch.line} stroke={hatch.stroke} strokeWidth={hatch.width} strokeOpacity={hatch.opacity} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

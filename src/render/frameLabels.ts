import type { CityRank } from '../data/types';
import { cityLabelDirection } from '../map/cityLabelDirection';
import { placeLabels, type Box } from '../map/placeLabels';
import type { Canvas2D } from './canvas2d';
import type { Frame, Project } from './fitMercator';
import type { FrameInput } from './frameInput';

/** As the map ranks its labels: the capital first, then the republican cities, the regional centres. */
const rankPriority: Record<CityRank, number> = { capital: 3000, 'republican-city': 2000, 'regional-centre': 1000, town: 0 };

export interface FrameLabel {
  name: string;
  /** Left end of the text and its vertical middle (frame px, textBaseline 'middle'). */
  x: number;
  y: number;
}

/**
 * The city names a picture shows, placed as the map places them (placeLabels' greedy placement:
 * by rank and events so far, on the hand-picked side first, never over another label or a data
 * circle, never cut by the frame's edge); a name with no free side is left out.
 * `circles` are the drawn place circles ([x, y, radius] in frame px).
 */
export function frameLabels(ctx: Canvas2D, input: FrameInput, frame: Frame, project: Project, circles: readonly [number, number, number][], px: number): FrameLabel[] {
  const radiusAt = new Map(circles.map(([x, y, r]) => [`${Math.round(x)},${Math.round(y)}`, r]));
  const countAt = new Map(input.places.map((place) => [String(place.coordinates), place.count]));
  const obstacles: Box[] = circles.map(([x, y, r]) => ({ x0: x - r - frame.x, y0: y - r - frame.y, x1: x + r - frame.x, y1: y + r - frame.y }));
  const candidates = input.cities.features
    .filter((city) => city.properties.label)
    .map((city) => {
      const [x, y] = project(city.geometry.coordinates);
      const name = input.cityName(String(city.id));
      const own = radiusAt.get(`${Math.round(x)},${Math.round(y)}`) ?? px * 0.2;
      return {
        id: String(city.id),
        name,
        x: x - frame.x,
        y: y - frame.y,
        // The halo (a stroke of px / 5) widens the text a little on each side.
        width: ctx.measureText(name).width + px * 0.3,
        height: px * 1.15,
        gap: own + px * 0.25,
        priority: rankPriority[city.properties.rank] + (countAt.get(String(city.geometry.coordinates)) ?? 0),
        prefer: [cityLabelDirection(String(city.id))],
      };
    });
  // A label's own circle is its gap, not an obstacle.
  const placed = placeLabels(candidates, { width: frame.width, height: frame.height, obstacles: obstacles.filter((box) => !candidates.some((c) => inBox(c.x, c.y, box))) });
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  return placed.map(({ id, box }) => ({ name: byId.get(id)?.name ?? id, x: frame.x + box.x0 + px * 0.15, y: frame.y + (box.y0 + box.y1) / 2 }));
}

function inBox(x: number, y: number, box: Box): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

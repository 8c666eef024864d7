import type { Locator } from '@playwright/test';

/**
 * A viewport point where `element` itself is the topmost element, found by scanning its bounding
 * box: the centre of a concave region may lie in a neighbour or under a city label.
 */
export async function pointInside(element: Locator): Promise<{ x: number; y: number }> {
  const point = await element.evaluate((target) => {
    const box = target.getBoundingClientRect();
    const steps = 24;
    for (let i = 1; i < steps; i += 1) {
      for (let j = 1; j < steps; j += 1) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        if (document.elementFromPoint(x, y) === target) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no visible point inside the element');
  return point;
}

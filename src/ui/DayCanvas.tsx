import { memo, useEffect, useRef } from 'react';
import { whenIdle } from '../react/whenIdle';
import { dayStripDefaults } from '../render/drawDayStrip';
import { drawMapArea } from '../render/drawFrame';
import type { FrameInput } from '../render/frameInput';
import { browserPaints } from '../render/patternPaints';

/**
 * One small map, drawn by the pictures' renderer (drawMapArea, no city names) at the device's
 * pixel ratio, when the browser is idle: 31 maps never block the first paint or a key press. A new
 * input (mode, filter, language) or a new width redraws it. Decorative: the day and its beat are
 * the cell's text.
 */
export const DayCanvas = memo(function DayCanvas({ input }: { input: FrameInput }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(
    function drawWhenIdle() {
      const node = canvas.current;
      if (!node) return undefined;
      let cancel = whenIdle(() => draw(node, input), 2000);
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
        cancel();
        cancel = whenIdle(() => draw(node, input), 2000);
      });
      observer?.observe(node);
      return function cancelDraw() {
        cancel();
        observer?.disconnect();
      };
    },
    [input],
  );
  return <canvas ref={canvas} className="qm-day__map" aria-hidden="true" />;
});

function draw(node: HTMLCanvasElement, input: FrameInput): void {
  const width = node.clientWidth;
  const height = node.clientHeight || Math.round(width / dayStripDefaults.mapAspect);
  if (width === 0) return;
  const ratio = Math.min(3, window.devicePixelRatio || 1);
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (node.width !== pixelWidth || node.height !== pixelHeight) {
    node.width = pixelWidth;
    node.height = pixelHeight;
  }
  const ctx = node.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawMapArea(ctx, input, { x: 0, y: 0, width, height }, browserPaints(ctx), { labelScale: 0, margin: 4, markerScale: dayStripDefaults.markerScale });
  node.dataset.drawn = `${pixelWidth}x${pixelHeight}`;
}

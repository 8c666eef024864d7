import { describe, expect, it } from 'vitest';
import { drawHatchTile } from '../../../src/render/drawHatchTile';
import { hatchStyle } from '../../../src/map/hatchStyle';
import { recordingContext } from './recordingContext';

describe('drawHatchTile(ctx, hatch)', () => {
  it('clears the tile and strokes its one line in the token colour, width and opacity', () => {
    const { ctx, lines } = recordingContext();
    drawHatchTile(ctx, hatchStyle());
    expect(lines).toEqual([
      'clearRect(0, 0, 8, 8)',
      'strokeStyle = "rgba(31,29,26,1)"',
      'lineWidth = 2',
      'beginPath()',
      'moveTo(0, 0)',
      'lineTo(0, 8)',
      'stroke()',
    ]);
  });
});

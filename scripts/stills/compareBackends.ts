// Measures the two ways of making a still in Node (issue 15 §1: "choose by measurement"):
// @napi-rs/canvas drawing directly, and SvgContext → SVG → @resvg/resvg-js. Run it by hand:
//   node scripts/stills/compareBackends.mjs
import { frameSizes } from '../../src/render/drawFrame.ts';
import type { FrameInput } from '../../src/render/frameInput.ts';
import { canvasStill } from './canvasStill.ts';
import { loadGeoStory } from './loadGeoStory.ts';
import { stillInput } from './stillInput.ts';
import { stillMoments } from './stillPlan.ts';
import { svgStill } from './svgStill.ts';

export async function compareBackends(geoDir: string, rounds = 3): Promise<string[]> {
  const story = loadGeoStory(geoDir);
  const inputs = stillMoments(story.index).flatMap(({ t }) => (['en', 'kk'] as const).map((lang) => stillInput(story, t, lang)));
  const lines: string[] = [];
  const backends = {
    canvas: async (input: FrameInput, scale: number) => canvasStill(input, frameSizes.card, scale),
    resvg: async (input: FrameInput, scale: number) => svgStill(input, frameSizes.card, scale).png,
  };
  for (const scale of [1, 2]) {
    for (const [name, draw] of Object.entries(backends)) {
      const [first] = inputs;
      if (first) await draw(first, scale); // warm-up: font loading, JIT
      let bytes = 0;
      const start = performance.now();
      for (let round = 0; round < rounds; round += 1) for (const input of inputs) bytes += (await draw(input, scale)).length;
      const count = inputs.length * rounds;
      lines.push(`${name.padEnd(6)} @${scale}x: ${((performance.now() - start) / count).toFixed(1)} ms per still, ${(bytes / count / 1000).toFixed(1)} kB per PNG`);
    }
  }
  return lines;
}

import { useState } from 'react';
import type { StoryIndex } from '../scene/buildStoryIndex';
import { sceneAt, type Scene, type SceneView } from '../scene/sceneAt';

interface Computed extends SceneView {
  index: StoryIndex;
  scene: Scene;
}

/**
 * The scene at the view, built from the previous one so that unchanged entries keep their
 * identity (renderers skip them). A few binary searches per region and place per step.
 * The previous scene is kept as state and replaced during render when the view moved: React's
 * pattern for information from previous renders, with no ref read in render.
 */
export function useScene(index: StoryIndex, { t, mode, types, trail }: SceneView): Scene {
  const [computed, setComputed] = useState<Computed>(() => ({ index, t, mode, types, trail, scene: sceneAt(index, { t, mode, types, trail }) }));
  if (computed.index === index && computed.t === t && computed.mode === mode && computed.types === types && computed.trail === trail) {
    return computed.scene;
  }
  const scene = sceneAt(index, { t, mode, types, trail }, computed.scene);
  setComputed({ index, t, mode, types, trail, scene });
  return scene;
}

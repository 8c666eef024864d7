import { useEffect, useState, type RefObject } from 'react';

export interface MeasuredBox {
  /** Content width (px), 0 until first measured. */
  width: number;
  /** The element's computed CSS font shorthand, for measuring text set in it. */
  font: string;
}

/** The element's content width and font, kept current by a ResizeObserver (its first report comes on observe). */
export function useElementWidth(element: RefObject<HTMLElement | null>): MeasuredBox {
  const [box, setBox] = useState<MeasuredBox>({ width: 0, font: '' });
  useEffect(
    function observeWidth() {
      const node = element.current;
      if (!node || typeof ResizeObserver === 'undefined') return undefined;
      const observer = new ResizeObserver(([entry]) => {
        if (!entry) return;
        const width = Math.round(entry.contentRect.width);
        const font = getComputedStyle(node).font;
        setBox((previous) => (previous.width === width && previous.font === font ? previous : { width, font }));
      });
      observer.observe(node);
      return function stopObservingWidth() {
        observer.disconnect();
      };
    },
    [element],
  );
  return box;
}

import type { MouseEvent } from 'react';
import { useMessages } from '../react/useMessages';

/** The slider's range input (TimeSlider.tsx): where the skip link lands. */
const sliderSelector = '.qm-slider input[type="range"]';

/**
 * The first tab stop: "Skip to the time slider", hidden until focused. It focuses the slider
 * itself rather than following a fragment, which would put `#…` into the shared link.
 */
export function SkipLink() {
  const messages = useMessages();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const slider = document.querySelector<HTMLInputElement>(sliderSelector);
    if (!slider) return;
    event.preventDefault();
    slider.focus();
  };
  return (
    <a className="qm-skip-link" href="#qm-slider" onClick={skip}>
      {messages.a11y.skipToSlider}
    </a>
  );
}

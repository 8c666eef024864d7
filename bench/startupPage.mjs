// Runs in the page from its first script (page.addInitScript): self-contained, no imports.
/* global document, requestAnimationFrame, HTMLInputElement */

/**
 * The time until the slider first responds: from navigation start, poll every frame for the
 * slider and the drawn regions, then move it one hour and record when the headline showed it.
 * The result lands in globalThis.qmSliderResponded = { respondedMs }.
 */
export function firstResponse() {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const poll = () => {
    const input = document.querySelector('input.qm-slider__input');
    const label = document.querySelector('[data-testid=instant-label]');
    if (!input || !label || document.querySelectorAll('path[data-region]').length < 17) return requestAnimationFrame(poll);
    const before = label.textContent;
    setValue.call(input, String(Number(input.value) + 1));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (label.textContent !== before) globalThis.qmSliderResponded = { respondedMs: performance.now() };
      else requestAnimationFrame(check);
    };
    return check();
  };
  requestAnimationFrame(poll);
}

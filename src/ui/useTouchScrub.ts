import { useRef, type PointerEvent } from 'react';
import { gestureIntent } from '../view/gestureIntent';

/** Half the range thumb (px): its centre travels from this far in at either end (as the scales' inset). */
const thumbHalfPx = 8;

/**
 * Pointer handlers for the slider track on touch screens, where the native range input takes no
 * pointer (story.css): a sideways drag scrubs, a tap jumps there, and a vertical swipe is left to
 * the browser to scroll the page. Chromium's range input jumps to the finger on touchstart, before
 * it can know the reader meant to scroll, hence this. `active` is false for fine pointers, which
 * keep the native input.
 */
export function useTouchScrub(active: boolean, max: number, onValue: (value: number) => void) {
  const gesture = useRef<{ id: number; x: number; y: number; scrubbing: boolean } | null>(null);

  function valueAt(element: HTMLElement, clientX: number): number {
    const box = element.getBoundingClientRect();
    const share = (clientX - box.left - thumbHalfPx) / Math.max(1, box.width - 2 * thumbHalfPx);
    return Math.round(Math.min(1, Math.max(0, share)) * max);
  }

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    if (!active) return;
    gesture.current = { id: event.pointerId, x: event.clientX, y: event.clientY, scrubbing: event.pointerType !== 'touch' };
    if (event.pointerType !== 'touch') {
      event.currentTarget.setPointerCapture(event.pointerId);
      onValue(valueAt(event.currentTarget, event.clientX));
    }
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const current = gesture.current;
    if (!active || !current || current.id !== event.pointerId) return;
    if (!current.scrubbing) {
      const intent = gestureIntent(event.clientX - current.x, event.clientY - current.y);
      if (intent === 'scroll') gesture.current = null;
      if (intent !== 'scrub') return;
      current.scrubbing = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    onValue(valueAt(event.currentTarget, event.clientX));
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const current = gesture.current;
    gesture.current = null;
    if (!active || !current || current.id !== event.pointerId) return;
    // A tap that never moved: jump there, as the native input does.
    onValue(valueAt(event.currentTarget, event.clientX));
  }

  function onPointerCancel() {
    // The browser took the touch for a scroll.
    gesture.current = null;
  }

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel };
}

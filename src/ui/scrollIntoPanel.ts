/**
 * Scrolls `element` into view inside its nearest scrolling ancestor (the reading panel beside the
 * map), centred, and only when it is not already wholly visible there. The document itself is never
 * scrolled: on a phone the page is the scroller, and jumping to the list would take the map, which
 * shows the selected event, off the screen.
 */
export function scrollIntoPanel(element: HTMLElement): void {
  const panel = scrollingAncestor(element);
  if (!panel) return;
  const box = element.getBoundingClientRect();
  const frame = panel.getBoundingClientRect();
  if (box.top >= frame.top && box.bottom <= frame.bottom) return;
  const centred = panel.scrollTop + (box.top - frame.top) - (frame.height - box.height) / 2;
  panel.scrollTo({ top: Math.max(0, centred) });
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

// Scrolling a form's first problem into view. The target may not be rendered yet (a section
// panel that was just opened, a list that re-renders with the new errors), so it is looked up
// on the next animation frames, up to ~1 s, then scrolled to the middle of the screen (clear of
// sticky headers and the phone's bottom action bar) and, when asked, given the focus.

/** Scrolls to the first element matching `selector` once it exists; focuses `focusSelector` inside it (or itself). */
export function revealWhenRendered(selector: string, focusSelector?: string, maxFrames = 60): void {
  let frames = 0;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) {
      if (++frames < maxFrames) requestAnimationFrame(attempt);
      return;
    }
    el.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
    const target = focusSelector ? el.querySelector<HTMLElement>(focusSelector) : el;
    // preventScroll: the smooth scroll above decides the position; focusing must not jump it.
    target?.focus?.({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}

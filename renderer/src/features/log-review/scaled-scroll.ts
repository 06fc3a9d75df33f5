// Scaled scrolling: Chromium caps an element's height near 33.5 million px, so a million rows
// of 28 px cannot be one plain spacer. Above MAX_SCROLL_PX the spacer stays at that height and
// every real scroll pixel stands for `scale` virtual ones; the virtualizer works in virtual
// pixels and rows are drawn where the real scroll position puts them.

/** Well under Chromium's limit, leaving room for browser zoom. */
export const MAX_SCROLL_PX = 8_000_000;

export type ScrollScale = {
  /** Height of the element that scrolls (real px). */
  readonly spacerPx: number;
  /** Virtual px per real px (1 when the list fits). */
  readonly scale: number;
};

export function scrollScale(virtualPx: number, viewportPx: number): ScrollScale {
  if (virtualPx <= MAX_SCROLL_PX) return { spacerPx: virtualPx, scale: 1 };
  const realRange = MAX_SCROLL_PX - viewportPx;
  const virtualRange = virtualPx - viewportPx;
  return { spacerPx: MAX_SCROLL_PX, scale: realRange > 0 ? virtualRange / realRange : 1 };
}

/** Virtual offset of a real scroll position. */
export function toVirtual(realScrollTop: number, scale: ScrollScale): number {
  return realScrollTop * scale.scale;
}

/** Real scroll position that shows a virtual offset. */
export function toReal(virtualOffset: number, scale: ScrollScale): number {
  return virtualOffset / scale.scale;
}

/** Where (real px, inside the spacer) to draw a row that starts at `virtualStart`. */
export function rowTop(virtualStart: number, realScrollTop: number, scale: ScrollScale): number {
  return virtualStart - toVirtual(realScrollTop, scale) + realScrollTop;
}

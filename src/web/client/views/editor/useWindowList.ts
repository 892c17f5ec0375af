/**
 * Windowed rendering of the editor's rows: only the rows near the viewport are in the DOM, each
 * placed at its offset in a container as tall as all rows. Row heights vary: rendered rows are
 * measured (ResizeObserver, through `measure` as a ref callback) and the others estimated.
 *
 * Built on @tanstack/virtual-core (framework-agnostic, maintained; this is its Preact binding, the
 * same few lines as its React adapter's `useWindowVirtualizer`): the page scrolls with the window,
 * so the side panel stays sticky. The browser's find-in-page sees only the rendered rows: the
 * editor's search box filters the whole document.
 */
import { useLayoutEffect, useReducer, useRef, useState } from "preact/hooks";
import { Virtualizer, defaultRangeExtractor, observeWindowOffset, observeWindowRect, windowScroll, type Range } from "@tanstack/virtual-core";

export interface WindowList {
  readonly virtualizer: Virtualizer<Window, HTMLElement>;
  /** Ref callback for the list's container (its offset from the page top is the scroll margin). */
  readonly container: (el: HTMLElement | null) => void;
}

/**
 * `count` rows keyed by `keyOf(i)`; `keep` (an index or -1) is always rendered, wherever the page
 * is scrolled (the row with the keyboard focus must not be unmounted under the caret).
 */
export function useWindowList(count: number, keyOf: (i: number) => string, keep: number, estimate = 120): WindowList {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [margin, setMargin] = useState(0);
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const options = {
    count,
    getScrollElement: () => (typeof window !== "undefined" ? window : null),
    estimateSize: () => estimate,
    scrollToFn: windowScroll,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    initialOffset: () => (typeof window !== "undefined" ? window.scrollY : 0),
    overscan: 8,
    scrollMargin: margin,
    getItemKey: keyOf,
    rangeExtractor: (range: Range) => {
      const list = defaultRangeExtractor(range);
      const k = keepRef.current;
      if (k >= 0 && k < range.count && !list.includes(k)) { list.push(k); list.sort((a, b) => a - b); }
      return list;
    },
    onChange: () => rerender(0),
  };
  const ref = useRef<Virtualizer<Window, HTMLElement> | null>(null);
  if (!ref.current) ref.current = new Virtualizer<Window, HTMLElement>(options);
  const v = ref.current;
  v.setOptions(options);
  useLayoutEffect(() => v._didMount(), []);
  useLayoutEffect(() => { v._willUpdate(); });
  const container = useRef((el: HTMLElement | null) => {
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    setMargin((m) => (Math.abs(m - top) > 1 ? top : m));
  }).current;
  return { virtualizer: v, container };
}

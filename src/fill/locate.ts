import type { Locator } from '../sites/editor-spec.js';
import { collectRoots, deepQueryAll, isVisible, type QueryRoot } from './deep-query.js';
import { labelEvidence } from './labels.js';

/** The controls a label locator may name. */
export const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select, [role=combobox], [contenteditable=true]';

export interface LocateOptions {
  /** Accept elements without layout (a visually hidden native <select> behind a custom one). */
  includeHidden?: boolean;
  /** Roots already collected for this step (saves walking the page again). */
  roots?: QueryRoot[];
}

/**
 * How well a control's labels match: the strength of the strongest matching text (0 = its own
 * <label>, higher = weaker evidence such as a column header), or undefined when none does.
 */
export function labelRank(element: Element, pattern: RegExp): number | undefined {
  return labelEvidence(element).find((item) => pattern.test(item.text))?.strength;
}

function byLabel(pattern: RegExp, roots: QueryRoot[], accept: (element: Element) => boolean): Element | undefined {
  let best: { element: Element; rank: number } | undefined;
  for (const element of deepQueryAll(CONTROLS, roots[0]!, roots)) {
    if (!accept(element)) continue;
    const rank = labelRank(element, pattern);
    if (rank !== undefined && (!best || rank < best.rank)) best = { element, rank };
  }
  return best?.element;
}

/**
 * The first element the locator finds, entry by entry (selectors are tried in the order the
 * adapter wrote them: name/testid, then id, then labels). Visible elements only, unless told.
 */
export function locate(locator: Locator, root: QueryRoot, options: LocateOptions = {}): Element | undefined {
  const roots = options.roots ?? collectRoots(root);
  const accept = (element: Element) => options.includeHidden === true || isVisible(element);
  for (const entry of locator) {
    const found = typeof entry === 'string' ? deepQueryAll(entry, root, roots).find(accept) : byLabel(entry.label, roots, accept);
    if (found) return found;
  }
  return undefined;
}

/** Every visible element the locator's selectors find (buttons of a button group). */
export function locateAll(locator: Locator, root: QueryRoot, roots: QueryRoot[] = collectRoots(root)): Element[] {
  return locator.flatMap((entry) => (typeof entry === 'string' ? deepQueryAll(entry, root, roots).filter(isVisible) : []));
}

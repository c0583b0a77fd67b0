import type { Locator } from './editor-spec.js';
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

const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * The controls of one root. Documents use their live tag collections (getElementsByTagName is
 * ~30× faster than a selector scan on a 5,000-row zone page); shadow roots, small, use CONTROLS.
 */
function controlsOf(root: QueryRoot): Element[] {
  if (root.nodeType !== Node.DOCUMENT_NODE) return [...root.querySelectorAll(CONTROLS)];
  const doc = root as Document;
  const inputs = [...doc.getElementsByTagName('input')].filter((input) => !NOT_TYPED.has(input.type));
  return [...inputs, ...doc.getElementsByTagName('textarea'), ...doc.getElementsByTagName('select'), ...doc.querySelectorAll('[role=combobox], [contenteditable=true]')];
}

/** The form controls under these roots, gathered once per roots list (detection asks several times). */
const controlsCache = new WeakMap<QueryRoot[], Element[]>();
function controlsIn(roots: QueryRoot[]): Element[] {
  let controls = controlsCache.get(roots);
  if (!controls) {
    controls = roots.flatMap(controlsOf);
    controlsCache.set(roots, controls);
  }
  return controls;
}

function byLabel(pattern: RegExp, roots: QueryRoot[], accept: (element: Element) => boolean): Element | undefined {
  let best: { element: Element; rank: number } | undefined;
  for (const element of controlsIn(roots)) {
    if (!accept(element)) continue;
    const rank = labelRank(element, pattern);
    if (rank !== undefined && (!best || rank < best.rank)) best = { element, rank };
  }
  return best?.element;
}

/** What a person clicks by its words: buttons and links (and ARIA ones), never form fields. */
export const CLICKABLES = 'button, a[href], [role=button], [role=link], input[type=button], input[type=submit]';

/** The words a clickable shows: its text, or an input button's value; blanks collapsed. */
function shownText(element: Element): string {
  const text = element.tagName === 'INPUT' ? (element as HTMLInputElement).value : element.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The first clickable, in page order, whose words match (« Ajouter », "Add record"). */
function byText(pattern: RegExp, root: QueryRoot, roots: QueryRoot[], accept: (element: Element) => boolean): Element | undefined {
  return deepQueryAll(CLICKABLES, root, roots).find((element) => accept(element) && pattern.test(shownText(element)));
}

/** Matches of several selectors in ONE query per root, ordered by the first selector each matches. */
function bySelectors(selectors: string[], root: QueryRoot, roots: QueryRoot[]): Element[] {
  const found = deepQueryAll(selectors.join(', '), root, roots);
  if (selectors.length === 1) return found;
  const rank = new Map(found.map((element) => [element, selectors.findIndex((selector) => element.matches(selector))]));
  return found.sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/**
 * The first element the locator finds, entry by entry (selectors are tried in the order the
 * adapter wrote them: name/testid, then id, then labels). Visible elements only, unless told.
 * Consecutive selectors share one query (a 5,000-row page is walked once, not once per selector).
 */
export function locate(locator: Locator, root: QueryRoot, options: LocateOptions = {}): Element | undefined {
  const roots = options.roots ?? collectRoots(root);
  const accept = (element: Element) => options.includeHidden === true || isVisible(element);
  let selectors: string[] = [];
  const flush = () => {
    const found = selectors.length > 0 ? bySelectors(selectors, root, roots).find(accept) : undefined;
    selectors = [];
    return found;
  };
  for (const entry of locator) {
    if (typeof entry === 'string') {
      selectors.push(entry);
      continue;
    }
    const found = flush() ?? ('text' in entry ? byText(entry.text, root, roots, accept) : byLabel(entry.label, roots, accept));
    if (found) return found;
  }
  return flush();
}

/** Every visible element the locator's selectors (or button words) find (buttons of a button group). */
export function locateAll(locator: Locator, root: QueryRoot, roots: QueryRoot[] = collectRoots(root)): Element[] {
  return locator.flatMap((entry) => {
    if (typeof entry === 'string') return deepQueryAll(entry, root, roots).filter(isVisible);
    if ('text' in entry) return deepQueryAll(CLICKABLES, root, roots).filter((element) => isVisible(element) && entry.text.test(shownText(element)));
    return [];
  });
}

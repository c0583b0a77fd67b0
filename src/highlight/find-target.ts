/**
 * The element a guide step points at: CSS selectors tried in order, or the visible text of
 * something clickable (`{ text: /^Ajouter une entrée$/i }`). The EditorSpec's Locator shape
 * (`{ label }`) is accepted too, so registrar steps reuse their adapter's locators.
 */
export type TargetLocator = readonly (string | TextMatch | ScopedText)[];
/** `{ text }`, the EditorSpec's `{ label }` or any other one-pattern entry it may grow: matched on visible text. */
export type TextMatch = Readonly<Record<string, RegExp>>;
/**
 * Visible text among the elements a selector finds (`{ within: '.oui-badge_error', text: /^MX$/ }`:
 * the red MX badge). For markup that says what an element is by its words and its state by a class,
 * as the OVHcloud panel's Diagnostic badges do; no attribute of our own fixtures is needed.
 */
export type ScopedText = Readonly<{ within: string; text: RegExp }>;

export function isScopedText(entry: unknown): entry is ScopedText {
  return typeof entry === 'object' && entry !== null && typeof (entry as ScopedText).within === 'string' && (entry as ScopedText).text instanceof RegExp;
}

/** The pattern of a text entry (its first RegExp value). */
export function patternOf(entry: TextMatch | ScopedText): RegExp | undefined {
  return Object.values(entry).find((value): value is RegExp => value instanceof RegExp);
}

const CLICKABLE = 'button, a, [role=button], [role=tab], [role=menuitem], [role=link], label, summary, input[type=submit], input[type=button]';

function shown(element: Element): boolean {
  const check = (element as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/** The document and every open shadow root below it: panels built from web components hide there. */
function roots(document: Document): ParentNode[] {
  const found: ParentNode[] = [document];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(shadow);
  }
  return found;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // A selector a browser does not know (`:has` in an old engine) must not break the guide.
    return [];
  }
}

export function findTarget(document: Document, locator: TargetLocator): Element | undefined {
  const all = roots(document);
  for (const entry of locator) {
    if (typeof entry === 'string') {
      for (const root of all) {
        const hit = safeQueryAll(root, entry).find(shown);
        if (hit) return hit;
      }
      continue;
    }
    const pattern = isScopedText(entry) ? entry.text : patternOf(entry);
    if (!pattern) continue;
    const among = isScopedText(entry) ? entry.within : CLICKABLE;
    for (const root of all) {
      const hit = safeQueryAll(root, among).find((element) => shown(element) && pattern.test((element.textContent ?? '').replace(/\s+/g, ' ').trim()));
      if (hit) return hit;
    }
  }
  return undefined;
}

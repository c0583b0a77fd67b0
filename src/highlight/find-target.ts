import { isScopedText, patternOf, type TargetLocator } from '../guides/target-locator.js';

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

/** The element a guide step points at (see TargetLocator), in the document and its open shadow roots. */
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

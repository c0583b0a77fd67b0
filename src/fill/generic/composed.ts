import { isVisible, type QueryRoot } from '../deep-query.js';
import { columnHeader } from '../labels.js';

/**
 * The composed tree: a form inside a web component's open shadow root, or inside a same-origin
 * frame, is one form to a person. These walk it the way a person sees it.
 */

/** The element's parent across shadow boundaries (the host) and frames (the frame element). */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode() as Node;
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (root as ShadowRoot).host;
  return element.ownerDocument.defaultView?.frameElement ?? null;
}

/** True when `inner` sits inside `outer` in the composed tree. */
export function composedContains(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}

/** The element and every open shadow root / same-origin frame document below it. */
export function scopeRoots(scope: Element): (Element | QueryRoot)[] {
  const roots: (Element | QueryRoot)[] = [scope];
  for (let i = 0; i < roots.length; i += 1) {
    const current = roots[i]!;
    const owner = current.nodeType === Node.DOCUMENT_NODE ? (current as Document) : (current as Element | ShadowRoot).ownerDocument!;
    const walker = owner.createTreeWalker(current, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.shadowRoot) roots.push(node.shadowRoot);
      else if (node.localName === 'iframe') {
        const frame = frameDocument(node as HTMLIFrameElement);
        if (frame?.body) roots.push(frame.body);
      }
    }
  }
  return roots;
}

function frameDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** Every visible match of `selector` in the scope, its shadow roots and frames, in order. */
export function queryScope(scope: Element, selector: string): Element[] {
  return scopeRoots(scope).flatMap((root) => {
    const own = root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(selector) ? [root as Element] : [];
    return [...own, ...root.querySelectorAll(selector)];
  }).filter(isVisible);
}

/** Text of a node as a person reads it: text nodes joined by spaces (a suffix `.example.com` stays apart from its label). */
export function spacedText(node: Node, limit = 2000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (current: Node) => {
    if (length > limit) return;
    if (current.nodeType === Node.TEXT_NODE) {
      const text = current.textContent?.trim();
      if (text) {
        parts.push(text);
        length += text.length;
      }
      return;
    }
    if (current.nodeType !== Node.ELEMENT_NODE && current.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = current as Element;
    if (/^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName ?? '')) return;
    if (element.shadowRoot) visit(element.shadowRoot);
    for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const FIELD = 'input, select, textarea, [role=combobox], [role=textbox], [role=spinbutton]';

/** What a control or button is called: aria-labelledby, aria-label, its labels, then its own text. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byIds = labelledBy.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ').trim();
  if (byIds) return byIds.replace(/\s+/g, ' ');
  const aria = element.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const labels = [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent ?? '').join(' ').trim();
  if (labels) return labels.replace(/\s+/g, ' ');
  const own = element.tagName === 'INPUT' ? (/^(button|submit|reset)$/.test((element as HTMLInputElement).type) ? (element as HTMLInputElement).value : '') : spacedText(element, 200);
  const named = own || element.getAttribute('title') || element.getAttribute('placeholder');
  // A field of an editable table row is named by its column's header, as a person reads it.
  return (named || (element.matches(FIELD) ? columnHeader(element) : '') || '').replace(/\s+/g, ' ').trim();
}

/** A library's hidden mirror of a custom control's value (aria-hidden, or a 1-pixel box): not a field a person types in. */
export function isMirror(element: Element): boolean {
  if (element.closest('[aria-hidden=true]')) return true;
  const box = element.getBoundingClientRect();
  return box.width <= 2 || box.height <= 2;
}

/**
 * Queries that see what a person sees: the document, every OPEN shadow root and every
 * same-origin frame, recursively. Editors hide in all three (OVH's web components, panels
 * framed from the same host). Cross-origin frames are skipped: their own content script fills
 * them, never the top frame.
 */
export type QueryRoot = Document | ShadowRoot;

/**
 * Elements that may host a shadow root (the DOM standard's list) besides custom elements, whose
 * names hold a dash. Checking `.shadowRoot` only on these keeps a walk over a 5,000-row table
 * cheap: cells and rows can never be hosts.
 */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** The shadow roots and same-origin frame documents below `root`, root first. */
export function collectRoots(root: QueryRoot): QueryRoot[] {
  return [...rootsBelow(root)];
}

/**
 * The same roots in the same order, each given before it is walked: a caller looking for one
 * thing (a zone listing) stops the walk there instead of walking 5,000 rows for nested roots.
 */
export function* rootsBelow(root: QueryRoot): Generator<QueryRoot> {
  const roots: QueryRoot[] = [root];
  for (let i = 0; i < roots.length; i += 1) {
    const current = roots[i]!;
    yield current;
    const walker = documentOf(current).createTreeWalker(current, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      const tag = node.localName;
      if ((SHADOW_HOSTS.has(tag) || tag.includes('-')) && node.shadowRoot) roots.push(node.shadowRoot);
      else if (tag === 'iframe' || tag === 'frame') {
        const frameDoc = sameOriginDocument(node as HTMLIFrameElement);
        if (frameDoc) roots.push(frameDoc);
      }
    }
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    // Reading contentDocument of a cross-origin frame gives null (or throws in some engines).
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** Every match of `selector` in the document, its shadow roots and same-origin frames, in order. */
export function deepQueryAll(selector: string, root: QueryRoot, roots: QueryRoot[] = collectRoots(root)): Element[] {
  return roots.flatMap((r) => [...r.querySelectorAll(selector)]);
}

/**
 * The document a root belongs to. Not `instanceof Document`: a same-origin frame's document
 * comes from another window, whose Document class is not this one.
 */
export function documentOf(root: QueryRoot): Document {
  return root.ownerDocument ?? (root as Document);
}

/** True when the element takes space on screen (hidden duplicates and closed panels don't). */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if ((element as HTMLElement).hidden) return false;
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle(element);
  if (style && (style.visibility === 'hidden' || style.display === 'none')) return false;
  return element.getClientRects().length > 0;
}

/** The element's root (document or shadow root), to resolve `aria-labelledby` and `label[for]`. */
export function rootOf(element: Element): QueryRoot {
  const root = element.getRootNode() as Node;
  // nodeType, not instanceof: frames have their own ShadowRoot and Document classes.
  return root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as QueryRoot) : element.ownerDocument;
}

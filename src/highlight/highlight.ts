/**
 * Shows the user the element to click next: an outline around it and a short tooltip. It
 * lives in its own shadow root at the end of <html>, takes no pointer events and changes
 * nothing on the page's own elements, so it can never block or break the page; remove()
 * (or Escape, or the element disappearing) takes it away without a trace. The tooltip text
 * is set with textContent: page data never becomes markup.
 */
export const HIGHLIGHT_ATTRIBUTE = 'data-dsa-highlight';
const MAX_LABEL = 140;

export interface HighlightHandle {
  readonly target: Element;
  remove(): void;
}

const STYLE = `
  .box { position: fixed; box-sizing: border-box; border: 3px solid #ff6a00; border-radius: 6px;
         box-shadow: 0 0 0 4px rgba(255, 106, 0, 0.25); pointer-events: none; }
  .tip { position: fixed; max-width: 280px; padding: 4px 8px; border-radius: 4px; background: #1b1b1b;
         color: #fff; font: 13px/1.35 system-ui, sans-serif; pointer-events: none; white-space: normal; }
`;

let current: HighlightHandle | undefined;

export function removeHighlight(): void {
  current?.remove();
}

export function showHighlight(target: Element, label: string): HighlightHandle {
  removeHighlight();
  const document = target.ownerDocument;
  const window = document.defaultView!;
  const host = document.createElement('div');
  host.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'status');
  tip.textContent = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
  shadow.append(style, box, tip);
  document.documentElement.append(host);

  const rect0 = target.getBoundingClientRect();
  if (rect0.bottom < 0 || rect0.top > window.innerHeight) target.scrollIntoView({ block: 'center' });

  let frame = 0;
  const place = () => {
    if (!target.isConnected) return handle.remove();
    const rect = target.getBoundingClientRect();
    Object.assign(box.style, { left: `${rect.left - 4}px`, top: `${rect.top - 4}px`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px` });
    // Below the element, or above it when there is no room below.
    const below = rect.bottom + 8 + tip.offsetHeight < window.innerHeight;
    Object.assign(tip.style, { left: `${Math.max(4, rect.left)}px`, top: `${below ? rect.bottom + 8 : Math.max(4, rect.top - 8 - tip.offsetHeight)}px` });
    frame = window.requestAnimationFrame(place);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') handle.remove();
  };
  const handle: HighlightHandle = {
    target,
    remove() {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('keydown', onKey, true);
      host.remove();
      if (current === handle) current = undefined;
    },
  };
  window.addEventListener('keydown', onKey, true);
  current = handle;
  place();
  return handle;
}

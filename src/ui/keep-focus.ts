/** What may take the focus back: a named section or region, or a disclosure's summary. */
const HOLDER = 'section[aria-labelledby], [role="region"][aria-label], details > summary';
const CONTROL = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Where the focus was: the control, the control before it in the tab order, and the holders around it, from the nearest. */
interface Place {
  element: Element;
  before: HTMLElement | undefined;
  holders: HTMLElement[];
}

function placeOf(root: HTMLElement, element: Element): Place {
  const holders: HTMLElement[] = [];
  for (let node = element.parentElement; node && node !== root.parentElement; node = node.parentElement) {
    const summary = node instanceof HTMLDetailsElement ? node.querySelector(':scope > summary') : null;
    if (summary instanceof HTMLElement && summary !== element) holders.push(summary);
    else if (node.matches(HOLDER)) holders.push(node);
  }
  const stops = [...root.querySelectorAll<HTMLElement>(CONTROL)].filter((control) => control.tabIndex >= 0 && !control.matches(':disabled') && control.checkVisibility());
  const index = stops.indexOf(element as HTMLElement);
  return { element, before: index > 0 ? stops[index - 1] : undefined, holders };
}

/**
 * A keyboard user's focus never falls to <body> because a re-render removed the focused control
 * (a button that goes once used, a list re-rendered by a check, a row removed): it goes to the
 * control before it when that one is still in the same section, else to the nearest section
 * still there that held it, which a screen reader names. Focus the user moved away themselves
 * (out of the page, a click on blank space) is left alone: the control that had it is still in
 * the page then. A focused control pushed out of the window by a layout change is scrolled back
 * into view. Returns the function that stops watching.
 */
export function keepFocus(root: HTMLElement): () => void {
  // Taken when the control got the focus: once it is removed, its own ancestors may be gone with it.
  let last: Place | null = null;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Element) last = placeOf(root, event.target);
  };
  const observer = new MutationObserver(() => {
    if (!last || last.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    const holder = last.holders.find((element) => element.isConnected && element.checkVisibility());
    if (!holder) return;
    const { before } = last;
    if (before?.isConnected && before.checkVisibility() && (holder.matches('summary') ? holder.parentElement : holder)?.contains(before)) return before.focus();
    // A section takes the focus from a script only (it is not a stop of the tab order), its heading in view.
    if (!holder.matches('summary') && !holder.hasAttribute('tabindex')) holder.tabIndex = -1;
    holder.focus({ preventScroll: true });
    holder.scrollIntoView({ block: 'nearest' });
    if (holder.getBoundingClientRect().top < 0) holder.scrollIntoView({ block: 'start' });
  });
  // A layout change around the focused control (a section above it folding once the setup is
  // complete, results drawn) must not leave it out of the window: a keyboard user's focus stays
  // in view (WCAG 2.4.11). Only a focus the browser shows (:focus-visible), not a clicked button.
  const resizes = new ResizeObserver(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !root.contains(active) || !active.matches(':focus-visible')) return;
    const box = active.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) active.scrollIntoView({ block: 'nearest' });
  });
  root.addEventListener('focusin', onFocusIn);
  observer.observe(root, { childList: true, subtree: true });
  resizes.observe(root);
  return () => {
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
    resizes.disconnect();
  };
}

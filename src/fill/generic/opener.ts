import { collectRoots, isVisible } from '../deep-query.js';
import { keyPress, press } from '../events.js';
import { waitFor } from '../settle.js';
import { accessibleName } from './composed.js';
import { BARE_OPENER, OPENER, RECORD_ITEM } from './words.js';

/**
 * The page's own button to the add form, found the way a person finds it: by role and accessible
 * name (text, aria-label, title: icon buttons too), in shadow roots and same-origin frames. A
 * name that says "record" beats a bare "Add"/"Create"; a button that opens a menu ("Create ▾"
 * with "Add domain", "Create mailbox"…) comes last, and its menu must hold a record item.
 */
const CLICKABLE = 'button, a[href], [role=button], [role=link], [role=menuitem], input[type=button], input[type=submit]';
const MENU_ITEM = '[role=menuitem], [role=menuitemradio], [role=option]';

const opensMenu = (element: Element) => /^(?:menu|true)$/i.test(element.getAttribute('aria-haspopup') ?? '');
const disabled = (element: Element) => (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true';

/** 4 names a record, 2 is a bare verb or "+", plus 1 when it opens the form itself rather than a menu; 0 is no opener. */
function openerScore(element: Element): number {
  const name = accessibleName(element);
  const words = OPENER.test(name) ? 4 : BARE_OPENER.test(name) ? 2 : 0;
  return words === 0 ? 0 : words + (opensMenu(element) ? 0 : 1);
}

/** The best add button on the page (page order among equals), never one inside a listed row. */
export function findOpener(document: Document): Element | undefined {
  let best: { element: Element; score: number } | undefined;
  for (const root of collectRoots(document)) {
    for (const element of root.querySelectorAll(CLICKABLE)) {
      const score = openerScore(element);
      if (score > (best?.score ?? 0) && !disabled(element) && !element.closest('[role=row], tr') && isVisible(element)) best = { element, score };
    }
  }
  return best?.element;
}

/** The menu item standing for a record, once the opener's menu is open. */
function recordItem(document: Document): Element | undefined {
  return collectRoots(document)
    .flatMap((root) => [...root.querySelectorAll(MENU_ITEM)])
    .find((item) => RECORD_ITEM.test(accessibleName(item)) && isVisible(item) && !disabled(item));
}

/** Presses the add button; through its menu when it opens one. False when the menu has no record item (closed again). */
export async function pressOpener(document: Document, opener: Element): Promise<boolean> {
  press(opener);
  if (!opensMenu(opener)) return true;
  const item = await waitFor(() => recordItem(document), 1500, 50, document);
  if (item) {
    press(item);
    return true;
  }
  keyPress(document.activeElement ?? opener, 'Escape');
  return false;
}

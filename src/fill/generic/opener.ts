import type { RecordType } from '../../records/types.js';
import { collectRoots, isVisible } from '../deep-query.js';
import { keyPress, press } from '../events.js';
import { waitFor } from '../settle.js';
import { typePattern } from '../type-control.js';
import { accessibleName } from './composed.js';
import { TELLING } from './type-choice.js';
import { BARE_OPENER, OPENER, RECORD_ITEM, withoutDisclosure } from './words.js';

/**
 * The page's own button to the add form, found the way a person finds it: by role and accessible
 * name (text, aria-label, title: icon buttons too), in shadow roots and same-origin frames. A
 * name that says "record" beats a bare "Add"/"Create"; a button that opens a menu ("Create ▾"
 * with "Add domain", "Create mailbox"…) comes last, and its menu must hold a record item, or be a
 * menu of record types (WAI-ARIA menu button: "Add record ▾" → "A", "MX", "TXT"…), where the item
 * of the record's type opens a form for that type only.
 */
const CLICKABLE = 'button, a[href], [role=button], [role=link], [role=menuitem], input[type=button], input[type=submit]';
const MENU_ITEM = '[role=menuitem], [role=menuitemradio], [role=option]';

/** How long a menu announced by aria-haspopup may take to show, and how long a shown menu may take to list a record item. */
const MENU_WAIT_MS = 5000;
const MENU_SETTLE_MS = 1500;

const opensMenu = (element: Element) => /^(?:menu|true)$/i.test(element.getAttribute('aria-haspopup') ?? '');
const disabled = (element: Element) => (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true';

/** 4 names a record, 2 is a bare verb or "+", plus 1 when it opens the form itself rather than a menu; 0 is no opener. */
function openerScore(element: Element): number {
  // A menu button's caret ("Add record ▾") is decoration, not part of what it says.
  const name = withoutDisclosure(accessibleName(element));
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

const shownItems = (document: Document) =>
  collectRoots(document).flatMap((root) => [...root.querySelectorAll(MENU_ITEM)]).filter((item) => isVisible(item) && !disabled(item));

/** The items of an open menu of record types (three or more name a type: "MX", "MX record", "MX — Mail exchange"), by type. */
function typeItems(items: readonly Element[]): Map<RecordType, Element> | undefined {
  const byType = new Map<RecordType, Element>();
  for (const item of items) {
    const name = accessibleName(item);
    const type = [...TELLING, 'SRV' as const].find((candidate) => typePattern(candidate).test(name));
    if (type && !byType.has(type)) byType.set(type, item);
  }
  return [...byType.keys()].filter((type) => type !== 'SRV').length >= 3 ? byType : undefined;
}

/** What the opener's open menu offers: an item standing for a record, or items standing for record types. */
function menuOffer(document: Document): { item: Element } | { types: Map<RecordType, Element> } | undefined {
  const items = shownItems(document);
  // Types first: "A record" among "MX record", "TXT record" is a type, not "a record".
  const types = typeItems(items);
  if (types) return { types };
  const item = items.find((candidate) => RECORD_ITEM.test(withoutDisclosure(accessibleName(candidate))));
  return item && { item };
}

/**
 * What pressing the add button did: the form opened (`forType`: for that record type only, chosen
 * in a menu of types), the menu offers no record (closed again), or not the type asked for.
 */
export type Opened = { opened: true; forType?: RecordType } | { opened: false; missingType?: RecordType };

/** Presses the add button; through its menu when it opens one (the record's type item in a menu of types). */
export async function pressOpener(document: Document, opener: Element, type: RecordType): Promise<Opened> {
  press(opener);
  if (!opensMenu(opener)) return { opened: true };
  const pressed = performance.now();
  // A busy page may take seconds to draw the menu it announced; a menu drawn without a record item is given up sooner.
  const found = await waitFor(() => menuOffer(document) ?? (performance.now() - pressed > MENU_SETTLE_MS && shownItems(document).length > 0 && 'no record item'), MENU_WAIT_MS, 50, document);
  const offer = typeof found === 'object' ? found : undefined;
  const item = offer && ('item' in offer ? offer.item : offer.types.get(type));
  if (item) {
    press(item);
    return offer && 'types' in offer ? { opened: true, forType: type } : { opened: true };
  }
  keyPress(document.activeElement ?? opener, 'Escape');
  return offer ? { opened: false, missingType: type } : { opened: false };
}

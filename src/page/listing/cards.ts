import { controlValue, isValueControl, ownLabel, plainText, type ListedCell, type ListedRow } from './listed-row.js';
import { isListedType, roleOfLabel } from './row-record.js';
import { TABLE_SELECTOR } from './tables.js';

/**
 * Listings without table semantics: cards, lists and CSS grids of plain divs. Found from their
 * type badges: elements showing a record type alone (`MX`, `TXT`), repeated under one parent.
 */

/** Type texts inside these are choices of a form or a menu, not listed records. */
const CHOICES =
  'button, option, label, select, textarea, dialog, [role=button], [role=option], [role=radio], [role=tab], [role=menuitem], [role=listbox], [role=combobox], [role=dialog], [aria-modal=true], [aria-hidden=true], [hidden]';
/** Not read as a card's cells: controls that act rather than show, and decoration. */
const SKIPPED = new Set(['button', 'script', 'style', 'template', 'svg', 'noscript', 'select', 'option']);

const HEADING = /^h[1-6]$/;
/** A CSS grid's header: at most this many columns, each a few words. */
const MAX_COLUMNS = 20;
const MAX_HEADER_CHARS = 40;
const CODE = new Set(['code', 'pre', 'samp', 'kbd', 'tt']);

/** A custom element whose own shadow tree is a control (a radio button, a menu item): its text is a choice. */
function insideCustomControl(element: Element): boolean {
  for (let node: Element | null = element, depth = 0; node && depth < 4; node = node.parentElement, depth += 1) {
    if (node.localName.includes('-') && node.shadowRoot?.querySelector('button, input, [role=button], [role=radio], [role=option], [role=menuitem]')) return true;
  }
  return false;
}

/**
 * Elements showing a record type and nothing else, outside forms, menus and tables (read as
 * tables), in page order; at most `limit` (recognising a listing needs a few, reading it all).
 */
export function typeBadges(root: Document | ShadowRoot, limit = Infinity): Element[] {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const found: Element[] = [];
  for (let node = walker.nextNode() as Element | null; node && found.length < limit; node = walker.nextNode() as Element | null) {
    if (node.firstElementChild || SKIPPED.has(node.localName)) continue;
    const text = node.textContent ?? '';
    if (text.length > 12 || !isListedType(text.trim())) continue;
    if (!node.closest(CHOICES) && !node.closest(TABLE_SELECTOR) && !insideCustomControl(node)) found.push(node);
  }
  return found;
}

/** A card's cells: each control (its value) and each topmost element with text of its own, in order. */
function cardCells(card: Element): { cells: ListedCell[]; editable: boolean } {
  const cells: ListedCell[] = [];
  let editable = false;
  const visit = (element: Element) => {
    if (SKIPPED.has(element.localName) || element.matches('[role=button], [aria-hidden=true], [hidden]')) return;
    if (isValueControl(element)) {
      editable = true;
      cells.push({ text: plainText(controlValue(element)), label: ownLabel(element), kind: 'plain' });
      return;
    }
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (ownText) {
      const kind = HEADING.test(element.localName) || element.getAttribute('role') === 'heading' ? 'heading' : CODE.has(element.localName) ? 'code' : 'plain';
      cells.push({ text: plainText(element.textContent ?? ''), label: '', kind });
      return;
    }
    for (const child of element.children) visit(child);
  };
  visit(card);
  return { cells, editable };
}

/**
 * A CSS grid of plain divs: the header cells and every record's cells are siblings, no row
 * element. The leading children that name fields are the header; the rest, in runs of as many;
 * at most `limit` rows (recognition reads a few of 5,000).
 */
function flatGridRows(grid: Element, limit: number): ListedRow[] {
  const headers: string[] = [];
  // A header is a few words naming a field; a whole card that mentions "TTL" is not one.
  for (let i = 0; i < Math.min(MAX_COLUMNS, grid.children.length); i += 1) {
    const text = plainText(grid.children[i]!.textContent ?? '');
    if (text.length > MAX_HEADER_CHARS || isListedType(text) || !roleOfLabel(text)) break;
    headers.push(text);
  }
  const width = headers.length;
  if (width < 2 || !headers.some((header) => roleOfLabel(header) === 'type')) return [];
  const children = grid.children;
  const rows: ListedRow[] = [];
  for (let start = width; start + width <= children.length && rows.length < limit; start += width) {
    const elements = Array.from({ length: width }, (_, index) => children[start + index]!);
    let editable = false;
    const cells = elements.map((element, index) => {
      const control = isValueControl(element) ? element : element.querySelector('input:not([type=hidden]), select, textarea, [role=combobox], [role=spinbutton]');
      editable ||= control !== null;
      return { text: plainText(control ? controlValue(control) : element.textContent ?? ''), label: headers[index]!, kind: 'plain' as const };
    });
    rows.push({ cells, elements, editable });
  }
  return rows;
}

/**
 * The listing around type badges: the badges' nearest common parent holds one child per record
 * (a card, a list item, a grid row of divs) — or, when the badges are its own children, it is a
 * flat CSS grid. Undefined under two badges: one lone badge says nothing about a listing. A flat
 * grid gives at most `limit` rows (its badges are its own children: the sample does not bound it).
 */
export function badgeRows(badges: readonly Element[], limit = Infinity): ListedRow[] {
  const counts = new Map<Element, number>();
  for (const badge of badges) {
    for (let node = badge.parentElement; node; node = node.parentElement) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  const rows: ListedRow[] = [];
  const tried = new Set<Element>();
  const grids = new Set<Element>();
  const asFlatGrid = (parent: Element) => {
    if (!tried.has(parent)) {
      tried.add(parent);
      const flat = flatGridRows(parent, limit);
      if (flat.length > 0) grids.add(parent);
      rows.push(...flat);
    }
    return grids.has(parent);
  };
  for (const badge of badges) {
    // A flat CSS grid holds its badges (even a lone one) among its header's siblings.
    if (badge.parentElement && asFlatGrid(badge.parentElement)) continue;
    let card: Element = badge;
    while (card.parentElement && counts.get(card.parentElement) === 1) card = card.parentElement;
    const parent = card.parentElement;
    if (!parent || (counts.get(parent) ?? 0) < 2 || asFlatGrid(parent)) continue;
    const { cells, editable } = cardCells(card);
    rows.push({ cells, elements: [card], editable });
  }
  return rows;
}

/**
 * Small readers of page structure for the panel readers: text only (textContent, never
 * innerHTML), visible elements only, tables as rows of cell texts.
 */
import { cleanText } from '../capture/clean-text.js';

/**
 * The text as the user sees it: innerText keeps the line breaks between blocks (textContent
 * would glue « …example.com » to the next « Priorité »). Still text, never markup.
 */
export function textOf(element: Element | null | undefined): string {
  const raw = (element as HTMLElement | null | undefined)?.innerText ?? element?.textContent ?? '';
  return cleanText(raw).replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

/** Hidden pop-overs and closed modals stay in some panels' DOM: only what the user sees counts. */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (element as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

export interface TableText {
  headers: string[];
  rows: { cells: string[]; element: Element }[];
}

/** A table's header texts and body rows (cells as text), `<table>` or ARIA grid alike. */
export function readTable(table: Element): TableText {
  const headerCells = [...table.querySelectorAll('thead th, [role=columnheader]')];
  const headers = headerCells.map((cell) => textOf(cell));
  const rowElements = [...table.querySelectorAll('tbody tr, [role=row]')].filter((row) => !row.querySelector('th, [role=columnheader]'));
  return {
    headers,
    rows: rowElements.map((row) => ({ cells: [...row.querySelectorAll('td, [role=cell], [role=gridcell]')].map((cell) => textOf(cell)), element: row })),
  };
}

/** The index of the first header matching one of the patterns, or -1. */
export function column(headers: readonly string[], pattern: RegExp): number {
  return headers.findIndex((header) => pattern.test(header));
}

/** Tables and grids of the document (and of open shadow roots one level down), shown ones only. */
export function shownTables(root: ParentNode): Element[] {
  return [...root.querySelectorAll('table, [role=grid], [role=table]')].filter(isShown);
}

/** The dialogs, pop-overs and tooltips the user has open. */
export function openOverlays(root: ParentNode): Element[] {
  return [...root.querySelectorAll('[role=dialog], [role=alertdialog], [role=tooltip], .oui-popover, .popover, .oui-modal, .modal')].filter(isShown);
}

import { cellOf, ownLabel, plainText, type ListedRow } from './listed-row.js';
import { isListedType, roleOfLabel } from './row-record.js';

/** What holds rows and cells by HTML or ARIA semantics. */
export const TABLE_SELECTOR = 'table, [role=table], [role=grid], [role=treegrid]';
/**
 * The same, one selector at a time: Chromium answers a single simple selector from its fast path
 * but walks the whole tree for a list (20 ms against 0.2 ms on a 5,000-row zone page).
 */
const TABLE_SELECTORS = ['table', '[role=grid]', '[role=table]', '[role=treegrid]'];
/** Where a listing is not the zone: the add form's dialogs and a review step list records to add. */
const NOT_THE_ZONE = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [role=presentation] table, [role=none] table';

export interface TableShape {
  element: Element;
  headers: string[];
  /** Built on demand: recognising a table needs its headers, not its 5,000 rows. */
  rows(): Element[];
  /** The first rows, cheaply, to recognise a table without headers. */
  firstRows(count: number): Element[];
  cellsOf(row: Element): Element[];
}

const headerText = (cell: Element) => plainText(cell.textContent ?? '') || ownLabel(cell);

/** Levels above a table searched for its header table (el-table's sits 5 levels up, behind its scroll box). */
const HEADER_TABLE_DEPTH = 6;

/**
 * The header row of a table whose header is a table of its own drawn above it, kept in view while
 * the body scrolls (el-table, sticky-header grids): the nearest header-only table before it with
 * as many columns as its first row.
 */
function detachedHeaderRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  const columns = table.rows[0]?.cells.length;
  if (!columns) return undefined;
  let scope = table.parentElement;
  for (let depth = 0; scope && depth < HEADER_TABLE_DEPTH; depth += 1, scope = scope.parentElement) {
    const before = [...scope.getElementsByTagName('table')].filter((other) => other.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING && !other.contains(table));
    const header = before.reverse().find((other) => other.tHead !== null && [...other.tBodies].every((body) => body.rows.length === 0));
    const row = header?.tHead!.rows[header.tHead!.rows.length - 1];
    if (row) return row.cells.length === columns ? row : undefined;
  }
  return undefined;
}

function htmlTable(table: HTMLTableElement): TableShape {
  const first = table.rows[0];
  const headRows = table.tHead ? [...table.tHead.rows] : first && [...first.cells].every((cell) => cell.localName === 'th') ? [first] : [];
  const headerRow = headRows[headRows.length - 1] ?? detachedHeaderRow(table);
  const footer = table.tFoot;
  const isBody = (row: HTMLTableRowElement) => !headRows.includes(row) && row.parentElement !== footer;
  return {
    element: table,
    headers: headerRow ? [...headerRow.cells].map(headerText) : [],
    rows: () => [...table.rows].filter(isBody),
    firstRows: (count) => Array.from({ length: Math.min(table.rows.length, count + headRows.length) }, (_, index) => table.rows[index]!).filter(isBody),
    cellsOf: (row) => [...(row as HTMLTableRowElement).cells],
  };
}

/** The grid's own rows (not a nested grid's), in order, found as they are asked for. */
function* ownRowsOf(grid: Element): Generator<Element> {
  const walker = grid.ownerDocument.createTreeWalker(grid, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.getAttribute('role') === 'row' && node.closest(TABLE_SELECTOR) === grid) yield node;
  }
}

/** The first `count` rows `rows` gives that pass `keep`, without walking further. */
function firstOfRows(rows: Iterable<Element>, count: number, keep: (row: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const row of rows) {
    if (found.length >= count) break;
    if (keep(row)) found.push(row);
  }
  return found;
}

/** An ARIA grid: its header row and first rows are read by walking its top only, rows() walks all. */
function ariaTable(grid: Element): TableShape {
  const cellsOf = (row: Element) =>
    [...row.querySelectorAll('[role=cell], [role=gridcell], [role=rowheader], [role=columnheader]')].filter((cell) => cell.closest('[role=row]') === row);
  const [headerRow] = firstOfRows(ownRowsOf(grid), 1, (row) => row.querySelector('[role=columnheader]') !== null);
  const isBody = (row: Element) => row !== headerRow;
  const rows = () => [...ownRowsOf(grid)].filter(isBody);
  return { element: grid, headers: headerRow ? cellsOf(headerRow).map(headerText) : [], rows, firstRows: (count) => firstOfRows(ownRowsOf(grid), count, isBody), cellsOf };
}

function shapeOf(element: Element): TableShape {
  return element.localName === 'table' ? htmlTable(element as HTMLTableElement) : ariaTable(element);
}

/** How many rows are looked at to tell a header-less table of records from any other table. */
const SAMPLE_ROWS = 5;

/**
 * True when the table lists DNS records: its headers name the type and the name or the data, or
 * (no headers) its first rows have a cell holding a record type alone. Cheap: headers and 5 rows.
 */
export function isZoneTable(shape: TableShape): boolean {
  const roles = new Set(shape.headers.map(roleOfLabel));
  if (roles.has('type')) return roles.has('host') || roles.has('value');
  if (shape.headers.length > 0) return false;
  return shape.firstRows(SAMPLE_ROWS).some((row) => shape.cellsOf(row).some((cell) => isListedType(plainText(cell.textContent ?? ''))));
}

function isShownListing(element: Element): boolean {
  if (element.closest(NOT_THE_ZONE)) return false;
  const check = (element as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/** The zone tables and grids of one root (document or shadow root), shown ones only. */
export function zoneTables(root: Document | ShadowRoot): TableShape[] {
  const tables = TABLE_SELECTORS.flatMap((selector) => [...root.querySelectorAll(selector)]);
  return [...new Set(tables)].map(shapeOf).filter((shape) => isZoneTable(shape) && isShownListing(shape.element));
}

/** A zone table's rows, each cell labelled by its column header. */
export function tableRows(shape: TableShape): ListedRow[] {
  return shape.rows().map((row) => {
    let editable = false;
    const cells = shape.cellsOf(row).map((cell, index) => {
      const read = cellOf(cell, shape.headers[index] ?? '');
      editable ||= read.editable;
      return read.cell;
    });
    return { cells, elements: [row], editable };
  });
}

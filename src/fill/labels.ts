import { rootOf } from './deep-query.js';

/**
 * Every text that names a form control, strongest first: its <label>s, aria-label(ledby),
 * placeholder, title, then the text just before it, its column header (inline table rows), and
 * last its name and id attributes.
 * Mirrors what browser autofill infers (Chromium's InferLabelForElement), kept small.
 */
export function labelTexts(element: Element): string[] {
  return labelEvidence(element).map((item) => item.text);
}

/** How strongly a kind of text names a control: lower is stronger. */
export const LABEL_STRENGTH = { label: 0, aria: 1, placeholder: 2, title: 3, nearby: 4, header: 5, attribute: 6 } as const;

/** Every naming text with its kind's strength, strongest first. */
export function labelEvidence(element: Element): { text: string; strength: number }[] {
  const evidence: { text: string; strength: number }[] = [];
  const push = (text: string | null | undefined, strength: number) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean) evidence.push({ text: clean, strength });
  };
  const control = element as HTMLInputElement;
  for (const label of control.labels ?? []) push(label.textContent, LABEL_STRENGTH.label);
  push(element.getAttribute('aria-label'), LABEL_STRENGTH.aria);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = rootOf(element);
    for (const id of labelledBy.split(/\s+/)) push(root.getElementById(id)?.textContent, LABEL_STRENGTH.aria);
  }
  push(element.getAttribute('placeholder'), LABEL_STRENGTH.placeholder);
  push(element.getAttribute('title'), LABEL_STRENGTH.title);
  push(previousText(element), LABEL_STRENGTH.nearby);
  push(columnHeader(element), LABEL_STRENGTH.header);
  // The control's own name and id: weakest as words, but a label locator anchored on them
  // (`/^(host|hostname)$/i`) finds `name="host"` without a slow case-insensitive selector scan.
  push(element.getAttribute('name'), LABEL_STRENGTH.attribute);
  push(element.id, LABEL_STRENGTH.attribute);
  return evidence;
}

/** The text right before the control within its field wrapper ("Host name" in `<div>Host name<br><input>`). */
function previousText(element: Element): string | undefined {
  let node: Node | null = element;
  for (let depth = 0; depth < 3 && node; depth += 1) {
    let sibling: Node | null = node.previousSibling;
    while (sibling) {
      // A comment is no text a person reads (Vue leaves `<!--v-if-->` where a branch is not drawn).
      const text = sibling.nodeType === Node.COMMENT_NODE ? '' : sibling.textContent?.trim();
      if (text) return text.length <= 60 ? text : undefined;
      sibling = sibling.previousSibling;
    }
    // In a table cell the neighbours are other columns' values: the column header names it instead.
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches('td, th, [role=gridcell], [role=cell]')) return undefined;
    node = node.parentNode;
    if (node && node.nodeType === Node.ELEMENT_NODE && /^(FORM|TABLE|BODY)$/.test((node as Element).tagName)) return undefined;
  }
  return undefined;
}

/**
 * The header of the table column the control sits in (inline add rows): by the HTML table model
 * in its own table; else (a grid whose header row is a table of its own, kept in view while the
 * body scrolls: el-table, sticky-header grids; or an ARIA grid of divs) the column header drawn
 * straight above the cell.
 */
export function columnHeader(element: Element): string | undefined {
  const cell = element.closest('td, [role=gridcell], [role=cell]');
  if (!cell) return undefined;
  const table = cell.closest('table');
  const headerRow = cell.tagName === 'TD' ? table?.querySelector('thead tr') : undefined;
  if (headerRow) return headerRow.children[[...(cell.parentElement?.children ?? [])].indexOf(cell)]?.textContent?.trim() || undefined;
  return headerAbove(cell);
}

/** Levels from the cell's table up searched for its header table (el-table's sits 5 levels up, behind its scroll box). */
const HEADER_SEARCH_DEPTH = 6;

function headerAbove(cell: Element): string | undefined {
  const box = cell.getBoundingClientRect();
  const middle = box.left + box.width / 2;
  let scope = cell.closest('table, [role=grid], [role=table], [role=treegrid]');
  for (let depth = 0; scope && depth < HEADER_SEARCH_DEPTH; depth += 1, scope = scope.parentElement) {
    const headers = [...scope.querySelectorAll('th, [role=columnheader]')].filter((header) => !header.contains(cell));
    if (headers.length === 0) continue;
    // The nearest header drawn above the cell's middle (a page may hold other tables higher up).
    let nearest: { text: string; bottom: number } | undefined;
    for (const header of headers) {
      const drawn = header.getBoundingClientRect();
      const above = drawn.width > 0 && drawn.left <= middle && middle < drawn.right && drawn.bottom <= box.top + 1;
      if (above && drawn.bottom > (nearest?.bottom ?? -Infinity)) nearest = { text: header.textContent?.trim() ?? '', bottom: drawn.bottom };
    }
    return nearest?.text || undefined;
  }
  return undefined;
}

/**
 * A row of a zone listing as the page shows it, before it is read as a record: its cells' texts
 * (an editable control's current value in place of its text), their labels, and the elements
 * that show the row. Every listing shape (table, ARIA grid, CSS grid, cards) comes down to this.
 */
export interface ListedCell {
  text: string;
  /** The column header or the control's own label ("TTL", « Priorité »); '' when none. */
  label: string;
  /** Cards put the name in a heading and the value in code: a hint when nothing labels them. */
  kind: 'heading' | 'code' | 'plain';
}

export interface ListedRow {
  cells: ListedCell[];
  elements: Element[];
  /** The row holds controls of its own (an inline priority input, a TTL select). */
  editable: boolean;
}

/** Cell texts longer than this are cut: a listing cell is a name, a number or one record's data. */
const MAX_CELL_CHARS = 8192;

const CONTROLS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), select, textarea, [role=combobox], [role=spinbutton], [contenteditable=true]';

/** True when the element is a control the user edits a value with. */
export function isValueControl(element: Element): boolean {
  return element.matches(CONTROLS);
}

/** A control's current value: what it holds, not its markup (a select's chosen option, a combobox's shown text). */
export function controlValue(control: Element): string {
  const tag = control.localName;
  if (tag === 'input' || tag === 'textarea') return (control as HTMLInputElement).value;
  if (tag === 'select') return (control as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  return control.textContent ?? '';
}

/** Page text in one form: no invisible characters, NBSP as space, runs of white space as one. */
export function plainText(text: string): string {
  return text.slice(0, MAX_CELL_CHARS).replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** A table or grid cell: its text, or its first control's value (the row is then editable). */
export function cellOf(cell: Element, label: string): { cell: ListedCell; editable: boolean } {
  // Most cells hold text only: no selector matching for them (5,000 rows × 6 cells).
  const control = isValueControl(cell) ? cell : cell.firstElementChild ? cell.querySelector(CONTROLS) : null;
  const text = plainText(control ? controlValue(control) : cell.textContent ?? '');
  return { cell: { text, label, kind: 'plain' }, editable: control !== null };
}

/** The label a control carries itself (`aria-label`, `aria-labelledby`, `title`). */
export function ownLabel(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byIds = labelledBy.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
  return plainText(element.getAttribute('aria-label') ?? (byIds || (element.getAttribute('title') ?? '')));
}

import { rootOf } from './deep-query.js';

/**
 * Every text that names a form control, strongest first: its <label>s, aria-label(ledby),
 * placeholder, title, then the text just before it and its column header (inline table rows).
 * Mirrors what browser autofill infers (Chromium's InferLabelForElement), kept small.
 */
export function labelTexts(element: Element): string[] {
  const texts: string[] = [];
  const push = (text: string | null | undefined) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean) texts.push(clean);
  };
  const control = element as HTMLInputElement;
  for (const label of control.labels ?? []) push(label.textContent);
  push(element.getAttribute('aria-label'));
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = rootOf(element);
    for (const id of labelledBy.split(/\s+/)) push(root.getElementById(id)?.textContent);
  }
  push(element.getAttribute('placeholder'));
  push(element.getAttribute('title'));
  push(previousText(element));
  push(columnHeader(element));
  return texts;
}

/** The text right before the control within its field wrapper ("Host name" in `<div>Host name<br><input>`). */
function previousText(element: Element): string | undefined {
  let node: Node | null = element;
  for (let depth = 0; depth < 3 && node; depth += 1) {
    let sibling: Node | null = node.previousSibling;
    while (sibling) {
      const text = sibling.textContent?.trim();
      if (text) return text.length <= 60 ? text : undefined;
      sibling = sibling.previousSibling;
    }
    node = node.parentNode;
    if (node && node.nodeType === Node.ELEMENT_NODE && /^(FORM|TABLE|BODY)$/.test((node as Element).tagName)) return undefined;
  }
  return undefined;
}

/** The header of the table column the control sits in (inline add rows). */
function columnHeader(element: Element): string | undefined {
  const cell = element.closest('td');
  const table = cell?.closest('table');
  if (!cell || !table) return undefined;
  const index = [...(cell.parentElement?.children ?? [])].indexOf(cell);
  const header = table.querySelector('thead tr')?.children[index];
  return header?.textContent?.trim() || undefined;
}

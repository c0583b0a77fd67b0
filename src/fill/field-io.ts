import type { FieldRole } from './editor-spec.js';
import { blur, isSelect, isTextControl, setSelect, setText } from './events.js';

/** Roles whose text is a name or a number, where case and spacing mean nothing. */
const LOOSE: ReadonlySet<FieldRole> = new Set(['host', 'target', 'service', 'protocol']);
const NUMERIC: ReadonlySet<FieldRole> = new Set(['ttl', 'priority', 'weight', 'port']);

/** What the control holds now, as text ('' when it holds nothing). */
export function readField(element: Element): string {
  if (isTextControl(element) || isSelect(element)) return element.value;
  return element.textContent?.trim() ?? '';
}

/** Types `text` into the control (a select gets the option with that value or text), then blurs it. */
export function writeField(element: Element, text: string): boolean {
  if (isSelect(element)) {
    const option = [...element.options].find((o) => o.value === text) ?? [...element.options].find((o) => o.text.trim() === text);
    if (!option) return false;
    setSelect(element, option.value);
  } else if (isTextControl(element)) {
    setText(element, text);
  } else {
    return false;
  }
  blur(element);
  return true;
}

/** True when the control shows what was typed, the way the site may reformat it. */
export function sameFieldText(role: FieldRole | 'value', wanted: string, found: string): boolean {
  const a = wanted.trim();
  const b = found.trim();
  if (NUMERIC.has(role as FieldRole)) return b !== '' && Number(a) === Number(b);
  if (LOOSE.has(role as FieldRole)) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

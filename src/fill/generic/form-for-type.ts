import type { RecordType } from '../../records/types.js';
import { collectRoots, isVisible } from '../deep-query.js';
import { accessibleName, isMirror, queryScope, spacedText } from './composed.js';

/** Where a form opened for one type says which: its title, a heading, a legend. */
const TITLES = 'h1, h2, h3, h4, h5, h6, [role=heading], legend';
const DIALOGS = '[role=dialog], [role=alertdialog], dialog, [aria-modal=true]';
const FORMS = 'form, [role=form]';
const TYPED = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea';

/** The type as a word in upper case ("New MX record", "Add an A record"; never the "a" of "add a record"). */
const typeWord = (type: RecordType) => new RegExp(`(?<![A-Za-z0-9])${type}(?![A-Za-z0-9])`);

const editable = (field: Element) => !(field as HTMLInputElement).readOnly && !(field as HTMLInputElement).disabled && !isMirror(field);
const fixedValue = (field: Element) => ((field as HTMLInputElement).readOnly || (field as HTMLInputElement).disabled ? (field as HTMLInputElement).value.trim() : '');

/** True when `form` shows `type` as the type it is for: in its name or a title, a read-only field, or a badge holding only the type. */
function showsType(form: Element, type: RecordType): boolean {
  const word = typeWord(type);
  if (word.test(accessibleName(form)) || queryScope(form, TITLES).some((title) => word.test(spacedText(title, 200)))) return true;
  if (queryScope(form, TYPED).some((field) => fixedValue(field).toUpperCase() === type)) return true;
  return queryScope(form, 'span, div, strong, b, code, mark, p').some((badge) => badge.childElementCount === 0 && (badge.textContent ?? '').trim() === type);
}

/**
 * A form opened for one record type (chosen in the add button's menu of types): it has no type
 * control. The newest dialog or form on the page with a field to type in that shows that type.
 */
export function formForType(document: Document, type: RecordType): Element | undefined {
  const shown = (selector: string) => collectRoots(document).flatMap((root) => [...root.querySelectorAll(selector)]).filter(isVisible).reverse();
  return [...shown(DIALOGS), ...shown(FORMS)].find((form) => queryScope(form, TYPED).some(editable) && showsType(form, type));
}

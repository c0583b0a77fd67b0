import type { RecordType } from '../../records/types.js';
import { waitFor } from '../settle.js';
import { composedParent, isMirror, queryScope } from './composed.js';
import { formForType } from './form-for-type.js';
import { findOpener, pressOpener } from './opener.js';
import { findTypeControl, findTypeControlOnPage, type FoundTypeControl } from './type-choice.js';

/** Containers that are one form to a person: a dialog wins; else the nearest form-like box holding a text field. */
export const DIALOG = '[role=dialog], [role=alertdialog], dialog, [aria-modal=true]';
const CONTAINER = 'form, [role=form], [role=region], fieldset, section, [role=tabpanel]';
const TEXT_FIELD = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea';

export interface AddForm {
  /** Every field lookup stays inside this element (and its shadow roots and frames). */
  scope: Element;
  type: FoundTypeControl;
}

const typedFields = (node: Element) => queryScope(node, TEXT_FIELD).filter((field) => !isMirror(field)).length;

/**
 * The add form around a type control: its dialog; else its nearest form-like container (form,
 * region, fieldset) holding a text field; else the nearest element holding two (host and value).
 */
function scopeAround(anchor: Element): Element {
  let fallback: Element | undefined;
  for (let node: Element | null = anchor; node && node.tagName !== 'BODY'; node = composedParent(node)) {
    if (node.matches(DIALOG)) return node;
    if (fallback) continue;
    if (node.matches(CONTAINER) && typedFields(node) > 0) fallback = node;
    else if (node !== anchor && typedFields(node) >= 2) fallback = node;
  }
  return fallback ?? anchor.ownerDocument.body;
}

/** The add form open on the page now, if any. */
export function findOpenForm(document: Document): AddForm | undefined {
  const found = findTypeControlOnPage(document);
  if (!found) return undefined;
  const scope = scopeAround(found.anchor);
  return { scope, type: findTypeControl(scope) ?? found.control };
}

/**
 * The open add form, opening it with the page's own add button when it is closed; for a `type`
 * record: an add button whose menu lists the types opens a form for that type only. Undefined
 * when there is none, `missingType` when the menu of types lacks this one.
 */
export async function openAddForm(document: Document, type: RecordType): Promise<AddForm | { missingType: RecordType } | undefined> {
  const open = findOpenForm(document);
  if (open) return open;
  const opener = findOpener(document);
  const opened = opener && (await pressOpener(document, opener, type));
  if (!opened?.opened) return opened?.missingType ? { missingType: opened.missingType } : undefined;
  const forType = opened.forType;
  if (!forType) return waitFor(() => findOpenForm(document), 4000, 50, document);
  const scope = await waitFor(() => formForType(document, forType), 4000, 50, document);
  return scope && { scope, type: { kind: 'fixed', type: forType } };
}

/** The add form as it is now: found again by its type control, else the form opened for one type, while it shows. */
export function currentForm(document: Document, form: AddForm): AddForm {
  if (form.type.kind !== 'fixed') return findOpenForm(document) ?? form;
  return form.scope.isConnected ? form : { ...form, scope: formForType(document, form.type.type) ?? form.scope };
}

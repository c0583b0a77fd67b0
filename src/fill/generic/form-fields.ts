import type { FieldRole } from '../editor-spec.js';
import { isSelect } from '../events.js';
import { labelEvidence } from '../labels.js';
import { accessibleName, isMirror, queryScope } from './composed.js';
import type { FoundTypeControl } from './type-choice.js';
import { FIELD_WORDS, SEARCH } from './words.js';

/** A control of the add form, and how it takes a value: typed text, or a choice among options. */
export interface FormField {
  element: Element;
  kind: 'text' | 'choice';
  label: string;
}

export type FormFields = Partial<Record<FieldRole, FormField>>;

const CONTROLS = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]):not([type=reset]):not([type=search]), textarea, select, [role=combobox], [aria-haspopup=listbox]';
const ORDER = ['ttl', 'priority', 'weight', 'port', 'protocol', 'service', 'value', 'host'] as const;

function typeElements(control: FoundTypeControl): Element[] {
  if (control.kind === 'fixed') return [];
  return control.kind === 'buttons' ? control.elements : [control.element];
}

/** The texts that name a control, strongest first (its label, aria, placeholder, nearby words). */
function namesOf(element: Element): string[] {
  return [accessibleName(element), ...labelEvidence(element).map((item) => item.text)].filter((text) => text !== '');
}

function roleOf(names: readonly string[]): FieldRole | undefined {
  for (const name of names) {
    const role = ORDER.find((candidate) => FIELD_WORDS[candidate].test(name));
    if (role) return role;
  }
  return undefined;
}

/**
 * The record fields of the open add form, found by their labels inside the form's scope only
 * (never in a zone row, never outside the form). `excluded` says which elements are off limits
 * (the rows the page lists, with their own editable controls). A text box no label names is the
 * value when the form has none yet (a field labelled only "Mail exchange", "Will direct to").
 */
export function formFields(scope: Element, type: FoundTypeControl, excluded: (element: Element) => boolean): FormFields {
  const skip = new Set(typeElements(type));
  const fields: FormFields = {};
  const unnamed: FormField[] = [];
  for (const element of queryScope(scope, CONTROLS)) {
    if (skip.has(element) || [...skip].some((own) => own.contains(element)) || excluded(element) || isMirror(element)) continue;
    const names = namesOf(element);
    const choice = isSelect(element) || element.getAttribute('role') === 'combobox' || element.hasAttribute('aria-haspopup');
    if (names.some((name) => SEARCH.test(name)) || (!choice && (element as HTMLInputElement).readOnly === true)) continue;
    const field: FormField = { element, kind: choice ? 'choice' : 'text', label: names[0] ?? '' };
    const role = roleOf(names);
    // A TTL choice (« Par défaut » / « Personnalisé ») may show a seconds box: the box states the TTL exactly.
    if (role && (!fields[role] || (role === 'ttl' && fields.ttl?.kind === 'choice' && field.kind === 'text'))) fields[role] = field;
    else if (!role && field.kind === 'text') unnamed.push(field);
  }
  if (!fields.value && unnamed[0]) fields.value = unnamed[0];
  return fields;
}

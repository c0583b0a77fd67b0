import { isSelect, press } from '../events.js';
import { collectRoots } from '../deep-query.js';
import { waitFor, waitForQuiet } from '../settle.js';
import { typeOption, typePattern } from '../type-control.js';
import type { RecordType } from '../../records/types.js';
import { chooseOption, shownChoice } from './choose-option.js';
import { accessibleName, isMirror, queryScope } from './composed.js';
import { TYPE_LABEL } from './words.js';

/** Types whose presence among choices says "record type control". */
export const TELLING: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];

/**
 * How the form takes the record type: a native select, buttons (radio, toggle, tabs), or a
 * combobox; or not at all: a form opened for one type (from a menu of types), which shows it.
 */
export type FoundTypeControl =
  | { kind: 'select'; element: HTMLSelectElement }
  | { kind: 'buttons'; elements: Element[] }
  | { kind: 'combobox'; element: Element }
  | { kind: 'fixed'; type: RecordType };

/** A control the form has for choosing the type. */
export type TypeControlElement = Exclude<FoundTypeControl, { kind: 'fixed' }>;

const BUTTONS = 'button, [role=button], [role=radio], [role=tab], input[type=radio], [aria-pressed], sl-radio-button, mat-button-toggle';
const COMBOS = '[role=combobox], [aria-haspopup=listbox], select';

const typeOfName = (element: Element) => accessibleName(element).trim().toUpperCase();

function typeButtons(elements: Element[]): Element[] {
  const named = elements.filter((element) => (TELLING as readonly string[]).includes(typeOfName(element)) || typeOfName(element) === 'SRV');
  // Nested matches (a toggle's inner button) count once: keep the innermost.
  const inner = named.filter((element) => !named.some((other) => other !== element && element.contains(other)));
  return new Set(inner.map(typeOfName)).size >= 3 ? inner : [];
}

/** The record type control inside `scope` (the document, a dialog, a form). */
export function findTypeControl(scope: Element): TypeControlElement | undefined {
  const combos = queryScope(scope, COMBOS);
  // A library's hidden native mirror of its custom select (1 pixel, aria-hidden) is no control a person uses.
  const select = combos.find((element): element is HTMLSelectElement => isSelect(element) && !isMirror(element) && TELLING.filter((type) => typeOption(element, type)).length >= 3);
  if (select) return { kind: 'select', element: select };
  const buttons = typeButtons(queryScope(scope, BUTTONS));
  if (buttons.length > 0) return { kind: 'buttons', elements: buttons };
  const combo = combos.find((element) => !isSelect(element) && TYPE_LABEL.test(accessibleName(element)));
  return combo ? { kind: 'combobox', element: combo } : undefined;
}

/** Anywhere on the page (open shadow roots and same-origin frames too): the add form's type control, and an element of it. */
export function findTypeControlOnPage(document: Document): { control: TypeControlElement; anchor: Element } | undefined {
  const control = document.body ? findTypeControl(document.body) : undefined;
  return control && { control, anchor: control.kind === 'buttons' ? control.elements[0]! : control.element };
}

/** The state that says a button of the group is the one chosen: checked (radio), pressed (toggle), selected (tab). */
const pressedOrChecked = (element: Element) =>
  ['aria-checked', 'aria-pressed', 'aria-selected'].some((state) => element.getAttribute(state) === 'true') || (element as HTMLInputElement).checked === true || element.hasAttribute('checked');

/**
 * Chooses `type`; true once the control shows it and the page settled on it (a form re-rendered
 * for the new type, or rebuilt, is read again only then). A custom list's choice settled as the
 * list closed on it: no second wait.
 */
export async function chooseRecordType(control: FoundTypeControl, type: RecordType): Promise<boolean> {
  const chosen = await pressType(control, type);
  if (chosen && control.kind !== 'combobox' && control.kind !== 'fixed') await waitForQuiet(collectRoots(documentOf(control)), 40, 1500);
  return chosen;
}

const documentOf = (control: TypeControlElement) => (control.kind === 'buttons' ? control.elements[0]! : control.element).ownerDocument;

async function pressType(control: FoundTypeControl, type: RecordType): Promise<boolean> {
  const pattern = typePattern(type);
  switch (control.kind) {
    case 'fixed':
      return control.type === type;
    case 'select': {
      const option = typeOption(control.element, type);
      return option !== undefined && (await chooseOption(control.element, (texts) => texts.indexOf(option.text.trim() || option.value))) !== undefined;
    }
    case 'buttons': {
      const button = control.elements.find((element) => typeOfName(element) === type);
      if (!button) return false;
      if (!pressedOrChecked(button)) press(button);
      // Toggle libraries mark the choice on the button or on its host (mat-button-toggle, sl-radio-button).
      return (await waitFor(() => pressedOrChecked(button) || (button.parentElement !== null && pressedOrChecked(button.parentElement)) || !button.isConnected, 1000, 25, button.ownerDocument)) !== undefined;
    }
    case 'combobox': {
      if (pattern.test(shownChoice(control.element).replace(/^type\s*/i, ''))) return true;
      const chosen = await chooseOption(control.element, (texts) => texts.findIndex((text) => pattern.test(text)));
      return chosen !== undefined;
    }
  }
}

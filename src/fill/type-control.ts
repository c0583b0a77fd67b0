import type { RecordType } from '../records/types.js';
import type { Locator, TypeControl } from './editor-spec.js';
import { collectRoots, deepQueryAll, isVisible, type QueryRoot } from './deep-query.js';
import { isSelect, keyPress, press, setSelect } from './events.js';
import { locate, locateAll } from './locate.js';
import { waitFor } from './settle.js';

/** "A", "A Record", "A — Point to an IPv4" name type A; "AAAA" does not. */
export function typePattern(type: RecordType): RegExp {
  return new RegExp(`^\\s*${type}(?![A-Za-z0-9])`, 'i');
}

/** The option of a type-select that stands for `type`: by its value first, then by its text. */
export function typeOption(select: HTMLSelectElement, type: RecordType, wanted?: string): HTMLOptionElement | undefined {
  const options = [...select.options];
  if (wanted !== undefined) return options.find((o) => o.value === wanted);
  const pattern = typePattern(type);
  return (
    options.find((o) => o.value.trim().toUpperCase() === type) ??
    options.find((o) => o.text.trim().toUpperCase() === type) ??
    options.find((o) => pattern.test(o.text) || pattern.test(o.value))
  );
}

async function chooseInSelect(locator: Locator, root: QueryRoot, type: RecordType, wanted?: string): Promise<boolean> {
  const select = locate(locator, root, { includeHidden: true });
  if (!select || !isSelect(select)) return false;
  const option = typeOption(select, type, wanted);
  if (!option) return false;
  setSelect(select, option.value);
  return select.value === option.value;
}

/** Trigger → pointer press → listbox (maybe portaled at the end of body) → the option → verify. */
async function chooseInCombobox(trigger: Locator, root: QueryRoot, type: RecordType, optionText?: RegExp): Promise<boolean> {
  const button = locate(trigger, root);
  if (!button) return false;
  const pattern = optionText ?? typePattern(type);
  const alreadyChosen = () => pattern.test(button.textContent ?? '');
  const findOption = () => deepQueryAll('[role=option]', root, collectRoots(root)).find((o) => isVisible(o) && pattern.test(o.textContent ?? ''));
  press(button);
  let option = await waitFor(findOption, 1500);
  if (!option) {
    // Some comboboxes open from the keyboard only (focus, ArrowDown), like a person would.
    (button as HTMLElement).focus?.();
    keyPress(button, 'ArrowDown');
    option = await waitFor(findOption, 1000);
  }
  if (!option) return alreadyChosen();
  press(option);
  // The trigger shows the choice once the listbox closed (Ark/zag, MUI, Headless UI all do).
  return (await waitFor(() => alreadyChosen() || (button.getAttribute('data-value') ?? '').toUpperCase() === type, 1500)) ?? false;
}

async function chooseInButtonGroup(buttons: Locator, next: Locator | undefined, root: QueryRoot, type: RecordType): Promise<boolean> {
  const button = locateAll(buttons, root).find((b) => (b.textContent ?? '').trim().toUpperCase() === type);
  if (!button) return false;
  press(button);
  if (next) {
    const nextButton = await waitFor(() => locate(next, root), 1500);
    if (!nextButton) return false;
    press(nextButton);
  }
  return true;
}

/**
 * Chooses the record type in the site's type control. Returns false when the control or the
 * type is not there (the caller stops and says so).
 */
export async function chooseType(control: TypeControl, root: QueryRoot, type: RecordType): Promise<boolean> {
  switch (control.kind) {
    case 'native-select':
      return chooseInSelect(control.locator, root, type, control.optionValue?.[type]);
    case 'combobox':
      return chooseInCombobox(control.trigger, root, type, control.optionText?.[type]);
    case 'button-group':
      return chooseInButtonGroup(control.buttons, control.next, root, type);
  }
}

/** True when the type control is on screen (the add form is open). */
export function typeControlVisible(control: TypeControl, root: QueryRoot): boolean {
  switch (control.kind) {
    case 'native-select': {
      const select = locate(control.locator, root, { includeHidden: true });
      // A visually hidden select behind a custom one counts when its wrapper is shown.
      return select !== undefined && (isVisible(select) || (select.parentElement !== null && isVisible(select.parentElement)));
    }
    case 'combobox':
      return locate(control.trigger, root) !== undefined;
    case 'button-group':
      return locateAll(control.buttons, root).length > 0;
  }
}

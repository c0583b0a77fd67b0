import { collectRoots, isVisible } from '../deep-query.js';
import { isSelect, keyPress, press, setSelect } from '../events.js';
import { waitFor } from '../settle.js';
import { composedParent, spacedText } from './composed.js';

/** Options of an open listbox, as text: role=option, or the library's option elements (antd, react-select). */
const OPTION_SELECTOR = '[role=option], [class*="option" i]:not([role=listbox]):not([class*="options" i])';

/** Ids named by aria-controls/aria-owns, resolved in the trigger's own root and in the document. */
function controlledLists(trigger: Element): Element[] {
  const ids = `${trigger.getAttribute('aria-controls') ?? ''} ${trigger.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  const root = trigger.getRootNode() as Document | ShadowRoot;
  return ids.flatMap((id) => [root.getElementById?.(id), trigger.ownerDocument.getElementById(id)].filter((e): e is HTMLElement => !!e));
}

/** The visible options a person can click now: the trigger's own list first, then any portal. */
export function visibleOptions(trigger: Element): Element[] {
  const own = controlledLists(trigger).flatMap((list) => [...list.querySelectorAll(OPTION_SELECTOR)]).filter(isVisible);
  if (own.length > 0) return own;
  const roots = collectRoots(trigger.ownerDocument);
  const options = roots.flatMap((root) => [...root.querySelectorAll(OPTION_SELECTOR)]).filter(isVisible);
  // Light-DOM options of a web component's select (sl-option) show through its slot.
  return options.filter((option) => !options.some((other) => other !== option && other.contains(option)));
}

const optionText = (option: Element) => (option.getAttribute('title') ?? spacedText(option, 200)).trim();

/** What the control shows now: its value, or its text and its nearby wrapper's (react-select shows the choice beside its input). */
export function shownChoice(control: Element): string {
  if (isSelect(control)) return control.selectedOptions[0]?.text ?? '';
  let node: Element | null = control;
  for (let depth = 0; node && depth < 3; depth += 1, node = composedParent(node)) {
    const text = spacedText(node, 300);
    const value = (node as HTMLInputElement).value;
    if (node === control && typeof value === 'string' && value.trim() !== '' && node.tagName !== 'BUTTON') return value;
    if (text !== '') return text;
  }
  return '';
}

export type Pick = (texts: string[]) => number;

/**
 * Opens a select-like control and chooses the option `pick` names (by index in the texts it is
 * shown): a native select directly; a custom combobox by a pointer press (then the keyboard), the
 * option found in its aria-controls list or in a portal at the end of body. Returns the chosen
 * option's text, or undefined when no option fits or the control would not open.
 */
export async function chooseOption(control: Element, pick: Pick): Promise<string | undefined> {
  if (isSelect(control)) {
    const options = [...control.options];
    const index = pick(options.map((o) => o.text.trim() || o.value));
    if (index < 0) return undefined;
    setSelect(control, options[index]!.value);
    return control.value === options[index]!.value ? options[index]!.text.trim() : undefined;
  }
  press(control);
  let options = await waitFor(() => { const found = visibleOptions(control); return found.length > 0 ? found : undefined; }, 1500);
  if (!options) {
    (control as HTMLElement).focus?.();
    keyPress(control, 'ArrowDown');
    options = await waitFor(() => { const found = visibleOptions(control); return found.length > 0 ? found : undefined; }, 1000);
  }
  if (!options) return undefined;
  const texts = options.map(optionText);
  const index = pick(texts);
  if (index < 0) {
    keyPress(control, 'Escape');
    return undefined;
  }
  const option = options[index]!;
  option.scrollIntoView?.({ block: 'nearest' });
  press(option);
  await waitFor(() => !option.isConnected || !isVisible(option), 1000);
  return texts[index];
}

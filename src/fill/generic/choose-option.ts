import { collectRoots, isVisible } from '../deep-query.js';
import { isSelect, keyPress, press, setSelect } from '../events.js';
import { nextFrame, waitFor, waitForQuiet } from '../settle.js';
import { composedParent, isMirror, spacedText } from './composed.js';

/** Options of an open listbox, as text: role=option, or the library's option elements (antd, react-select). */
const OPTION_SELECTOR = '[role=option], [class*="option" i]:not([role=listbox]):not([class*="options" i])';

/** Ids named by aria-controls/aria-owns, resolved in the trigger's own root and in the document. */
function controlledLists(trigger: Element): Element[] {
  const ids = `${trigger.getAttribute('aria-controls') ?? ''} ${trigger.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  const root = trigger.getRootNode() as Document | ShadowRoot;
  return ids.flatMap((id) => [root.getElementById?.(id), trigger.ownerDocument.getElementById(id)].filter((e): e is HTMLElement => !!e));
}

const shown = (option: Element) => isVisible(option) && !isMirror(option);

/** A control that opens a list of options (ARIA combobox, or a button with a listbox popup). */
const LIST_TRIGGER = '[role=combobox], [aria-haspopup=listbox]';

/** Every option shown on the page now (open shadow roots and same-origin frames too). */
export function shownOptions(document: Document): Element[] {
  return collectRoots(document).flatMap((root) => [...root.querySelectorAll(OPTION_SELECTOR)]).filter(shown);
}

/**
 * The lists of options a person may click now: the trigger's own list (aria-controls/owns), then
 * every visible option on the page (a portal at the end of body) but those in `stale` (shown
 * before the trigger was pressed: another control's list, still closing). Both: a library may
 * keep an accessible copy of a few options in its own list while the clickable ones sit in the portal.
 */
export function optionLists(trigger: Element, stale: ReadonlySet<Element> = new Set()): Element[][] {
  const own = controlledLists(trigger).flatMap((list) => [...list.querySelectorAll(OPTION_SELECTOR)]).filter(shown);
  const all = shownOptions(trigger.ownerDocument).filter((option) => !stale.has(option));
  // Nested matches (an option's inner "option-content" box) count once: the outermost.
  const portal = all.filter((option) => !all.some((other) => other !== option && other.contains(option)));
  return [own, portal].filter((list) => list.length > 0);
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
 * True while the control's list shows: what the control says (aria-expanded), else whether the
 * option pressed still shows. The control's word comes first: a list it closed may stay in the
 * page until its exit animation's frames (none in a background tab). A control the page replaced
 * on the choice (a form rebuilt for the new type) took its list with it: what it said last is no
 * longer the page.
 */
function listShown(control: Element, option?: Element): boolean {
  if (control.isConnected && control.hasAttribute('aria-expanded')) return control.getAttribute('aria-expanded') === 'true';
  return option !== undefined && shown(option);
}

/**
 * A plain text field of the form is never sent Escape: a dialog closes on it, and what was typed
 * with it (nothing is lost). The list's option, or the host of a shadow-root select, may be.
 */
const mayEscape = (target: Element | null): target is Element => target !== null && !(target.matches('input, textarea') && !target.matches(LIST_TRIGGER));

/** Escape on the control, then on the focused element (the list's option), until its list is closed. */
async function escape(control: Element, option?: Element): Promise<boolean> {
  for (const target of [control, control.ownerDocument.activeElement]) {
    if (!mayEscape(target)) continue;
    if (listShown(control, option)) keyPress(target, 'Escape');
    if (await waitFor(() => !listShown(control, option), 1000, 25, control.ownerDocument)) return true;
  }
  return !listShown(control, option);
}

/**
 * A list already open when a control is about to be pressed (one a late frame reopened, one the
 * page left open) is closed first, as a person would with Escape: while it shows, a modal library
 * makes the rest of the page inert and swallows the press, and its options are not this control's.
 */
async function closeOpenLists(document: Document): Promise<void> {
  const expanded = collectRoots(document).flatMap((root) => [...root.querySelectorAll('[aria-expanded=true]')]);
  for (const other of expanded.filter((element) => element.matches(LIST_TRIGGER))) await escape(other);
}

/**
 * The list closed on the option chosen, and stays closed. A library may answer one press twice
 * (open at once on the click, and again on its next frame): the page's next frame is let pass,
 * and a list open again is closed with Escape on the control (then on the focused option), the
 * choice read back. False when the list will not close or the control lost the choice.
 */
async function closedOn(control: Element, option: Element, chosen: string): Promise<boolean> {
  const document = control.ownerDocument;
  await waitFor(() => !listShown(control, option), 1000, 25, document);
  await nextFrame(document);
  await waitForQuiet(collectRoots(document), 40, 1000);
  if (!listShown(control, option)) return true;
  return (await escape(control, option)) && shownChoice(control).includes(chosen);
}

/**
 * Opens a select-like control and chooses the option `pick` names (by index in the texts it is
 * shown): a native select directly; a custom combobox by a pointer press (then the keyboard), the
 * option found in its aria-controls list or in a portal at the end of body, the list closed again
 * before this returns. Returns the chosen option's text, or undefined when no option fits, the
 * control would not open, or its list would not close on the choice.
 */
export async function chooseOption(control: Element, pick: Pick): Promise<string | undefined> {
  if (isSelect(control)) {
    const options = [...control.options];
    const index = pick(options.map((o) => o.text.trim() || o.value));
    if (index < 0) return undefined;
    setSelect(control, options[index]!.value);
    return control.value === options[index]!.value ? options[index]!.text.trim() : undefined;
  }
  await closeOpenLists(control.ownerDocument);
  const stale = new Set(shownOptions(control.ownerDocument));
  const opened = () => { const lists = optionLists(control, stale); return lists.length > 0 ? lists : undefined; };
  press(control);
  // Generous: it returns as soon as the list shows, and a busy machine may take seconds to draw it.
  let lists = await waitFor(opened, 4000, 25, control.ownerDocument);
  if (!lists) {
    (control as HTMLElement).focus?.();
    keyPress(control, 'ArrowDown');
    lists = await waitFor(opened, 2000, 25, control.ownerDocument);
  }
  // What the page does on its next frame after the press (a second "open") lands on the open list.
  if (lists) await nextFrame(control.ownerDocument);
  lists = opened() ?? lists;
  const found = lists?.map((options) => ({ options, texts: options.map(optionText) })).map((list) => ({ ...list, index: pick(list.texts) })).find((list) => list.index >= 0);
  if (!found) {
    keyPress(control, 'Escape');
    return undefined;
  }
  const option = found.options[found.index]!;
  const chosen = found.texts[found.index]!;
  option.scrollIntoView?.({ block: 'nearest' });
  press(option);
  return (await closedOn(control, option, chosen)) ? chosen : undefined;
}

/**
 * Page side: a custom combobox scripted the way component libraries do it (the ARIA select-only
 * combobox): a click on the trigger opens its listbox, a click on an option shows that option on
 * the trigger. Whether the option closes the list and whether Escape on the trigger does is the
 * page's own choice, which is what the tests vary.
 */
export interface ComboboxBehaviour {
  closeOnChoice: boolean;
  closeOnEscape: boolean;
  /** What the page does once an option is chosen (after the trigger shows it and the list closes or not). */
  onChoice?: (text: string | null) => void;
}

export function scriptCombobox(trigger: HTMLElement, list: HTMLElement, behaviour: ComboboxBehaviour): void {
  const show = (open: boolean) => {
    list.hidden = !open;
    trigger.setAttribute('aria-expanded', String(open));
  };
  trigger.addEventListener('click', () => show(true));
  for (const option of list.children) option.addEventListener('click', () => {
    trigger.textContent = option.textContent;
    if (behaviour.closeOnChoice) show(false);
    behaviour.onChoice?.(option.textContent);
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && behaviour.closeOnEscape) show(false);
  });
}

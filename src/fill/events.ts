/**
 * Setting values the way framework-driven forms notice. React tracks the last value it wrote
 * and drops an input event when the DOM value equals it, so the value goes through the
 * PROTOTYPE's setter (not the element's own, which React may have wrapped), then the events a
 * person's typing fires. Correct in the content script's isolated world and in the page's.
 */
type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function prototypeSetter(element: ValueElement): ((value: string) => void) | undefined {
  const view = element.ownerDocument.defaultView;
  // The frame's own prototypes: an element of a same-origin iframe is not an instance of ours.
  const prototypes = view ? [view.HTMLInputElement.prototype, view.HTMLTextAreaElement.prototype, view.HTMLSelectElement.prototype] : [];
  const prototype = prototypes.find((p) => Object.prototype.isPrototypeOf.call(p, element)) ?? Object.getPrototypeOf(element);
  return Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
}

function fire(element: Element, type: string, init: EventInit = {}): void {
  const view = element.ownerDocument.defaultView ?? window;
  const options = { bubbles: true, cancelable: true, composed: true, ...init };
  let event: Event;
  if (type.startsWith('key')) event = new view.KeyboardEvent(type, options);
  else if (type === 'input') event = new view.InputEvent(type, { ...options, inputType: 'insertText' });
  else if (type.startsWith('focus') || type === 'blur') event = new view.FocusEvent(type, { ...options, bubbles: type === 'focusin' || type === 'focusout' });
  else if (type.startsWith('pointer')) event = new view.PointerEvent(type, options);
  else if (type.startsWith('mouse') || type === 'click') event = new view.MouseEvent(type, options);
  else event = new view.Event(type, options);
  element.dispatchEvent(event);
}

export function focus(element: Element): void {
  (element as HTMLElement).focus?.({ preventScroll: true });
  fire(element, 'focusin');
}

export function blur(element: Element): void {
  (element as HTMLElement).blur?.();
  fire(element, 'focusout');
}

/** Sets an input's or textarea's text: focus, keys, prototype setter, input, change. */
export function setText(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  focus(element);
  fire(element, 'keydown');
  const setter = prototypeSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
  fire(element, 'input');
  fire(element, 'keyup');
  fire(element, 'change');
}

/** Chooses a <select> option by its value: prototype setter, then input and change. */
export function setSelect(element: HTMLSelectElement, optionValue: string): void {
  focus(element);
  const setter = prototypeSetter(element);
  if (setter) setter.call(element, optionValue);
  else element.value = optionValue;
  fire(element, 'input');
  fire(element, 'change');
}

/** A full pointer click, for custom controls that open on pointerdown/mousedown (Ark, zag, MUI). */
export function press(element: Element): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) fire(element, type, { button: 0 } as MouseEventInit);
  if (typeof (element as HTMLElement).click === 'function') (element as HTMLElement).click();
  else fire(element, 'click');
}

export function keyPress(element: Element, key: string): void {
  fire(element, 'keydown', { key } as KeyboardEventInit);
  fire(element, 'keyup', { key } as KeyboardEventInit);
}

export function isTextControl(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
}

export function isSelect(element: Element): element is HTMLSelectElement {
  return element.tagName === 'SELECT';
}

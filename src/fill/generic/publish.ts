import { collectRoots, isVisible } from '../deep-query.js';
import { accessibleName } from './composed.js';
import { PUBLISH } from './words.js';

const enabled = (element: Element) => !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true';

/** A stage-then-publish page's publish button ("Publish changes", « Publier les modifications »), while it can be pressed. */
export function findPublishButton(document: Document): Element | undefined {
  const clickables = collectRoots(document).flatMap((root) => [...root.querySelectorAll('button, [role=button], input[type=submit], input[type=button]')]);
  return clickables.find((element) => PUBLISH.test(accessibleName(element)) && enabled(element) && isVisible(element));
}

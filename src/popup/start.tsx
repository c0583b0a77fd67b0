import { render } from 'preact';
import { App, type Mode, type Reread } from './app.js';
import { boot, type BootState } from './boot.js';
import { askBackground, type BackgroundAnswers } from './boot-requests.js';

/** The control that had the focus when it is drawn again, else the first control of the main content (the domain read from the page). */
function refocus(root: HTMLElement, id: string): void {
  const same = id ? document.getElementById(id) : null;
  const first = [...root.querySelectorAll<HTMLElement>('main :is(input, select, textarea, button, summary)')].find((control) => control.checkVisibility());
  (same ?? first)?.focus();
}

/**
 * The UI's own chunk, loaded by main.tsx right after the loading shell is painted: the catalog,
 * the setup form and the record list. Renders the App once the background has answered.
 */
export async function start(root: HTMLElement, mode: Mode, search: string, answers: Promise<BackgroundAnswers>): Promise<void> {
  let generation = 0;
  const show = (state: BootState) => render(<App key={generation++} boot={state} mode={mode} reread={reread} />, root);
  // Access to the page was given (side panel): the UI starts again from the page, keeping the
  // service and values typed meanwhile when nothing is saved for the page's domain.
  let reading = false;
  const reread: Reread = async (typed) => {
    // Reading the page announces it too (`page-readable`): one reading at a time.
    if (reading) return;
    reading = true;
    try {
      const state = await boot(search, await askBackground(search));
      const empty = state.setup.service === '' && Object.keys(state.setup.vars).length === 0;
      // The UI is drawn anew: a keyboard focus inside it would fall to <body> with the old one.
      const focused = root.contains(document.activeElement) ? document.activeElement!.id : undefined;
      show(empty ? { ...state, setup: { ...state.setup, ...typed } } : state);
      if (focused !== undefined) refocus(root, focused);
    } finally {
      reading = false;
    }
  };
  const state = await boot(search, await answers);
  // A safety net for later re-renders, not needed on the first screen: loaded after it (the popup's JS budget).
  void import('../ui/keep-focus.js').then(({ keepFocus }) => keepFocus(root));
  // The loading shell is plain DOM, not Preact's: cleared so Preact starts from an empty root.
  root.replaceChildren();
  show(state);
}

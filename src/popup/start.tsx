import { render } from 'preact';
import { App, type Mode } from './app.js';
import { boot } from './boot.js';
import type { BackgroundAnswers } from './boot-requests.js';

/**
 * The UI's own chunk, loaded by main.tsx right after the loading shell is painted: the catalog,
 * the setup form and the record list. Renders the App once the background has answered.
 */
export async function start(root: HTMLElement, mode: Mode, search: string, answers: Promise<BackgroundAnswers>): Promise<void> {
  const state = await boot(search, await answers);
  // The loading shell is plain DOM, not Preact's: cleared so Preact starts from an empty root.
  root.replaceChildren();
  render(<App boot={state} mode={mode} />, root);
}

import type { Lang } from '../i18n/lang.js';
import { SHELL_TEXT } from '../ui/shell-text.js';

/**
 * Painted at once while the background answers and the UI's chunk loads, so the popup never
 * opens blank. Plain DOM, not Preact: the first paint then waits for no framework code (the
 * UI's chunk brings Preact and replaces this). Same markup and classes as the App's header.
 */
export function paintLoadingShell(root: HTMLElement, lang: Lang): void {
  const app = document.createElement('div');
  app.className = 'app';
  app.lang = lang;
  const header = document.createElement('header');
  const title = document.createElement('h1');
  title.textContent = SHELL_TEXT.title[lang];
  header.append(title);
  const main = document.createElement('main');
  main.setAttribute('aria-busy', 'true');
  const loading = document.createElement('p');
  loading.className = 'help';
  loading.textContent = SHELL_TEXT.loading[lang];
  main.append(loading);
  app.append(header, main);
  root.replaceChildren(app);
}

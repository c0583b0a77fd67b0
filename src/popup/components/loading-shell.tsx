import type { Lang } from '../../i18n/lang.js';
import { text } from '../ui-text.js';

/** Painted at once while the background answers, so the popup never opens blank. */
export function LoadingShell({ lang }: { lang: Lang }) {
  return (
    <div class="app" lang={lang}>
      <header>
        <h1>{text(lang, 'title')}</h1>
      </header>
      <main aria-busy="true">
        <p class="help">{text(lang, 'loading')}</p>
      </main>
    </div>
  );
}

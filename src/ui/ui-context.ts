import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../i18n/lang.js';
import { uiText } from './ui-text.js';

export interface UiContext {
  lang: Lang;
  /** Says something to screen readers and sighted users alike (the status line). */
  announce(message: string): void;
}

export const Ui = createContext<UiContext>({ lang: 'en', announce: () => undefined });

/** `t('copy')` in the current language. */
export function useText() {
  const { lang } = useContext(Ui);
  return uiText(lang);
}

/** A table of words loaded later (a chunk carries its own, textTable()), read in the current language. */
export function useTextOf<T>(table: (lang: Lang) => T): T {
  return table(useContext(Ui).lang);
}

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

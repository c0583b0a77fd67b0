import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../i18n/lang.js';
import type { Localized } from '../i18n/lang.js';
import { fillText, text, type TextKey } from './ui-text.js';

export interface UiContext {
  lang: Lang;
  /** Says something to screen readers and sighted users alike (the status line). */
  announce(message: string): void;
}

export const Ui = createContext<UiContext>({ lang: 'en', announce: () => undefined });

/** `t('copy')` in the current language. */
export function useText() {
  const { lang } = useContext(Ui);
  return (key: TextKey, params?: Record<string, string | number>) => text(lang, key, params);
}

/** `t(key)` from a component's own table (a chunk loaded later carries its words), in the current language. */
export function useTextOf<K extends string>(table: Record<K, Localized>) {
  const { lang } = useContext(Ui);
  return (key: K, params?: Record<string, string | number>) => fillText(lang, table[key], params);
}

/**
 * The only words the loading shell paints, apart from the UI's table (ui-text.ts takes them in):
 * the popup's first chunk then carries two sentences, not every sentence of the UI. Neither
 * needs French spacing (no : ; ! ?).
 */
export const SHELL_TEXT = {
  title: { en: 'DNS Setup Assistant', fr: 'Assistant de configuration DNS' },
  loading: { en: 'Loading your setup…', fr: 'Chargement de votre configuration…' },
} as const;

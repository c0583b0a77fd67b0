import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

/** An error whose sentences are meant for the user; it crosses the messaging boundary as they are. */
export class UserError extends Error {
  constructor(readonly problems: Localized[]) {
    super(problems.map((problem) => problem.en).join(' '));
  }
}

/** Any thrown value as one sentence per language (unexpected errors keep their English text). */
export function toLocalized(error: unknown): Localized {
  if (error instanceof UserError) {
    return { en: error.problems.map((p) => p.en).join(' '), fr: error.problems.map((p) => p.fr).join(' ') };
  }
  const text = error instanceof Error ? error.message : String(error);
  return localized({
    en: `Something went wrong: {text}. Try again; if it persists, copy this message into a bug report.`,
    fr: `Une erreur s’est produite : {text}. Réessayez ; si elle persiste, copiez ce message dans un rapport de bogue.`,
  }, { text });
}

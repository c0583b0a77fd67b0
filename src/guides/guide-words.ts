import type { Localized } from '../i18n/lang.js';
import type { Guide, GuideStep } from './types.js';

/**
 * A guide's words, kept as data beside it (`<guide>-words.json`, a catalog a translator edits):
 * `title`, `summary`, and each step's `<step id>.title` and `<step id>.body`. The guide's code
 * keeps what is not words: page kinds, when a step is done, what "Show me" points at.
 */
export type GuideWords = Readonly<Record<string, Localized>>;

/** The step ids a catalog has words for: a step without its words is a type error. */
type StepIds<W> = { [K in keyof W]: K extends `${infer Id}.title` ? Id : never }[keyof W];

export type StepWithoutWords<Id extends string> = Omit<GuideStep, 'id' | 'title' | 'body'> & { id: Id };
export type GuideWithoutWords<W> = Omit<Guide, 'title' | 'summary' | 'steps'> & { steps: readonly StepWithoutWords<StepIds<W> & string>[] };

function wordsOf(words: GuideWords, key: string): Localized {
  const found = words[key];
  if (!found) throw new Error(`The guide's words have no ${key}.`);
  return found;
}

/** The guide with its words put back in place. */
export function withWords<W extends GuideWords>(words: W, guide: GuideWithoutWords<W>): Guide {
  return {
    ...guide,
    title: wordsOf(words, 'title'),
    summary: wordsOf(words, 'summary'),
    steps: guide.steps.map((step) => ({ ...step, title: wordsOf(words, `${step.id}.title`), body: wordsOf(words, `${step.id}.body`) })),
  };
}

import type { Lang, Localized } from './lang.js';
import { FRENCH_NUMBER_SPACE, frenchTypography } from './typography.js';

/**
 * The one way a sentence of ours becomes text (popup, side panel, options page, CLI, report,
 * check, fill and guide sentences alike).
 *
 * - A template is written in each language with plain spaces; `{name}` marks a parameter.
 *   French typography (typography.ts) is applied to the template's own text, never to what the
 *   parameters bring in: values, names, URLs and times are shown as they are.
 * - A missing parameter is a type error where the template is a literal (ParamsArg below reads
 *   the placeholders out of the literal type). At run time it stays visible as `{name}`, never an
 *   empty string, and test/unit/french-typography.test.ts renders every sentence of the
 *   product and finds none left.
 * - A parameter is a value (a string or a number, shown as it is) or a Localized that is already
 *   text (a sentence of ours rendered by this toolkit), taken in the same language.
 * - In French a number given as a number is a quantity, bound to the word after it by a no-break
 *   space (« 3 enregistrements », « 300 s »). A number that is no quantity of what follows (a
 *   position « 2 sur 5 », a bound « entre 60 et 86400 », a code « HTTP 500 », a value typed by the
 *   user) is given as text.
 * - A template that depends on a count is a Plural: the form is chosen by Intl.PluralRules of
 *   the language for the `count` parameter (French says « 0 enregistrement », English "0 records").
 */

/** A value (shown as it is), or a sentence already rendered in every language (a part of ours). */
export type Param = string | number | Localized;
export type Params = Readonly<Record<string, Param>>;

/** The forms a count takes; a category the language has beyond these (French `many`) reads `other`. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}
export type Template = string | Plural;
/** A template in every language. */
export type Message = Readonly<Record<Lang, Template>>;

// What may follow `{` in a template's text without being a placeholder (JSON, code): as at run
// time, a placeholder is a word between braces.
type NotWord = ' ' | '"' | "'" | ':' | ',' | '.' | '{' | '(' | '-' | '\n';
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends '' | `${string}${NotWord}${string}` ? never : Name) | Placeholders<Rest>
  : never;
type NamesOf<T> = T extends string
  ? string extends T
    ? string
    : Placeholders<T>
  : T extends Plural
    ? NamesOf<T['one']> | NamesOf<T['other']> | 'count'
    : never;

/** The parameters a message takes: exactly its placeholders when it is a literal, any when it is not. */
export type ParamsArg<M extends Message> = string extends NamesOf<M[Lang]>
  ? [params?: Params]
  : [NamesOf<M[Lang]>] extends [never]
    ? []
    : [params: { readonly [Name in NamesOf<M[Lang]>]: Name extends 'count' ? number : Param }];

const PLACEHOLDER = /\{(\w+)\}( (?=\p{L}))?/gu;

/** One Intl.PluralRules per language: building one costs more than the sentence it serves. */
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * French templates with their typography applied, by template: a check renders the same few
 * sentences for every record of every domain (`check --domains` renders thousands). Templates
 * are the product's own text, a bounded set; the cap only guards against a caller building them.
 */
const frenchTemplates = new Map<string, string>();
const MAX_FRENCH_TEMPLATES = 4096;

function frenchTemplate(template: string): string {
  let typeset = frenchTemplates.get(template);
  if (typeset === undefined) {
    if (frenchTemplates.size >= MAX_FRENCH_TEMPLATES) frenchTemplates.clear();
    frenchTemplates.set(template, (typeset = frenchTypography(template)));
  }
  return typeset;
}

function render(lang: Lang, message: Message, values: Params = {}): string {
  let template = message[lang];
  if (typeof template !== 'string') {
    const category = pluralCategory(lang, Number(values.count));
    template = (template as Partial<Record<Intl.LDMLPluralRule, string>>)[category] ?? template.other;
  }
  const french = lang === 'fr';
  return (french ? frenchTemplate(template) : template).replace(PLACEHOLDER, (whole, name: string, space = '') => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    const text = typeof value === 'object' ? value[lang] : String(value);
    return text + (french && typeof value === 'number' && space ? FRENCH_NUMBER_SPACE : space);
  });
}

/** `message` in `lang`, its `{name}` placeholders filled with `params` (text, never HTML). */
/* @__NO_SIDE_EFFECTS__ */
export function format<const M extends Message>(lang: Lang, message: M, ...[params]: ParamsArg<M>): string {
  return render(lang, message, params as Params | undefined);
}

/** `message` in every language: a sentence that travels (a check row, an error, the CLI's JSON). */
/* @__NO_SIDE_EFFECTS__ */
export function localized<const M extends Message>(message: M, ...[params]: ParamsArg<M>): Localized {
  const values = params as Params | undefined;
  return { en: render('en', message, values), fr: render('fr', message, values) };
}

/**
 * A table of messages read in one language: `textTable(TABLE)(lang)('key', { name })`, each key
 * taking the parameters its sentence names; `.table` holds the templates (for localized()).
 */
/* @__NO_SIDE_EFFECTS__ */
export function textTable<const T extends Readonly<Record<string, Message>>>(table: T) {
  const inLang = (lang: Lang) =>
    <K extends keyof T & string>(key: K, ...params: ParamsArg<T[K]>): string =>
      render(lang, table[key] as Message, params[0] as Params | undefined);
  return Object.assign(inLang, { table });
}

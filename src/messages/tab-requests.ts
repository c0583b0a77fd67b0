import type { FillPlan, FillRunOptions, PlanOptions } from '../fill/types.js';
import type { WireTarget } from '../highlight/wire.js';
import type { Localized } from '../i18n/lang.js';
import { isPlainObject, isShortString } from '../lib/guards.js';
import { nullable } from '../lib/schema.js';
import type { Setup } from '../services/desired.js';
import type { PageInfo } from '../sites/types.js';
import { pageInfo } from './page-info.js';

/** The request's type, carried by the declaration (the content script trusts the extension's own messages). */
export interface Sends<T> {
  readonly sends?: T;
}
const sends = <T>(): Sends<T> => ({});

/**
 * What the content script answers to `fill-plan` / `fill-run`. `notReady`: the page has no editor
 * YET (a single-page app still rendering): asking again soon may work.
 */
export type FillReply = { ok: true; plan: FillPlan; site: string; stages: boolean } | { ok: false; error: Localized; notReady?: true };

const isLocalized = (value: unknown) => isPlainObject(value) && isShortString(value.en, 4000) && isShortString(value.fr, 4000);

/** The answer of a page to a fill request, or undefined when it is not one (the page is not trusted). */
function fillReply(value: unknown): FillReply | undefined {
  if (!isPlainObject(value)) return undefined;
  if (value.ok === true) return isPlainObject(value.plan) && typeof value.site === 'string' && typeof value.stages === 'boolean' ? (value as FillReply) : undefined;
  return value.ok === false && isLocalized(value.error) && (value.notReady === undefined || value.notReady === true) ? (value as FillReply) : undefined;
}

/** A badge name the Diagnostic shows (`MX`, `SPF`) with a known state; anything else the page says is dropped. */
function badgesOf(value: unknown): Record<string, 'ok' | 'action'> | null {
  const badges = isPlainObject(value) ? value.badges : undefined;
  if (!isPlainObject(badges)) return null;
  const clean = Object.entries(badges).filter(([name, state]) => /^[A-Z]{2,6}$/.test(name) && (state === 'ok' || state === 'action'));
  return Object.fromEntries(clean) as Record<string, 'ok' | 'action'>;
}

/**
 * What the background asks a tab's content script, one declaration each: the request's type and
 * how the background reads the answer, which comes from the page's renderer and is held to its
 * shape before anyone uses it. Messages travel flat: `{ type, ...request }`.
 */
export const TAB_REQUESTS = {
  /** The page reader: which site and page this is, and its zone (null: no page it knows). */
  'read-page': { request: sends<Record<string, never>>(), reply: (value: unknown): PageInfo | null => (nullable(pageInfo).check(value).length === 0 ? (value as PageInfo | null) : null) },
  /** Outlines a guide step's element (null target: remove the outline). */
  'show-highlight': { request: sends<{ target: WireTarget | null; hint: string }>(), reply: (value: unknown) => ({ shown: isPlainObject(value) && value.shown === true }) },
  /** The control panel's Diagnostic badges of a domain (null when the page shows none). */
  'page-badges': { request: sends<{ domain: string }>(), reply: (value: unknown) => ({ badges: badgesOf(value) }) },
  'fill-plan': { request: sends<{ setup: Setup; options: PlanOptions }>(), reply: fillReply },
  'fill-run': { request: sends<{ setup: Setup; options: FillRunOptions }>(), reply: fillReply },
  /** Asked after a page load: does this document still run the fill? */
  'fill-ping': { request: sends<Record<string, never>>(), reply: (value: unknown) => ({ running: isPlainObject(value) && value.running === true }) },
};

export type TabType = keyof typeof TAB_REQUESTS;
export type TabRequestOf<K extends TabType> = K extends TabType ? ((typeof TAB_REQUESTS)[K]['request'] extends Sends<infer T> ? T : never) : never;
export type TabReplyOf<K extends TabType> = ReturnType<(typeof TAB_REQUESTS)[K]['reply']>;

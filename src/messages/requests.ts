import { captureFromJson } from '../capture/capture-shape.js';
import { panelReadingProblems, readingContextProblems } from '../capture/panel/reading-shape.js';
import type { Capture, PanelReading } from '../capture/types.js';
import { planOptionsProblems, progressProblems, runOptionsProblems } from '../fill/validate-messages.js';
import type { FillPlan, FillProgress, FillRunOptions, PlanOptions } from '../fill/types.js';
import { isWireTarget, type WireTarget } from '../highlight/wire.js';
import { guard, nullable, object, optional, schema, tabId, text, type Infer, type Schema } from '../lib/schema.js';
import type { Localized } from '../i18n/lang.js';
import type { DnsHost } from '../dns/dns-host.js';
import type { Setup } from '../services/desired.js';
import { setupFromJson } from '../share/setup-shape.js';
import { optionsProblems, type Options } from './options.js';
import { isOvhPanelUrl } from './panel-hosts.js';
import { pageInfo } from './page-info.js';
import type { CheckState, FillState, TabContext } from './types.js';

/** Who may send what: extension pages (popup, side panel, options) or content scripts in tabs. */
export type SenderKind = 'extension-page' | 'content-script';

/** The answer's type, carried by the declaration (the background is the one that answers). */
export interface Answer<T> {
  readonly answer?: T;
}
const answers = <T>(): Answer<T> => ({});

export interface Declaration {
  from: readonly SenderKind[];
  /** For content scripts: the page addresses they may send this from (the sender's URL). */
  contentScriptUrl?: (url: string | undefined) => boolean;
  request: Schema<unknown>;
  response: Answer<unknown>;
}

const PAGES = ['extension-page'] as const;
const CONTENT_SCRIPTS = ['content-script'] as const;

const domain = guard<string>((value) => typeof value === 'string' && value !== '' && value.length <= 253, 'a non-empty name expected');
const flag = guard<boolean>((value) => typeof value === 'boolean', 'true or false expected');
const setup = schema<Setup>((value) => {
  const parsed = setupFromJson(value);
  return parsed.ok ? [] : [parsed.problem.en];
});
const options = schema<Options>((value) => optionsProblems(value).map((problem) => problem.en));

/**
 * Every request to the background, one declaration each: who may send it, its payload (the type
 * and its check, from one schema) and the type of the answer. The popup imports only the types
 * (src/messages/client.ts); the background checks every payload against this table.
 */
export const REQUESTS = {
  'get-options': { from: PAGES, request: object({}), response: answers<Options>() },
  'set-options': { from: PAGES, request: object({ options }), response: answers<Options>() },
  /** Without a domain: the setup the user touched last. */
  'get-setup': { from: PAGES, request: object({ domain: optional(domain) }), response: answers<Setup | null>() },
  'save-setup': { from: PAGES, request: object({ setup }), response: answers<null>() },
  /** `saved`: the user just saved the records ("I saved"), so re-checks follow as caches expire. */
  'start-check': { from: PAGES, request: object({ setup, tabId: optional(tabId), saved: optional(flag) }), response: answers<CheckState>() },
  'get-check': { from: PAGES, request: object({ domain }), response: answers<CheckState>() },
  /** Who serves the domain's zone (name servers and SOA over DoH); null when neither could be read. */
  'get-host': { from: PAGES, request: object({ domain }), response: answers<DnsHost | null>() },
  'get-tab-context': { from: PAGES, request: object({ tabId }), response: answers<TabContext>() },
  'page-info': { from: CONTENT_SCRIPTS, request: object({ page: nullable(pageInfo) }), response: answers<null>() },
  /** The fill plan for the tab's DNS editor (nothing is touched). */
  'fill-plan': {
    from: PAGES,
    request: object({ tabId, setup, options: schema<PlanOptions>(planOptionsProblems) }),
    response: answers<{ plan: FillPlan; site: string; stages: boolean }>(),
  },
  /** Starts filling the tab's DNS editor; progress follows as `fill-state` events. */
  'fill-run': { from: PAGES, request: object({ tabId, setup, options: schema<FillRunOptions>(runOptionsProblems) }), response: answers<FillState>() },
  'get-fill': { from: PAGES, request: object({ tabId }), response: answers<FillState>() },
  /** From the content script that fills: where the run is. */
  'fill-progress': { from: CONTENT_SCRIPTS, request: object({ progress: schema<FillProgress>(progressProblems) }), response: answers<null>() },
  /** Values pasted or typed in our pages; panel values arrive as a `panel-reading`, judged below. */
  capture: {
    from: PAGES,
    request: object({
      capture: schema<Capture>((value) => {
        const parsed = captureFromJson(value);
        return parsed.ok ? [] : [parsed.problem.en];
      }),
    }),
    response: answers<{ capture: Capture; setup: Setup }>(),
  },
  /**
   * What the OVH e-mail panel shows (its content script only), as plain data: the background
   * turns it into captures through the catalog (capturesFromPanel) and stores them.
   */
  'panel-reading': {
    from: CONTENT_SCRIPTS,
    contentScriptUrl: isOvhPanelUrl,
    request: object({
      reading: schema<PanelReading>(panelReadingProblems),
      context: schema<{ serviceHint?: string; routeDomain?: string }>(readingContextProblems),
    }),
    response: answers<null>(),
  },
  /** What was captured for a domain, with where each value came from. */
  'get-capture': { from: PAGES, request: object({ domain }), response: answers<Capture | null>() },
  /** Highlights a guide step's element in the tab (null target: remove the highlight). */
  'show-highlight': {
    from: PAGES,
    request: object({ tabId, target: nullable(guard<WireTarget>(isWireTarget, 'a highlight target expected')), hint: text(200) }),
    response: answers<{ shown: boolean }>(),
  },
  /** The control panel's Diagnostic badges of a domain in the tab (null when the page shows none). */
  'get-page-badges': { from: PAGES, request: object({ tabId, domain: text(253) }), response: answers<{ badges: Record<string, 'ok' | 'action'> | null }>() },
} satisfies Record<string, Declaration>;

export type MessageType = keyof typeof REQUESTS;
export type RequestOf<K extends MessageType> = Infer<(typeof REQUESTS)[K]['request']>;
export type ResponseOf<K extends MessageType> = (typeof REQUESTS)[K]['response'] extends Answer<infer T> ? T : never;

/** What travels: a type and its payload. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** What comes back: the value, or a sentence saying what went wrong and what to do. */
export type Reply<K extends MessageType = MessageType> = { ok: true; value: ResponseOf<K> } | { ok: false; error: Localized };

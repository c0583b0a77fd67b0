import type { Localized } from '../i18n/lang.js';
import type { Options } from './options.js';
import type { CheckReport } from '../dns/check/types.js';
import type { Setup } from '../services/desired.js';
import type { PageInfo, RecordNotation } from '../sites/types.js';
import type { Capture, PanelReading } from '../capture/types.js';
import type { WireTarget } from '../highlight/wire.js';
import type { FillPlan, FillProgress, FillRunOptions, PlanOptions } from '../fill/types.js';

/** Where a check for one domain stands; `done`/`failed` survive the popup closing and browser restarts. */
export type CheckState =
  | { state: 'idle' }
  | { state: 'running'; setup: Setup; done: number; total: number; startedAt: string }
  | { state: 'done'; setup: Setup; report: CheckReport }
  | { state: 'failed'; setup: Setup; error: Localized; offline: boolean };

/** What the popup knows about the tab it works for. */
export interface TabContext {
  /** Present when an adapter recognised the page. */
  page?: PageInfo;
  /** The adapter's name for the user ("Demo DNS editor"), so the UI need not bundle every adapter; EN/FR when it describes rather than brands. */
  siteName?: string | Localized;
  notation: RecordNotation;
}

/**
 * The one message map: every request any context sends, with its response. The background
 * answers all of them; `from` says which senders may send it (checked at runtime).
 */
export interface MessageMap {
  'get-options': { request: Record<string, never>; response: Options };
  'set-options': { request: { options: Options }; response: Options };
  /** Without a domain: the setup the user touched last. */
  'get-setup': { request: { domain?: string }; response: Setup | null };
  'save-setup': { request: { setup: Setup }; response: null };
  'start-check': { request: { setup: Setup; tabId?: number }; response: CheckState };
  'get-check': { request: { domain: string }; response: CheckState };
  'get-tab-context': { request: { tabId: number }; response: TabContext };
  'page-info': { request: { page: PageInfo | null }; response: null };
  /** The fill plan for the tab's DNS editor (nothing is touched). */
  'fill-plan': { request: { tabId: number; setup: Setup; options: PlanOptions }; response: { plan: FillPlan; site: string; stages: boolean } };
  /** Starts filling the tab's DNS editor; progress follows as `fill-state` events. */
  'fill-run': { request: { tabId: number; setup: Setup; options: FillRunOptions }; response: FillState };
  'get-fill': { request: { tabId: number }; response: FillState };
  /** From the content script that fills: where the run is. */
  'fill-progress': { request: { progress: FillProgress }; response: null };
  /** Values read on the control panel (content script) or pasted (popup), with their sources; stored with the setup. */
  'capture': { request: { capture: Capture }; response: { capture: Capture; setup: Setup } };
  /**
   * What the OVH e-mail panel shows (content script), as plain data: the background turns it
   * into captures through the catalog (capturesFromPanel) and stores them.
   */
  'panel-reading': { request: { reading: PanelReading; context: { serviceHint?: string; routeDomain?: string } }; response: null };
  /** What was captured for a domain, with where each value came from. */
  'get-capture': { request: { domain: string }; response: Capture | null };
  /** Highlights a guide step's element in the tab (null target: remove the highlight). */
  'show-highlight': { request: { tabId: number; target: WireTarget | null; hint: string }; response: { shown: boolean } };
  /** The control panel's Diagnostic badges of a domain in the tab (null when the page shows none). */
  'get-page-badges': { request: { tabId: number; domain: string }; response: { badges: Record<string, 'ok' | 'action'> | null } };
}

/** Where the fill of one tab stands; kept by the background so a reopened panel sees it. */
export type FillState =
  | { state: 'idle' }
  | { state: 'running' | 'done' | 'stopped'; setup: Setup; site: string; plan: FillPlan; progress?: FillProgress; savedCount: number };

/** Pushed by the background to open extension pages: a fill moved on. */
export interface FillEvent {
  event: 'fill-state';
  tabId: number;
  state: FillState;
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

/** What travels: a type and its payload. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** What comes back: the value, or a sentence saying what went wrong and what to do. */
export type Reply<K extends MessageType = MessageType> = { ok: true; value: ResponseOf<K> } | { ok: false; error: Localized };

/** Pushed by the background to open extension pages (popup, side panel): a check moved on. */
export interface CheckEvent {
  event: 'check-state';
  domain: string;
  state: CheckState;
}

/** Sent by the background to a content script: read the page again. */
export interface ReadPageRequest {
  type: 'read-page';
}

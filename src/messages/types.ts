import type { Localized } from '../i18n/lang.js';
import type { CheckReport } from '../dns/check/types.js';
import type { Setup } from '../services/desired.js';
import type { PageInfo, RecordNotation } from '../sites/types.js';
import type { FillPlan, FillProgress } from '../fill/types.js';

/** Where a check for one domain stands; `done`/`failed` survive the popup closing and browser restarts. */
export type CheckState =
  | { state: 'idle' }
  | { state: 'running'; setup: Setup; done: number; total: number; startedAt: string }
  | ({ state: 'done'; setup: Setup; report: CheckReport } & Schedule)
  | ({ state: 'failed'; setup: Setup; error: Localized; offline: boolean } & Schedule);

/** What the background's re-checks add to a finished check (ISO 8601 times). */
export interface Schedule {
  /** The user saved the records then (a fill, or "I saved"): a missing record is caches lagging. */
  savedAt?: string;
  /** The background checks again then (an alarm), as caches expire. */
  nextCheckAt?: string;
}

/** What the popup knows about the tab it works for. */
export interface TabContext {
  /** Present when an adapter recognised the page. */
  page?: PageInfo;
  /** The adapter's name for the user ("Demo DNS editor"), so the UI need not bundle every adapter; EN/FR when it describes rather than brands. */
  siteName?: string | Localized;
  /** The DNS host whose zone the adapter's editor edits (src/hosts ids), when the adapter names one. */
  hostId?: string;
  notation: RecordNotation;
  /**
   * Present when the extension may not read the tab's page (an unknown site: no host permission,
   * no activeTab grant): the side panel then asks for access. `origin` when the browser told it.
   */
  unreadable?: { origin?: string };
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

/** Pushed by the background to open extension pages: a tab's page was just read (access given, e.g. the toolbar button clicked). */
export interface PageReadableEvent {
  event: 'page-readable';
  tabId: number;
}

/** Pushed by the background to open extension pages (popup, side panel): a check moved on. */
export interface CheckEvent {
  event: 'check-state';
  domain: string;
  state: CheckState;
}


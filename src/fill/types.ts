import type { Localized } from '../i18n/lang.js';
import type { DnsRecord, RecordType } from '../records/types.js';
import type { FieldRole } from './editor-spec.js';

/** One record written the way the site's form wants it (its own notation), field by field. */
export type SiteFields = Partial<Record<FieldRole, string>>;

export interface PlannedAdd {
  record: DnsRecord;
  /** The values the filler will type (a preview for the user, in the site's notation). */
  fields: SiteFields;
  /** What the site's conventions changed (a TTL moved to the nearest preset…). */
  notes: Localized[];
}

/** `txt`: another TXT that a template's conflict mode (or a second SPF policy) stands against. */
export type ConflictKind = 'old-mx' | 'spf' | 'two-spf' | 'alias' | 'different-value' | 'txt';

export interface PlanConflict {
  kind: ConflictKind;
  /** The record already on the page that is in the way. */
  existing: DnsRecord[];
  /** The desired record it stands against, when there is one (an old MX has none). */
  desired?: DnsRecord;
  /** SPF only: the one record that keeps the existing rules and adds the service's. */
  merged?: string;
  message: Localized;
}

/** The existing SPF record replaced by the merged one: only when the user chose it for this run. */
export interface PlannedReplace {
  existing: DnsRecord;
  replacement: DnsRecord;
  fields: SiteFields;
}

export interface PlannedUnsupported {
  record: DnsRecord;
  /** What to do by hand, with the zone-file line to copy. */
  manual: Localized;
}

export interface FillPlan {
  zone: string;
  toAdd: PlannedAdd[];
  present: DnsRecord[];
  conflicts: PlanConflict[];
  toReplace: PlannedReplace[];
  unsupported: PlannedUnsupported[];
}

export interface PlanOptions {
  /** The user chose, for this run, to replace the existing SPF record by the merged one. */
  replaceSpf?: boolean;
}

/** What a run does, as chosen by the user in the popup/side panel. */
export interface FillRunOptions extends PlanOptions {
  /** Only these records (comparable keys); absent = every planned record ("Fill in all"). */
  only?: string[];
  /**
   * Stage-then-submit sites: press the final Submit too (an explicit per-run choice). Sites that
   * save each record are never saved by the filler: the user clicks their Save.
   */
  pressSubmit?: boolean;
  /** Set by the background only: the run goes on in a page loaded anew. */
  resume?: FillResume;
}

/**
 * Where a run stood when its page loaded anew (a server-rendered panel saves, and opens its add
 * form, with a full page load): the background keeps it and hands it to the filler it injects
 * into the new page, which plans again from the listing and goes on with the records left.
 */
export interface FillResume {
  /** The run's record count from its start: the records still missing are its last ones. */
  total: number;
  /** Records saved before the page loaded anew (the final count includes them). */
  saved: number;
  /** The record the user was saving when the page went: the new page's listing confirms it. */
  awaiting?: DnsRecord;
  /**
   * The run's records from the one it was on, in order: the run goes on with these (those the
   * new page lists are saved), not with a new plan (which may find the zone already good enough).
   */
  left: DnsRecord[];
}

export type FillPhase = 'filling' | 'awaiting-save' | 'saved' | 'done' | 'stopped';

/** Sent after every step so the side panel can show where the run is. */
export interface FillProgress {
  phase: FillPhase;
  /** 1-based index of the record being handled, and how many the run has. */
  index: number;
  total: number;
  record?: DnsRecord;
  message: Localized;
}

export type RecordTypeSet = readonly RecordType[];

import type { TargetLocator } from './target-locator.js';
import type { Localized } from '../i18n/lang.js';
import type { RecordType } from '../records/types.js';

/** Check rows a step is about: done when every matching row is `ok` (and at least one matches). */
export interface CheckMatch {
  type: RecordType;
  /** Tested against the row's full name (`ab1cd-check.example.com`). */
  name?: RegExp;
  /** Tested against the expected value (`v=spf1 …`). */
  expected?: RegExp;
}

/**
 * What to highlight: a locator of its own, or one of the site adapter's editor locators.
 * `absent` is what to say when nothing matches on the page, when that means something (no red
 * badge: nothing to change), instead of the general "open the page the step names".
 */
export type StepTarget =
  | { locator: TargetLocator; hint: Localized; absent?: Localized }
  | { fromEditor: 'openAddForm' | 'commit'; hint: Localized; absent?: Localized };

export interface GuideStep {
  id: string;
  title: Localized;
  body: Localized;
  /** Page kinds (from the site adapter) where this step happens: the UI marks it current there. */
  pageKinds?: readonly string[];
  /** Done as soon as the user is on the page of a later step (e.g. "open the zone"). */
  doneWhenLater?: boolean;
  /** Done when the DNS check passes for these records, or for every record of the check ('all'). */
  doneWhenChecked?: readonly CheckMatch[] | 'all';
  target?: StepTarget;
  /**
   * Done when the control panel's Diagnostic row of the domain is on the page and none of
   * these badges is red (the page shows it): `['CNAME']`, `['MX', 'SRV']`. An empty list means
   * "the domain has its row there", i.e. it is associated with the service.
   */
  doneWhenBadgesClear?: readonly string[];
  /**
   * Done when each of these badges is in the domain's Diagnostic row AND green: a positive
   * signal, for records whose missing badge proves nothing (DKIM).
   */
  doneWhenBadgesOk?: readonly string[];
  /** Another guide that holds the details (mail-app settings): the popup offers a button that opens it. */
  seeGuide?: { id: string; label: Localized };
}

export interface Guide {
  id: string;
  kind: 'service' | 'registrar' | 'client';
  title: Localized;
  summary: Localized;
  /** Catalog services the guide is for (service and client guides). */
  services?: readonly string[];
  /** The site adapter whose pages the steps happen on. */
  adapterId?: string;
  /** Where the facts come from (seed, public docs), as in the service catalog. */
  source: string;
  /**
   * Page kinds of the adapter that this service's product shows too, though the guide has no
   * step for them (their facts are unconfirmed): there the guide stays the service's, with no
   * step marked, instead of giving way to another offer's guide that has steps for the page.
   */
  sharedPageKinds?: readonly string[];
  steps: readonly GuideStep[];
}

import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { typeset } from '../i18n/typeset.js';
import { withWords, type GuideWithoutWords, type GuideWords } from './guide-words.js';
import type { CheckMatch, Guide, GuideStep, StepTarget } from './types.js';

/**
 * The guides whose steps happen in the OVHcloud e-mail control panel (its site adapter marks the
 * step of the page the user is on), with their words put back and typeset.
 */
export function ovhPanelGuide<W extends GuideWords>(words: W, guide: Omit<GuideWithoutWords<W>, 'kind' | 'adapterId'>): Guide {
  return typeset(withWords(words, { kind: 'service', adapterId: 'ovh-email-panel', ...guide }));
}

/**
 * The OVHcloud panel's Diagnostic column (Exchange and Email Pro alike): one badge per record
 * kind, green when fine, red when the panel asks for a change and opens the values on a click.
 */
export type PanelBadge = 'MX' | 'SRV' | 'CNAME' | 'SPF' | 'DKIM';

const RED_BADGE = '.oui-badge_error';

/** What "Show me" says when the page has no red badge of that name: nothing to change there. */
export function noRedBadge(badge: string): Localized {
  return localized({
    en: 'No red {badge} badge on this page: the panel asks for no change to {badge} here.',
    fr: 'Aucune pastille {badge} rouge sur cette page : l’espace client ne demande pas de modifier {badge} ici.',
  }, { badge });
}

/**
 * "Show me" on the red badges of `badges`: red ones only, since a text match would also find a
 * green badge while the hint says "red".
 */
export function redBadges(badges: readonly PanelBadge[], hint: Localized, absent: Localized = noRedBadge(badges.join('/'))): StepTarget {
  return { locator: badges.map((badge) => ({ within: RED_BADGE, text: new RegExp(`^${badge}$`) })), hint, absent };
}

/** Any red badge: the panel asks for something on this page. */
export function anyRedBadge(hint: Localized, absent: Localized): StepTarget {
  return { locator: [RED_BADGE], hint, absent };
}

/**
 * A step on the associated-domains tab done when the check finds `checked`, or when the panel's
 * own badges of `badges` have cleared (a badge shows only while something is awaited).
 */
export function badgeStep(pageKinds: readonly string[], checked: readonly CheckMatch[], badges: readonly PanelBadge[]): Pick<GuideStep, 'pageKinds' | 'doneWhenChecked' | 'doneWhenBadgesClear'> {
  return { pageKinds, doneWhenChecked: checked, doneWhenBadgesClear: badges };
}

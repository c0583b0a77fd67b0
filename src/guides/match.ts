import type { Guide } from './types.js';

/** What the guides key on: the site adapter, its kind of page, the offer the page names. */
export interface PageOf {
  adapterId: string;
  pageKind: string;
  serviceId?: string;
}

/** The guide that fits when nothing else does: adding records at any DNS host, for no service in particular. */
export const FALLBACK_GUIDE_ID = 'registrar-generic';

/** The matching rules below, over a list of guides (src/sites/guides.ts gives them all). */
export function guideMatcher(guides: readonly Guide[]) {
  const guidesFor = (page: PageOf | undefined, serviceId?: string) => guidesAmong(guides, page, serviceId);
  return {
    guidesFor,
    suggestGuide: (page: PageOf | undefined, serviceId?: string) => suggestAmong(guides, guidesFor(page, serviceId), serviceId),
  };
}

/**
 * The guides for where the user is, best first. The page is the stronger signal (the user is
 * looking at it), so on a site adapter's page:
 * 0. when the page names its offer (PageInfo.serviceId), that offer's guide: its steps here, or
 *    the tabs it shares with another offer, with no step marked;
 * 1. guides with steps for this page kind that fit the service (a registrar's steps fit any);
 * 2. else, when the service's own guide declares the page as shared with its product
 *    (Private Exchange on the common Exchange tabs), that guide, with no step marked;
 * 3. else guides of another offer with steps for this page (a Hosted Exchange setup stored
 *    while the user is on an Email Pro page: the Email Pro steps);
 * then the service's other guides. Without a page (a support agent, a tab no adapter knows)
 * only the service decides. A guide for an unrelated service is never added to fill the list.
 */
function guidesAmong(guides: readonly Guide[], page: PageOf | undefined, serviceId?: string): Guide[] {
  const fits = (guide: Guide) => !serviceId || !guide.services || guide.services.includes(serviceId);
  const forService = serviceId ? guides.filter((guide) => guide.services?.includes(serviceId)) : [];
  if (!page) return forService;
  const onAdapter = guides.filter((guide) => guide.adapterId === page.adapterId);
  const here = (guide: Guide) => hasKind(guide, page.pageKind);
  const offerOf = (id: string | undefined) => (guide: Guide) => id !== undefined && guide.services?.includes(id) === true;
  const sharingFor = (id: string | undefined) => onAdapter.filter((guide) => offerOf(id)(guide) && guide.sharedPageKinds?.includes(page.pageKind));
  const ranked = [
    // A page that names its offer (an OVHcloud `private-…` service) picks that offer's guide first.
    ...onAdapter.filter((guide) => here(guide) && offerOf(page.serviceId)(guide)),
    ...sharingFor(page.serviceId),
    ...onAdapter.filter((guide) => here(guide) && fits(guide)),
    ...sharingFor(serviceId),
    ...onAdapter.filter((guide) => here(guide) && !fits(guide)),
    ...onAdapter.filter((guide) => !here(guide) && fits(guide)),
    ...forService,
  ];
  return [...new Set(ranked)];
}

function hasKind(guide: Guide, pageKind: string | undefined): boolean {
  return pageKind !== undefined && guide.steps.some((step) => step.pageKinds?.includes(pageKind));
}

/** Why the suggested guide is the one shown, for the sentence under the picker. */
export type GuideReason =
  /** It fits the service (or no service is chosen, or it is the site's registrar steps). */
  | 'fits'
  /** It has steps for this page and the chosen service has none here. */
  | 'page'
  /** Nothing fits: the steps to add records at any DNS host. */
  | 'fallback';

/** The guide to show first, and why; never another service's guide unless the page asks for it. */
function suggestAmong(guides: readonly Guide[], ranked: readonly Guide[], serviceId?: string): { guide: Guide; reason: GuideReason } {
  const first = ranked[0];
  if (!first) return { guide: guides.find((guide) => guide.id === FALLBACK_GUIDE_ID)!, reason: 'fallback' };
  const otherService = Boolean(serviceId) && first.services !== undefined && !first.services.includes(serviceId!);
  return { guide: first, reason: otherService ? 'page' : 'fits' };
}

/** The steps of a guide that happen on this page kind. */
export function stepsOnPage(guide: Guide, pageKind: string | undefined): string[] {
  return pageKind === undefined ? [] : guide.steps.filter((step) => step.pageKinds?.includes(pageKind)).map((step) => step.id);
}

import type { PageInfo } from '../sites/types.js';
import { GUIDES } from './index.js';
import type { Guide } from './types.js';

/**
 * The guides for where the user is: first those whose steps happen on this page kind
 * (the Exchange panel's screens, the registrar's editor), then the service's own guides.
 * Without a page (a support agent, a tab no adapter knows) only the service decides.
 */
export function guidesFor(page: Pick<PageInfo, 'adapterId' | 'pageKind'> | undefined, serviceId?: string): Guide[] {
  const onPage = page
    ? GUIDES.filter((guide) => guide.adapterId === page.adapterId && (!serviceId || !guide.services || guide.services.includes(serviceId)))
    : [];
  // A panel guide for another offer (Private vs Hosted) still beats nothing when the service is unknown.
  const ranked = onPage.sort((a, b) => Number(hasKind(b, page?.pageKind)) - Number(hasKind(a, page?.pageKind)));
  const forService = serviceId ? GUIDES.filter((guide) => guide.services?.includes(serviceId) && !ranked.includes(guide)) : [];
  return [...ranked, ...forService];
}

function hasKind(guide: Guide, pageKind: string | undefined): boolean {
  return pageKind !== undefined && guide.steps.some((step) => step.pageKinds?.includes(pageKind));
}

/** The steps of a guide that happen on this page kind. */
export function stepsOnPage(guide: Guide, pageKind: string | undefined): string[] {
  return pageKind === undefined ? [] : guide.steps.filter((step) => step.pageKinds?.includes(pageKind)).map((step) => step.id);
}

import { SERVICE_GUIDES } from '../guides/index.js';
import { FALLBACK_GUIDE_ID, guideMatcher } from '../guides/match.js';
import { registrarGuide, type SiteGuideWords } from '../guides/registrar-guide.js';
import type { Guide } from '../guides/types.js';
import { byFolder } from './folders.js';

/**
 * Every guide: the service guides (src/guides/), then each site's registrar steps in its own
 * words (`<id>/guide.ts`), the generic ones last (they fit any DNS host). A support agent can
 * open any of them. The demo site's guide is in the demo and test builds only.
 */
const FOUND = import.meta.glob<SiteGuideWords>(['./*/guide.ts', '!./demo/**'], { eager: true, import: 'guide' });
const DEMO = import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test' ? import.meta.glob<SiteGuideWords>('./demo/guide.ts', { eager: true, import: 'guide' }) : {};
const SITE_GUIDES = byFolder({ ...FOUND, ...DEMO }).map(([adapterId, words]) => registrarGuide({ adapterId, ...words }));

export const GUIDES: readonly Guide[] = [
  ...SERVICE_GUIDES,
  ...SITE_GUIDES.filter((guide) => guide.id !== FALLBACK_GUIDE_ID),
  ...SITE_GUIDES.filter((guide) => guide.id === FALLBACK_GUIDE_ID),
];

export function findGuide(id: string): Guide | undefined {
  return GUIDES.find((guide) => guide.id === id);
}

export const { guidesFor, suggestGuide } = guideMatcher(GUIDES);

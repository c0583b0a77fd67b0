import { describe, expect, test } from 'vitest';
import { pageKindLabel } from '../../../src/popup/page-kind-labels.js';
import { pageHasEditor } from '../../../src/popup/page-kind.js';

// The page kind comes from a page (through the content script): prototype names are unknown kinds.
describe('a page kind named like an Object property', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s reads as a page without editor', (pageKind) => {
    expect(pageKindLabel({ pageKind }, 'en')).toBe('Page without a DNS editor');
    expect(pageKindLabel({ pageKind, domain: 'example.com' }, 'fr')).toBe('page sans éditeur DNS');
    expect(pageHasEditor({ pageKind })).toBe(false);
  });
});

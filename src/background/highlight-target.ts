import { patternOf } from '../guides/target-locator.js';
import type { WireLocator, WireTarget } from '../highlight/wire.js';
import { editorOf } from '../sites/editors.js';

/**
 * A guide step's target as the page reader can use it: steps that point at a site editor's own
 * locator (open the add form, save) are resolved here, where the editors live, into a plain
 * locator; the content script carries no editors. A step whose site has no such locator stays
 * as it is (the page then answers "not shown").
 */
export function wireTargetForTab(target: WireTarget | null): WireTarget | null {
  if (target === null || 'locator' in target) return target;
  const editor = editorOf(target.adapterId);
  const locator = target.fromEditor === 'openAddForm' ? editor?.openAddForm : editor && (editor.commit.kind === 'save' ? editor.commit.button : editor.commit.submit);
  if (!locator) return target;
  const wire: WireLocator = [];
  for (const entry of locator) {
    if (typeof entry === 'string') wire.push(entry);
    else {
      // RegExps don't survive messaging: their source travels, the page compiles it again (case-insensitive).
      const pattern = patternOf(entry);
      if (pattern) wire.push({ text: pattern.source });
    }
  }
  return wire.length > 0 ? { locator: wire } : target;
}

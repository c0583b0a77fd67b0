import type { EditorSpec } from '../fill/editor-spec.js';
import { byFolder } from './folders.js';

/**
 * Each site's DNS editor (`<id>/editor.ts`), by adapter id. Apart from the registry on purpose:
 * the page reader runs on every registrar page load and needs no editor, so only the filler, the
 * background and the tests import this file. Sites without an editor (the demo page, the OVH
 * e-mail panel) have no such file; the generic filler builds its editor from the page.
 */
const SITE_EDITORS = new Map(byFolder(import.meta.glob<EditorSpec>('./*/editor.ts', { eager: true, import: 'editor' })));

/** The editor of the adapter with this id, or undefined when the site has none. */
export function editorOf(adapterId: string): EditorSpec | undefined {
  return SITE_EDITORS.get(adapterId);
}

import { findTarget, type TargetLocator } from '../highlight/find-target.js';
import type { Lang } from '../i18n/lang.js';
import { editorOf } from '../sites/editors.js';
import type { Guide, GuideStep } from './types.js';

/** The locator a step points at: its own, or its site adapter's editor locator (one source of selectors). */
export function stepLocator(guide: Guide, step: GuideStep): TargetLocator | undefined {
  const target = step.target;
  if (!target) return undefined;
  if ('locator' in target) return target.locator;
  const editor = guide.adapterId ? editorOf(guide.adapterId) : undefined;
  if (!editor) return undefined;
  if (target.fromEditor === 'openAddForm') return editor.openAddForm;
  return editor.commit.kind === 'save' ? editor.commit.button : editor.commit.submit;
}

/** The element to highlight for a step on this page, with the tooltip in the user's language. */
export function resolveStepTarget(document: Document, guide: Guide, step: GuideStep, lang: Lang): { element: Element; hint: string } | undefined {
  const locator = stepLocator(guide, step);
  const element = locator ? findTarget(document, locator) : undefined;
  return element && step.target ? { element, hint: step.target.hint[lang] } : undefined;
}

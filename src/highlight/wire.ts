import type { Guide, GuideStep } from '../guides/types.js';
import { isScopedText, patternOf, type TargetLocator } from '../guides/target-locator.js';

/**
 * A highlight request as it travels from the popup through the background to the content
 * script: plain data (RegExps don't survive messaging), so the content script needs no guide
 * data, only its site adapters for the steps that point at an editor's own locators.
 */
export type WireLocator = (string | { text: string; within?: string })[];
export type WireTarget = { locator: WireLocator } | { fromEditor: 'openAddForm' | 'commit'; adapterId: string };

export function wireTargetOf(guide: Guide, step: GuideStep): WireTarget | undefined {
  const target = step.target;
  if (!target) return undefined;
  if ('fromEditor' in target) return guide.adapterId ? { fromEditor: target.fromEditor, adapterId: guide.adapterId } : undefined;
  const locator: WireLocator = [];
  for (const entry of target.locator) {
    const pattern = typeof entry === 'string' ? undefined : patternOf(entry);
    if (typeof entry === 'string') locator.push(entry);
    else if (isScopedText(entry)) locator.push({ text: entry.text.source, within: entry.within });
    else if (pattern) locator.push({ text: pattern.source });
  }
  return { locator };
}

const MAX_ENTRIES = 12;
const MAX_LENGTH = 300;

/** Back to a locator, or undefined when the data is not what we send (length-capped, regexes compiled safely). */
export function locatorOfWire(wire: unknown): TargetLocator | undefined {
  if (!Array.isArray(wire) || wire.length === 0 || wire.length > MAX_ENTRIES) return undefined;
  const locator: (string | { text: RegExp } | { within: string; text: RegExp })[] = [];
  for (const entry of wire) {
    if (typeof entry === 'string' && entry.length <= MAX_LENGTH) locator.push(entry);
    else if (typeof entry === 'object' && entry !== null && typeof (entry as { text?: unknown }).text === 'string') {
      const { text: source, within, ...rest } = entry as { text: string; within?: unknown };
      if (source.length > MAX_LENGTH || Object.keys(rest).length > 0) return undefined;
      if (within !== undefined && (typeof within !== 'string' || within.length > MAX_LENGTH)) return undefined;
      let text: RegExp;
      try {
        text = new RegExp(source, 'i');
      } catch {
        return undefined;
      }
      locator.push(within === undefined ? { text } : { within, text });
    } else return undefined;
  }
  return locator;
}

export function isWireTarget(value: unknown): value is WireTarget {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if ('locator' in v) return Object.keys(v).length === 1 && locatorOfWire(v.locator) !== undefined;
  return Object.keys(v).length === 2 && (v.fromEditor === 'openAddForm' || v.fromEditor === 'commit') && typeof v.adapterId === 'string' && v.adapterId.length <= 64;
}

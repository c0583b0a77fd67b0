import type { Localized } from '../../i18n/lang.js';
import { toUnicodeName } from '../../records/normalize.js';
import type { EditorConventions } from '../editor-spec.js';
import { conventionWords, driverMessages } from './driver-messages.js';
import { composedContains, composedParent, spacedText } from './composed.js';
import type { FormFields } from './form-fields.js';
import { HINTS } from './words.js';

/** What the form says about names and values: its visible text plus every field's placeholder. */
export function formHints(scope: Element, fields: FormFields): string {
  const placeholders = Object.values(fields).map((field) => field.element.getAttribute('placeholder') ?? '');
  return `${spacedText(scope, 4000)} ${placeholders.join(' ')}`.normalize('NFC');
}

/** The words around one field: its placeholder and the text of its own group (label, suffix, help line), not its neighbours'. */
export function fieldHints(fields: FormFields, role: keyof FormFields): string {
  const field = fields[role];
  if (!field) return '';
  const others = Object.values(fields).filter((other) => other !== field).map((other) => other.element);
  let group: Element = field.element;
  for (let parent = composedParent(group); parent && parent.tagName !== 'BODY' && !others.some((other) => composedContains(parent!, other)); parent = composedParent(parent)) group = parent;
  const root = field.element.getRootNode() as Document | ShadowRoot;
  const described = (field.element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById?.(id)?.textContent ?? '');
  return `${spacedText(group, 1000)} ${described.join(' ')} ${field.element.getAttribute('placeholder') ?? ''}`.normalize('NFC');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The form's conventions, read from its help texts, suffixes and placeholders: full names when it
 * asks for them ("Full name, for example www.example.com"); a blank apex when it says to leave the
 * field empty; zone-file style (a final dot makes a name absolute) when it says so; TXT between
 * quotes when it asks for quotes; SRV split into service/protocol when it has those fields. The
 * rest is the common habit: `@`, relative names, bare targets and TXT.
 */
export function inferConventions(hints: string, hostHints: string, fields: FormFields, zone: string): EditorConventions {
  const spellings = [...new Set([zone, toUnicodeName(zone)])].map(escape).join('|');
  const example = new RegExp(`[\\p{L}\\p{N}_-]\\.(?:${spellings})(?![\\p{L}\\p{N}-])`, 'iu');
  const suffix = new RegExp(`(?:^|\\s)\\.(?:${spellings})\\.?(?:\\s|$)`, 'iu');
  const fqdn = !suffix.test(hostHints) && (HINTS.fqdn.test(hostHints) || example.test(hostHints));
  // Only a placeholder's final dot: in a help sentence, the dot after a name may just end it.
  const placeholder = (fields.host?.element.getAttribute('placeholder') ?? '').trim().normalize('NFC');
  const zoneFileExample = new RegExp(`(?:${spellings})\\.$`, 'iu').test(placeholder);
  return {
    apex: HINTS.blankApex.test(hints) ? '' : '@',
    host: fqdn ? 'fqdn' : 'relative',
    targetDot: HINTS.finalDot.test(hints) || zoneFileExample,
    srv: fields.service && fields.protocol ? 'split-fields' : 'name-in-host',
    txtQuoted: HINTS.quoted.test(hints) && !HINTS.unquoted.test(hints),
    ttl: {},
  };
}

/** The conventions as a sentence: the user sees what the filler read off the form. */
export function describeConventions(conventions: EditorConventions, singleData: boolean): Localized {
  const words = conventionWords;
  const parts = [
    conventions.host === 'fqdn' ? words.fqdn : conventions.apex === '' ? words.relativeBlank : words.relativeAt,
    conventions.targetDot ? words.targetDot : words.noTargetDot,
    conventions.txtQuoted ? words.quoted : words.unquoted,
    singleData ? words.singleData : words.ownFields,
  ];
  return driverMessages.conventionsRead({ en: parts.map((part) => part.en).join(', '), fr: parts.map((part) => part.fr).join(', ') });
}

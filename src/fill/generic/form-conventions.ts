import type { Localized } from '../../i18n/lang.js';
import { toUnicodeName } from '../../records/normalize.js';
import type { EditorConventions } from '../editor-spec.js';
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
  const en = [
    conventions.host === 'fqdn' ? 'names in full' : `names relative to the zone, the apex written ${conventions.apex === '' ? 'as an empty name' : '"@"'}`,
    conventions.targetDot ? 'a final dot on absolute names' : 'targets without a final dot',
    conventions.txtQuoted ? 'TXT between quotes' : 'TXT without quotes',
    singleData ? 'MX/SRV numbers in the one value field' : 'MX/SRV numbers in their own fields',
  ];
  const fr = [
    conventions.host === 'fqdn' ? 'noms complets' : `noms relatifs à la zone, la racine écrite ${conventions.apex === '' ? 'par un nom vide' : '«\u00a0@\u00a0»'}`,
    conventions.targetDot ? 'un point final aux noms absolus' : 'cibles sans point final',
    conventions.txtQuoted ? 'TXT entre guillemets' : 'TXT sans guillemets',
    singleData ? 'nombres MX/SRV dans le seul champ valeur' : 'nombres MX/SRV dans leurs propres champs',
  ];
  return { en: `Read from the form: ${en.join(', ')}.`, fr: `Lu dans le formulaire\u00a0: ${fr.join(', ')}.` };
}

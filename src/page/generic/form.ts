import { collectRoots, deepQueryAll, isVisible, type QueryRoot } from '../../fill/deep-query.js';
import { labelRank, locate } from '../../fill/locate.js';
import { typeOption } from '../../fill/type-control.js';
import { toUnicodeName } from '../../records/normalize.js';
import { RECORD_TYPES, type RecordType } from '../../records/types.js';
import type { EditorConventions, EditorSpec, FieldRole, Locator, TypeControl } from '../../fill/editor-spec.js';
import { EDIT_WORDS, FQDN_WORDS, ROLE_NAMES, ROLE_WORDS, SAVE_WORDS, TYPE_HEADER } from './patterns.js';
import { genericRowOf, readGenericRows } from './rows.js';

/** The types whose presence in a type control says "this is a DNS record form". */
const TELLING_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];

/** The control's name or id saying the role outright, then the role's words in labels, placeholders, aria and column headers. */
export function genericLocator(role: FieldRole): Locator {
  const names = ROLE_NAMES[role] ?? [];
  const words = ROLE_WORDS[role];
  // Anchored: a control named `host` (or labelled exactly "Host"), before any looser wording.
  const byName = names.length > 0 ? [{ label: new RegExp(`^(?:${names.join('|')})$`, 'i') }] : [];
  return words ? [...byName, { label: words }] : byName;
}

/** A <select> (deep) offering at least 3 of A/AAAA/CNAME/MX/TXT: the record type control. */
function findTypeSelect(roots: QueryRoot[]): HTMLSelectElement | undefined {
  const selects = roots.flatMap((root) => [...(root.nodeType === Node.DOCUMENT_NODE ? (root as Document).getElementsByTagName('select') : root.querySelectorAll('select'))]);
  return selects.find(
    (select) => isVisible(select) && TELLING_TYPES.filter((type) => typeOption(select, type)).length >= 3,
  );
}

/** A row of buttons named A, AAAA, CNAME… (wizards such as OVH's legacy one). */
function findTypeButtons(document: Document, roots: QueryRoot[]): Element[] {
  // Text first, visibility after: a zone page has thousands of row buttons ("Edit"), few named A or MX.
  const buttons = deepQueryAll('button, [role=button], [role=radio], [role=tab]', document, roots);
  const typed = buttons.filter((b) => TELLING_TYPES.includes((b.textContent ?? '').trim().toUpperCase() as RecordType)).filter(isVisible);
  return typed.length >= 3 ? typed : [];
}

/** A CSS path to a found element, unique within its own root, so the engine can re-query it after re-renders. */
function selectorFor(element: Element): string {
  if (element.id) return `#${CSS.escape(element.id)}`;
  const name = element.getAttribute('name');
  if (name) return `${element.tagName.toLowerCase()}[name="${CSS.escape(name)}"]`;
  const parts: string[] = [];
  for (let node: Element | null = element; node && node.parentElement; node = node.parentElement) {
    const index = [...node.parentElement.children].indexOf(node) + 1;
    parts.unshift(`${node.tagName.toLowerCase()}:nth-child(${index})`);
  }
  return parts.join(' > ');
}

function typeControlOf(document: Document, roots: QueryRoot[]): TypeControl | undefined {
  const select = findTypeSelect(roots);
  if (select) return { kind: 'native-select', locator: [selectorFor(select)] };
  const buttons = findTypeButtons(document, roots);
  if (buttons.length > 0) return { kind: 'button-group', buttons: [...new Set(buttons.map((b) => b.tagName.toLowerCase()))] };
  // A custom dropdown cannot show its options before it opens: trust its label ("Type", "Type d'enregistrement").
  const combobox = deepQueryAll('[role=combobox], [aria-haspopup=listbox]', document, roots).find((element) => isVisible(element) && labelRank(element, TYPE_HEADER) !== undefined);
  return combobox ? { kind: 'combobox', trigger: [selectorFor(combobox)] } : undefined;
}

/**
 * What the page says about a field: its placeholder, aria-label and title, and the help texts tied
 * to it by aria-describedby (the usual "Fully qualified name, e.g. …" line under a field, which
 * a placeholder-only reading missed: the filler then wrote `@` and `mail`, and the panel refused them).
 */
function hintOf(field: Element | undefined): string {
  if (!field) return '';
  const root = field.getRootNode() as Document | ShadowRoot;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const described = ids.map((id) => root.getElementById?.(id)?.textContent ?? '');
  return [field.getAttribute('placeholder'), field.getAttribute('aria-label'), field.getAttribute('title'), ...described]
    .filter(Boolean)
    .join(' ')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * Conventions read off the form: a host field that says to leave it empty for the domain uses a
 * blank apex; one whose hint asks for fully qualified names, or holds a full name of the zone, takes
 * full names (the zone in its DNS form, or in Unicode for an IDN the panel shows as people write
 * it); a placeholder that shows
 * that full name with its final dot (`_autodiscover._tcp.example.com.`) is zone-file style, where a
 * name without its dot is relative: full names and targets get the dot. Otherwise the most common
 * habit: `@`, relative hosts, bare targets, bare TXT.
 */
function conventionsOf(host: Element | undefined, zone: string | undefined): EditorConventions {
  const hint = hintOf(host);
  const blankApex = /(leave (it )?(empty|blank)|laisse[rz]? vide|vide pour)/.test(hint);
  const spellings = zone === undefined ? [] : [...new Set([zone, toUnicodeName(zone)].map((name) => name.toLowerCase()))];
  const fqdn = FQDN_WORDS.test(hint) || spellings.some((name) => hint.includes(name));
  // Only the placeholder: in a help sentence, the dot after a name may just end the sentence.
  const placeholder = (host?.getAttribute('placeholder') ?? '').trim().normalize('NFC').toLowerCase();
  const zoneFileStyle = fqdn && spellings.some((name) => placeholder.endsWith(`${name}.`));
  return { apex: blankApex ? '' : '@', host: fqdn ? 'fqdn' : 'relative', targetDot: zoneFileStyle, srv: 'name-in-host', txtQuoted: false, ttl: {} };
}

function detectForm(document: Document, roots: QueryRoot[]): { typeControl: TypeControl; host: Element } | undefined {
  const typeControl = typeControlOf(document, roots);
  if (!typeControl) return undefined;
  const host = locate(genericLocator('host'), document, { roots });
  const value = locate(genericLocator('value'), document, { roots });
  return host && value && host !== value ? { typeControl, host } : undefined;
}

/**
 * The generic filler: an EditorSpec built at run time from what an unknown panel shows, or
 * undefined when the page has no DNS record form (a type control with ≥3 of A/AAAA/CNAME/MX/TXT —
 * or a custom dropdown labelled as the type — a host field and a value field). The engine then fills it like any adapter's.
 */
export function buildGenericEditor(document: Document, zone?: string): EditorSpec | undefined {
  // The light DOM first (native queries, no walk); open shadow roots and frames only when needed:
  // detection must stay cheap on 5,000-row zone pages.
  const found = detectForm(document, [document]) ?? detectForm(document, collectRoots(document));
  if (!found) return undefined;
  const { typeControl, host } = found;
  const locators = Object.fromEntries((['host', 'value', 'priority', 'weight', 'port', 'ttl'] as const).map((role) => [role, genericLocator(role)]));
  return {
    capabilities: RECORD_TYPES,
    conventions: conventionsOf(host, zone),
    ready: typeControl.kind === 'native-select' ? typeControl.locator : ['select'],
    readRows: readGenericRows,
    typeControl,
    fields: () => locators,
    commit: { kind: 'save', button: ['button[type=submit]', { label: SAVE_WORDS }] },
    editControl(doc, rowZone, record) {
      const controls = genericRowOf(doc, rowZone, record).flatMap((element) => [...element.querySelectorAll('button, a, [role=button]')]);
      return controls.find((c) => EDIT_WORDS.test(`${c.textContent ?? ''} ${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''}`));
    },
  };
}

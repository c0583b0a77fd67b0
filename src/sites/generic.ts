import { collectRoots, deepQueryAll, isVisible } from '../fill/deep-query.js';
import { locate } from '../fill/locate.js';
import { typeOption } from '../fill/type-control.js';
import { comparableKey } from '../records/comparable.js';
import { RECORD_TYPES, type RecordType } from '../records/types.js';
import type { EditorConventions, EditorSpec, FieldRole, Locator, TypeControl } from './editor-spec.js';
import { EDIT_WORDS, ROLE_NAMES, ROLE_WORDS, SAVE_WORDS } from './generic-patterns.js';
import { genericRowOf, readGenericRows } from './generic-rows.js';
import type { SiteAdapter } from './types.js';

/** The types whose presence in a type control says "this is a DNS record form". */
const TELLING_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];

/** name/id selectors, then the role's words in labels, placeholders, aria and column headers. */
export function genericLocator(role: FieldRole): Locator {
  const names = ROLE_NAMES[role] ?? [];
  const selectors = names.flatMap((name) => [`[name="${name}" i]:not([type=hidden])`, `[id="${name}" i]:not([type=hidden])`]);
  const words = ROLE_WORDS[role];
  return words ? [...selectors, { label: words }] : selectors;
}

/** A <select> (deep) offering at least 3 of A/AAAA/CNAME/MX/TXT: the record type control. */
function findTypeSelect(document: Document): HTMLSelectElement | undefined {
  const roots = collectRoots(document);
  return (deepQueryAll('select', document, roots) as HTMLSelectElement[]).find(
    (select) => isVisible(select) && TELLING_TYPES.filter((type) => typeOption(select, type)).length >= 3,
  );
}

/** A row of buttons named A, AAAA, CNAME… (wizards such as OVH's legacy one). */
function findTypeButtons(document: Document): Element[] {
  const buttons = deepQueryAll('button, [role=button], [role=radio], [role=tab]', document).filter(isVisible);
  const typed = buttons.filter((b) => TELLING_TYPES.includes((b.textContent ?? '').trim().toUpperCase() as RecordType));
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

function typeControlOf(document: Document): TypeControl | undefined {
  const select = findTypeSelect(document);
  if (select) return { kind: 'native-select', locator: [selectorFor(select)] };
  const buttons = findTypeButtons(document);
  if (buttons.length > 0) return { kind: 'button-group', buttons: [...new Set(buttons.map((b) => b.tagName.toLowerCase()))] };
  return undefined;
}

/**
 * Conventions read off the form: a host field that says to leave it empty for the domain uses a
 * blank apex; one whose placeholder holds a full name takes full names. Otherwise the most common
 * habit: `@`, relative hosts, bare targets, bare TXT.
 */
function conventionsOf(host: Element | undefined, zone: string | undefined): EditorConventions {
  const hint = `${host?.getAttribute('placeholder') ?? ''} ${host?.getAttribute('aria-label') ?? ''}`.toLowerCase();
  const blankApex = /(leave (it )?(empty|blank)|laisse[rz]? vide|vide pour)/.test(hint);
  const fqdn = zone !== undefined && hint.includes(zone.toLowerCase());
  return { apex: blankApex ? '' : '@', host: fqdn ? 'fqdn' : 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };
}

/**
 * The generic filler: an EditorSpec built at run time from what an unknown panel shows, or
 * undefined when the page has no DNS record form (a type control with ≥3 of A/AAAA/CNAME/MX/TXT,
 * a host field and a value field). The engine then fills it like any adapter's.
 */
export function buildGenericEditor(document: Document, zone?: string): EditorSpec | undefined {
  const typeControl = typeControlOf(document);
  if (!typeControl) return undefined;
  const host = locate(genericLocator('host'), document);
  const value = locate(genericLocator('value'), document);
  if (!host || !value || host === value) return undefined;
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
      const row = genericRowOf(doc, rowZone, record, comparableKey);
      const controls = row ? [...row.querySelectorAll('button, a, [role=button]')] : [];
      return controls.find((c) => EDIT_WORDS.test(`${c.textContent ?? ''} ${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''}`));
    },
    quirks: [{ note: 'Built at run time from labels, names and placeholders (EN/FR); conventions guessed from the host field.', confidence: 'inferred', lastChecked: '2026-11-23' }],
  };
}

/** Shown when the user fills an unknown panel; never matched by URL (injected on demand). */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'DNS editor',
  notation: 'relative',
  matches: () => false,
  read: (_url, document) => ({ pageKind: buildGenericEditor(document) ? 'dns-editor' : 'unknown' }),
};

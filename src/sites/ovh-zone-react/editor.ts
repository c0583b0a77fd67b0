import type { DnsRecord, RecordType } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { OVH_ZONE_FIELDS_BY_TYPE, ovhZoneRecords, type OvhZoneField } from '../ovh-zone-shared.js';
import { cellTexts } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * OVHcloud control panel, new React app (ovh/manager `apps/web-domains`):
 * `https://manager.eu.ovhcloud.com/#/web-domains/domain/<domain>/zone` (also the .ca and .us
 * managers). « Ajouter une entrée » toggles an inline panel (QuickAddEntry, react-hook-form +
 * ODS React): the type is an Ark/zag Select whose listbox is portaled to the end of body, and
 * choosing a type resets the whole form (SRC, registrar-pages.md).
 */

/** Inputs by `name` first: the en_GB label of `priority` is "Distribution" (SRC), labels lie. */
const FIELDS: Record<OvhZoneField, Locator> = {
  host: ['input[name=subDomain]', { label: /^(sous-domaine|subdomain)/i }],
  ttl: ['input[name=ttl]', { label: /^ttl/i }],
  // TXT's target is a textarea (« Valeur »), the other types an input.
  value: ['input[name=target]', 'textarea[name=target]', { label: /^(cible|valeur|serveur|target|value|mail server)/i }],
  priority: ['input[name=priority]', { label: /^(priorité|priority|distribution)/i }],
  weight: ['input[name=weight]', { label: /^(poids|weight)/i }],
  port: ['input[name=port]', { label: /^port/i }],
};

/** Each option reads "A — Point to an IPv4": the type, then a dash (SRC). */
const optionText = (type: RecordType) => new RegExp(`^${type}(\\s|$)`);

/**
 * Zone rows of the records table: full domain with its final dot, type, TTL, target in zone-file
 * form. Markup and column order inferred (the live table is an ODS datagrid).
 */
const ROWS = '[data-testid="zone-records"] tbody tr';

function readRow(row: Element, zone: string): DnsRecord[] {
  const [domain, type, ttl, target] = cellTexts(row);
  return ovhZoneRecords({ domain, type, ttl, target }, zone);
}

/** The row's modify action (the live app routes to `zone/modify-entry`; markup inferred). */

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    apex: '',
    targetDot: true,
    ttl: { min: 60, mode: { locator: ['select[name=ttlSelect]'], custom: 'custom' } },
  },
  ready: ['[data-testid="zone-records"]', '[data-testid="topbar-container"]'],
  rows: { selector: ROWS, read: readRow, edit: '[data-testid="zone-modify-entry"]' },
  openAddForm: ['[data-testid="zone-add-entry"]'],
  typeControl: {
    kind: 'combobox',
    trigger: ['button#recordType', '#recordType', '[role=combobox][aria-haspopup=listbox]'],
    optionText: { A: optionText('A'), AAAA: optionText('AAAA'), CNAME: optionText('CNAME'), MX: optionText('MX'), TXT: optionText('TXT'), SRV: optionText('SRV') },
  },
  fields(type) {
    const roles: Partial<Record<FieldRole, Locator>> = {};
    for (const role of OVH_ZONE_FIELDS_BY_TYPE[type]) roles[role] = FIELDS[role];
    return roles;
  },
  // SRC: a `type=submit` button labelled actions:add, disabled until the form is valid.
  commit: { kind: 'save', button: ['[data-testid="quick-add-entry"] button[type=submit]'] },
});


import type { DnsRecord } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { OVH_ZONE_FIELDS_BY_TYPE, ovhZoneRecords, type OvhZoneField } from '../ovh-zone-shared.js';
import { cellTexts, rowShowing } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * OVHcloud control panel, legacy AngularJS app (ovh/manager `apps/web`): the DNS zone tab of a
 * domain, `https://www.ovh.com/manager/#/web/domain/<domain>/zone`. Adding goes through a 3-step
 * modal wizard: type buttons → form → summary → « Confirmer ».
 *
 * Facts marked SRC come from the manager's public source (registrar-pages.md); the rest is
 * inferred and marked so in `quirks`.
 */

const WIZARD = '.modal [data-wizard]';

const FIELDS: Record<OvhZoneField, Locator> = {
  // SRC: record/header.html (sub-domain with the `.<zone>.` addon, TTL mode + custom TTL).
  host: ['input[name=subDomainToDisplay]', '#subDomainToDisplay', { label: /^(sous-domaine|sub-domain)/i }],
  ttl: ['input[name=ttl]', '#ttl', { label: /^ttl/i }],
  // SRC: every type's template has `#target` (labelled Cible / Valeur / Target).
  value: ['input[name=target]', 'textarea[name=target]', '#target', { label: /^(cible|valeur|target|value)/i }],
  priority: ['input[name=priority]', '#priority', { label: /^(priorité|priority)/i }],
  weight: ['input[name=weight]', '#weight', { label: /^(poids|weight)/i }],
  port: ['input[name=port]', '#port', { label: /^port/i }],
};

/**
 * Zone rows as the datagrid shows them: full domain with its final dot, TTL, type, and the
 * target in zone-file form (`10 mx1.mail.ovh.net.`, `"v=spf1 …"`). Column order inferred.
 */
const ROWS = '[data-zone-records] tbody tr';

function readRow(row: Element, zone: string): DnsRecord[] {
  const [domain, ttl, type, target] = cellTexts(row);
  return ovhZoneRecords({ domain, ttl, type, target }, zone);
}

/** The row's « Modifier l'entrée » action, which opens the wizard on the form step (inferred markup). */
function editControl(document: Document, zone: string, record: DnsRecord): Element | undefined {
  // Like openAddForm: not while a wizard is open, its unconfirmed record would be replaced and lost.
  if (document.body.classList.contains('modal-open')) return undefined;
  return rowShowing(document, ROWS, (row) => readRow(row, zone), record)?.querySelector('[data-modify-entry]') ?? undefined;
}

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    // An empty sub-domain is the apex (the addon shows `.<zone>.` after the field).
    apex: '',
    // SRC-confirmed by the API's behaviour: a target without its final dot is completed with the zone.
    targetDot: true,
    ttl: { min: 60, mode: { locator: ['select[name=ttlSelect]', '#ttlSelect'], custom: 'custom' } },
  },
  ready: ['[data-zone-records]', '[data-add-entry]'],
  rows: { selector: ROWS, read: readRow },
  editControl,
  // Not while a wizard is open (ui-bootstrap marks body.modal-open): a second « Ajouter une entrée »
  // would replace the wizard and lose a record the user has not confirmed yet.
  openAddForm: ['body:not(.modal-open) [data-add-entry]'],
  typeControl: {
    kind: 'button-group',
    // SRC: one `oui-button_primary` per type, its text is the type; then « Suivant ».
    buttons: [`${WIZARD} [data-wizard-step="type"] button.oui-button_primary`],
    next: [`${WIZARD} [data-wizard-step="type"] [data-wizard-next]`],
  },
  fields(type) {
    const roles: Partial<Record<FieldRole, Locator>> = {};
    for (const role of OVH_ZONE_FIELDS_BY_TYPE[type]) roles[role] = FIELDS[role];
    return roles;
  },
  // Step 2 « Suivant » shows the summary; « Confirmer » (step 3) writes the entry.
  // While the wizard is open nothing is saved: between « Suivant » and « Valider » its form is gone.
  commit: { kind: 'save', button: [`${WIZARD} [data-wizard-step="summary"] [data-wizard-confirm]`], pending: [WIZARD] },
});


import type { Localized } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';
import type { EditorSpec, FieldRole, Locator, StepResult } from './editor-spec.js';
import { collectRoots, type QueryRoot } from './deep-query.js';
import { press } from './events.js';
import { readField, sameFieldText, writeField } from './field-io.js';
import { fillMessages as say, type FieldName } from './fill-messages.js';
import { locate } from './locate.js';
import { hostText } from './notation.js';
import { setSwitches } from './switches.js';
import { waitFor, waitForQuiet } from './settle.js';
import { chooseType, typeControlVisible } from './type-control.js';
import type { SiteFields } from './types.js';

/** The order a person fills a form in; the TTL comes last (its mode switch may add a field). */
const ORDER: readonly FieldRole[] = ['service', 'protocol', 'host', 'value', 'target', 'priority', 'weight', 'port'];
/** Fields a person types a record into: anything there before the fill was typed by someone. */
const TYPED_ROLES: readonly FieldRole[] = ['host', 'value', 'target', 'service', 'protocol'];

const stop = (problem: Localized): StepResult => ({ ok: false, problem });

/** Opens the add form when it is closed; false when it does not appear. */
async function openAddForm(editor: EditorSpec, root: QueryRoot): Promise<boolean> {
  if (typeControlVisible(editor.typeControl, root)) return true;
  if (!editor.openAddForm) return false;
  const opener = locate(editor.openAddForm, root);
  if (!opener) return false;
  press(opener);
  return (await waitFor(() => typeControlVisible(editor.typeControl, root), 3000)) === true;
}

/** The first typed field (of any type the site takes) that already holds text: someone's half-filled record. */
export function halfFilledField(editor: EditorSpec, root: QueryRoot, ownValues: ReadonlySet<string> = new Set()): { role: FieldRole; value: string } | undefined {
  const roots = collectRoots(root);
  for (const type of editor.capabilities) {
    const locators = editor.fields(type);
    for (const role of TYPED_ROLES) {
      const locator = locators[role];
      const element = locator && locate(locator, root, { roots });
      const value = element ? readField(element).trim() : '';
      // Text this run typed itself (a site that keeps the last record's values after Save) is not someone's.
      if (value !== '' && !ownValues.has(value)) return { role, value };
    }
  }
  return undefined;
}

/** Sets every field, then reads every one back; the first field that is missing or differs stops the run. */
export async function fillFields(record: DnsRecord, fields: SiteFields, locators: Partial<Record<FieldRole, Locator>>, editor: EditorSpec, root: QueryRoot): Promise<StepResult> {
  // A form with no name field for this type (Namecheap's SRV) writes at the apex only: said before
  // any field is typed, and not as "the site may have changed".
  if (fields.host !== undefined && !locators.host) return stop(say.apexOnlyForm(record));
  const filled: Element[] = [];
  const written: { role: FieldRole; text: string }[] = [];
  for (const role of ORDER) {
    const text = role === 'target' ? undefined : fields[role];
    if (text === undefined) continue;
    // SRV's target: sites with a separate target field take `value` there.
    const fieldRole: FieldRole = role === 'value' && !locators.value && locators.target ? 'target' : role;
    const locator = locators[fieldRole];
    const element = locator && locate(locator, root);
    if (!element) return stop(say.fieldMissing(record, fieldRole));
    if (!writeField(element, text)) return stop(say.fieldMissing(record, fieldRole));
    filled.push(element);
    written.push({ role: fieldRole, text });
  }
  const ttl = await fillTtl(record, fields.ttl, locators.ttl, editor, root);
  if (!ttl.ok) return ttl;
  if (ttl.written) written.push({ role: 'ttl', text: fields.ttl! });
  // Frameworks may re-render on blur: read every field again from a fresh query.
  await waitForQuiet(collectRoots(root), 20, 600);
  for (const { role, text } of written) {
    const element = locate(locators[role]!, root);
    const found = element ? readField(element) : '';
    if (!sameFieldText(role, text, found)) return stop(say.readBack(record, role as FieldName, text, found));
  }
  return { ok: true, filled };
}

async function fillTtl(record: DnsRecord, ttl: string | undefined, locator: Locator | undefined, editor: EditorSpec, root: QueryRoot): Promise<{ ok: true; written: boolean } | { ok: false; problem: Localized }> {
  if (ttl === undefined || !locator) return { ok: true, written: false }; // the site's default TTL applies
  const mode = editor.conventions.ttl.mode;
  if (mode) {
    const switcher = locate(mode.locator, root, { includeHidden: true });
    if (!switcher || !writeField(switcher, mode.custom)) return { ok: false, problem: say.fieldMissing(record, 'ttl-mode') };
  }
  const element = await waitFor(() => locate(locator, root), mode ? 1500 : 0);
  if (!element) return { ok: false, problem: say.fieldMissing(record, 'ttl') };
  if (!writeField(element, ttl)) return { ok: false, problem: say.fieldMissing(record, 'ttl') };
  return { ok: true, written: true };
}

/**
 * Fills ONE new record into the site's add form: open the form, refuse a half-filled one, choose
 * the type, wait for the re-render, re-query and fill every field, read it all back. Does not
 * save: the caller waits for the user's Save (or presses the site's stage button).
 */
export async function fillRecord(editor: EditorSpec, root: QueryRoot, record: DnsRecord, fields: SiteFields, zone: string, ownValues?: ReadonlySet<string>): Promise<StepResult> {
  if (!(await openAddForm(editor, root))) return stop(say.addFormMissing(record));
  const half = halfFilledField(editor, root, ownValues);
  if (half) return stop(say.halfFilled(record, half.role, half.value));
  const control = editor.typeControl;
  if (!(await chooseType(control, root, record.type))) return stop(say.typeNotChosen(record));
  // Choosing a type re-renders (and may reset) the form: wait, then query everything afresh.
  await waitForQuiet(collectRoots(root));
  const locators = editor.fields(record.type);
  const filled = await fillFields(record, withoutApexHost(fields, locators, zone, editor), locators, editor, root);
  if (!filled.ok) return filled;
  const problem = await setSwitches(record, editor.switches?.(record.type) ?? [], root);
  return problem ? stop(problem) : filled;
}

/**
 * A form with no host field for this type (an SRV form that asks only service, protocol and
 * target) writes at the apex: an apex host is left out instead of stopping at "host not found".
 * Any other host still needs its field, and stops the run when there is none.
 */
export function withoutApexHost(fields: SiteFields, locators: Partial<Record<FieldRole, Locator>>, zone: string, editor: EditorSpec): SiteFields {
  if (locators.host || fields.host === undefined || fields.host !== hostText(zone, zone, editor.conventions)) return fields;
  const { host: _apex, ...rest } = fields;
  return rest;
}

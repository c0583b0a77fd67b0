import type { Localized } from '../../i18n/lang.js';
import { formatTxtValue } from '../../records/txt-strings.js';
import type { DnsRecord } from '../../records/types.js';
import { collectRoots, isVisible } from '../deep-query.js';
import type { EditorConventions, FieldRole } from '../editor-spec.js';
import { press } from '../events.js';
import { readField } from '../field-io.js';
import { fillMessages as say, type FieldName } from '../fill-messages.js';
import type { StepResult } from '../editor-spec.js';
import { toSiteFields } from '../notation.js';
import { waitFor, waitForQuiet } from '../settle.js';
import type { SiteFields } from '../types.js';
import { currentForm, DIALOG, openAddForm, type AddForm } from './add-form.js';
import { accessibleName, queryScope, spacedText } from './composed.js';
import { driverMessages, withFormLeftOpen } from './driver-messages.js';
import { shownOptions } from './choose-option.js';
import { chooseText, stillHolds, writeText, writeTtl, type Written } from './field-write.js';
import { describeConventions, fieldHints, formHints, inferConventions } from './form-conventions.js';
import { formFields, type FormFields } from './form-fields.js';
import { chooseRecordType } from './type-choice.js';
import { HINTS, NEXT } from './words.js';

/** Fields typed in this order; the TTL comes last (its custom entry may add a box). */
const ORDER: readonly FieldRole[] = ['service', 'protocol', 'host', 'priority', 'weight', 'port', 'value'];
/** A wizard has few steps; more "Next" presses than this means the filler is lost. */
const MAX_STEPS = 5;

const quiet = (document: Document) => waitForQuiet(collectRoots(document), 40, 1500);

/** The form as the record's fields see it: what was inferred, and the text for each role. */
interface Reading {
  fields: FormFields;
  conventions: EditorConventions;
  singleData: boolean;
  text: SiteFields;
}

/** MX/SRV numbers go in the one value field when the form has no priority field for them. */
function siteText(record: DnsRecord, zone: string, conventions: EditorConventions, fields: FormFields): { text: SiteFields; singleData: boolean } {
  const { fields: text } = toSiteFields(record, zone, conventions);
  text.ttl = String(record.ttl);
  const singleData = text.priority !== undefined && !fields.priority;
  if (singleData) {
    const numbers = record.type === 'SRV' ? [text.priority, text.weight, text.port] : [text.priority];
    text.value = `${numbers.join(' ')} ${text.value}`;
    delete text.priority;
    delete text.weight;
    delete text.port;
  }
  return { text, singleData };
}

/**
 * What one form said about absolute names holds for the page: a help text under the MX's value
 * ("end with a dot") is not repeated under the SRV's, whose targets follow the same zone-file rule.
 */
interface PageSaid {
  targetDot: boolean;
}

function readForm(form: AddForm, record: DnsRecord, zone: string, excluded: (element: Element) => boolean, said: PageSaid): Reading {
  const fields = formFields(form.scope, form.type, excluded);
  const conventions = inferConventions(formHints(form.scope, fields), fieldHints(fields, 'host'), fields, zone);
  if (said.targetDot) conventions.targetDot = true;
  else said.targetDot = conventions.targetDot;
  return { fields, conventions, ...siteText(record, zone, conventions, fields) };
}

/** The messages the form shows against its fields (role=alert, aria-invalid's descriptions). */
function formErrors(scope: Element): string {
  const alerts = queryScope(scope, '[role=alert], [aria-live=assertive]').map((element) => spacedText(element, 300));
  const invalid = queryScope(scope, '[aria-invalid=true]').flatMap((element) => {
    const root = element.getRootNode() as Document | ShadowRoot;
    return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById?.(id)?.textContent ?? '');
  });
  return [...alerts, ...invalid].map((text) => text.trim()).filter(Boolean).join(' ').slice(0, 300);
}

const nextButton = (scope: Element) =>
  queryScope(scope, 'button, [role=button], input[type=button], input[type=submit]').find((element) => NEXT.test(accessibleName(element)) && !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true');

/**
 * Fills ONE record into an unknown page's add form, reading the form as it opens: the page's own
 * add button (again for each record), the type, then each step of a wizard, every field looked up
 * inside the form only (never in a listed row), written through the native setter, read back.
 * Never presses the form's Save. Remembers what it typed, so the run knows when the form let go.
 */
export class RecordDriver {
  /** The form and the fields typed for the last record (the run watches them until the user saves). */
  private last?: { scope: Element; written: Written[] };
  private inferred?: Localized;
  private readonly said: PageSaid = { targetDot: false };

  constructor(private readonly excluded: (document: Document, zone: string) => (element: Element) => boolean) {}

  /** What the filler read off the form (the last record's), said once the run ends. */
  conventionsNote(): Localized | undefined {
    return this.inferred;
  }

  /** True once the form no longer shows what was typed (closed, reset, moved on to the next record). */
  letGo(): boolean {
    const last = this.last;
    if (!last) return true;
    if (!last.scope.isConnected || !isVisible(last.scope)) return true;
    const shown = last.written.filter((written) => written.kind === 'text' && written.text !== '' && written.element.isConnected && isVisible(written.element));
    // Fields re-rendered as new elements (a form reset after its save) let go as surely as cleared ones.
    return shown.length === 0 || shown.some((written) => !stillHolds(written));
  }

  async fill(document: Document, record: DnsRecord, zone: string, ownValues: ReadonlySet<string>): Promise<StepResult> {
    // The last record's dialog may still be closing (its exit animation): never take it for the next form.
    const closing = this.last?.scope;
    if (closing?.matches(DIALOG)) await waitFor(() => !closing.isConnected || !isVisible(closing), 2000, 25, document);
    this.last = undefined;
    const excluded = this.excluded(document, zone);
    const opened = await openAddForm(document, record.type);
    if (opened && 'missingType' in opened) return { ok: false, problem: say.typeNotChosen(record) };
    if (!opened) return { ok: false, problem: say.addFormMissing(record) };
    let form = opened;
    const half = halfFilled(readForm(form, record, zone, excluded, this.said).fields, ownValues);
    if (half) return { ok: false, problem: say.halfFilled(record, half.role, half.value) };
    if (!(await chooseRecordType(form.type, record.type))) return { ok: false, problem: say.typeNotChosen(record) };
    // Choosing a type may re-render the whole form (settled once chosen): find it again.
    form = currentForm(document, form);
    const result = await this.walkSteps(document, form, record, zone, excluded);
    return result.ok ? result : { ok: false, problem: withFormLeftOpen(result.problem) };
  }

  private async walkSteps(document: Document, start: AddForm, record: DnsRecord, zone: string, excluded: (element: Element) => boolean): Promise<StepResult> {
    let form = start;
    const done = new Map<FieldRole, Written>();
    let reading: Reading | undefined;
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const current = readForm(form, record, zone, excluded, this.said);
      if (current.fields.host || current.fields.value) reading = current;
      const problem = await this.writeStep(current, record, done, form, excluded, zone);
      if (problem) return { ok: false, problem };
      await quiet(document);
      form = currentForm(document, form);
      await this.refind(readForm(form, record, zone, excluded, this.said).fields, done, document);
      const changed = [...done.values()].find((written) => written.element.isConnected && isVisible(written.element) && !stillHolds(written));
      if (changed) return { ok: false, problem: say.readBack(record, changed.role as FieldName, changed.text, readField(changed.element)) };
      const next = nextButton(form.scope);
      if (!next) break;
      press(next);
      await quiet(document);
      const refused = stillOnStep(current, done) ? formErrors(form.scope) : '';
      if (refused) {
        const retried = await this.retryQuotes(record, refused, current, done);
        if (!retried) return { ok: false, problem: driverMessages.stepRefused(record, refused) };
        press(next);
        await quiet(document);
        if (stillOnStep(current, done)) return { ok: false, problem: driverMessages.stepRefused(record, formErrors(form.scope) || refused) };
      }
      form = currentForm(document, form);
    }
    if (!reading) return { ok: false, problem: say.fieldMissing(record, 'value') };
    const missing = (Object.keys(reading.text) as FieldRole[]).find((role) => !done.has(role) && !(role === 'host' && reading!.text.host === '' ) && role !== 'ttl');
    if (missing) return { ok: false, problem: say.fieldMissing(record, missing) };
    this.inferred = describeConventions(reading.conventions, reading.singleData);
    this.last = { scope: form.scope, written: [...done.values()] };
    return { ok: true, filled: [...done.values()].map((written) => written.element) };
  }

  /** Writes every field this step shows that is not written yet; a sentence when one cannot be. */
  private async writeStep(reading: Reading, record: DnsRecord, done: Map<FieldRole, Written>, form: AddForm, excluded: (element: Element) => boolean, zone: string): Promise<Localized | undefined> {
    for (const role of ORDER) {
      const text = reading.text[role];
      const field = reading.fields[role];
      if (text === undefined || !field || done.has(role)) continue;
      const written = field.kind === 'text' ? writeText(role, field, text) : await chooseText(role, field, text);
      if (!written) return say.fieldMissing(record, role);
      done.set(role, written);
    }
    const ttlField = reading.fields.ttl;
    if (ttlField && !done.has('ttl')) {
      // A list still closing (the type's) must not be taken for the TTL's: let it go first.
      if (shownOptions(form.scope.ownerDocument).length > 0) await quiet(form.scope.ownerDocument);
      const { written } = await writeTtl(ttlField, record.ttl, () => {
        const box = readForm(currentForm(form.scope.ownerDocument, form), record, zone, excluded, this.said).fields.ttl;
        return box && box.element !== ttlField.element ? box : undefined;
      });
      if (!written) return say.fieldMissing(record, 'ttl');
      done.set('ttl', written);
    }
    return undefined;
  }

  /**
   * A form rebuilt after a field was typed (a re-render: new elements) may have lost what was
   * typed: each field whose element is gone is found again by its label in the form as it is now,
   * and typed again once when the rebuild emptied it. Never an element held from before.
   */
  private async refind(fields: FormFields, done: Map<FieldRole, Written>, document: Document): Promise<void> {
    let retyped = false;
    for (const [role, written] of done) {
      const field = fields[role];
      if (written.element.isConnected || !field || field.kind !== written.kind) continue;
      const now = { ...written, element: field.element };
      if (!stillHolds(now) && field.kind === 'text') retyped = writeText(role, field, written.text) !== undefined;
      done.set(role, now);
    }
    if (retyped) await quiet(document);
  }

  /** A step refused for quotes ("between double quotes", « sans guillemets »): the TXT written the other way, once. */
  private async retryQuotes(record: DnsRecord, error: string, reading: Reading, done: Map<FieldRole, Written>): Promise<boolean> {
    const value = done.get('value');
    const field = reading.fields.value;
    if (record.type !== 'TXT' || !value || !field || !HINTS.quoted.test(error)) return false;
    const text = value.text.startsWith('"') ? record.value : formatTxtValue(record.value);
    const written = writeText('value', field, text);
    if (!written) return false;
    done.set('value', written);
    reading.conventions.txtQuoted = text.startsWith('"');
    return true;
  }
}

/** A wizard that did not move on still shows the fields just written. */
function stillOnStep(reading: Reading, done: Map<FieldRole, Written>): boolean {
  return [...done.values()].some((written) => written.kind === 'text' && reading.fields[written.role]?.element === written.element && written.element.isConnected && isVisible(written.element));
}

/** A record someone began typing before the fill (not text this run typed itself). */
function halfFilled(fields: FormFields, ownValues: ReadonlySet<string>): { role: FieldName; value: string } | undefined {
  for (const role of ['host', 'value'] as const) {
    const field = fields[role];
    const value = field && field.kind === 'text' ? readField(field.element).trim() : '';
    if (value !== '' && !ownValues.has(value)) return { role, value };
  }
  return undefined;
}

import type { DnsRecord } from '../records/types.js';
import type { EditorSpec, StepResult } from './editor-spec.js';
import { collectRoots, type QueryRoot } from './deep-query.js';
import { press } from './events.js';
import { readField, sameFieldText, writeField } from './field-io.js';
import { fillMessages as say } from './fill-messages.js';
import { locate } from './locate.js';
import { waitFor, waitForQuiet } from './settle.js';
import { halfFilledField } from './fill-record.js';
import type { SiteFields } from './types.js';

/**
 * The one edit the filler makes: the existing SPF record's value replaced by the merged one,
 * when the user chose it for this run. The edit form must show the old record's value first
 * (else it is some other record, and nothing is touched); only the value field changes.
 * Pressing an edit control replaces whatever form is open (OVH legacy's wizard): a form someone
 * typed into, or a wizard still waiting for its last step, stops the run before anything is pressed.
 */
export async function replaceRecord(
  editor: EditorSpec,
  document: Document,
  zone: string,
  existing: DnsRecord,
  oldFields: SiteFields,
  replacement: DnsRecord,
  newFields: SiteFields,
  ownValues: ReadonlySet<string> = new Set(),
): Promise<StepResult> {
  const root: QueryRoot = document;
  if (editor.commit.kind === 'save' && editor.commit.pending && locate(editor.commit.pending, root)) return { ok: false, problem: say.pendingForm(existing) };
  const half = halfFilledField(editor, root, ownValues);
  if (half) return { ok: false, problem: say.halfFilled(existing, half.role, half.value) };
  const control = editor.editControl?.(document, zone, existing);
  if (!control) return { ok: false, problem: say.noEditControl(existing) };
  press(control);
  await waitForQuiet(collectRoots(root));
  const locator = editor.fields(existing.type).value;
  const field = locator && (await waitFor(() => locate(locator, root), 2000));
  if (!field) return { ok: false, problem: say.fieldMissing(existing, 'value') };
  const shown = readField(field);
  if (!sameFieldText('value', oldFields.value ?? '', shown)) return { ok: false, problem: say.unexpectedEdit(existing, shown) };
  const text = newFields.value ?? '';
  writeField(field, text);
  await waitForQuiet(collectRoots(root), 30, 600);
  const again = locate(locator, root);
  const found = again ? readField(again) : '';
  if (!sameFieldText('value', text, found)) return { ok: false, problem: say.readBack(replacement, 'value', text, found) };
  return { ok: true, filled: [again!] };
}

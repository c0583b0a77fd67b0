import type { FieldRole } from '../editor-spec.js';
import { readField, sameFieldText, writeField } from '../field-io.js';
import { waitFor } from '../settle.js';
import { chooseOption, shownChoice } from './choose-option.js';
import type { FormField } from './form-fields.js';
import { nearestOption, optionSeconds } from './ttl-choice.js';

/** A custom-TTL entry of a TTL choice (« Personnalisé », "Custom"), after which a seconds box appears. */
const CUSTOM = /custom|personnalis|manual|manuel|other|autre/iu;

/** What was written where: read back before the user saves, and again by the guard. */
export interface Written {
  role: FieldRole;
  element: Element;
  /** The text typed, or the option chosen (a TTL preset's words). */
  text: string;
  kind: FormField['kind'];
}

/** True while the control still shows what the filler wrote. */
export function stillHolds(written: Written): boolean {
  if (!written.element.isConnected) return false;
  if (written.kind === 'choice') return shownChoice(written.element).includes(written.text);
  return sameFieldText(written.role, written.text, readField(written.element));
}

/** Types a text field's value (the native setter and input/change events: React, Vue, Angular all see it). */
export function writeText(role: FieldRole, field: FormField, text: string): Written | undefined {
  return writeField(field.element, text) ? { role, element: field.element, text, kind: 'text' } : undefined;
}

/** Chooses the option whose words are exactly `text` (a protocol "TCP", "_tcp"). */
export async function chooseText(role: FieldRole, field: FormField, text: string): Promise<Written | undefined> {
  const wanted = text.replace(/^_/, '').toLowerCase();
  const chosen = await chooseOption(field.element, (texts) => texts.findIndex((t) => t.replace(/^_/, '').trim().toLowerCase() === wanted));
  return chosen === undefined ? undefined : { role, element: field.element, text: chosen, kind: 'choice' };
}

/**
 * The TTL: typed in seconds, or the nearest duration among the choices (presets only). A choice
 * that offers no durations but a custom entry (« Par défaut » / « Personnalisé ») gets the custom
 * entry, then the seconds in the box it shows (`findBox` re-reads the form).
 */
export async function writeTtl(field: FormField, ttl: number, findBox: () => FormField | undefined): Promise<{ written?: Written; seconds?: number }> {
  if (field.kind === 'text') {
    const written = writeText('ttl', field, String(ttl));
    return written ? { written, seconds: ttl } : {};
  }
  let seconds: number | undefined;
  let custom = false;
  const chosen = await chooseOption(field.element, (texts) => {
    const near = nearestOption(texts, (t) => t, ttl);
    if (near) {
      seconds = near.seconds;
      return texts.indexOf(near.option);
    }
    custom = true;
    return texts.findIndex((t) => CUSTOM.test(t));
  });
  if (chosen === undefined) return {};
  if (!custom) return { written: { role: 'ttl', element: field.element, text: chosen, kind: 'choice' }, seconds: seconds ?? optionSeconds(chosen) };
  // The custom entry's box shows on the choice (the list settled as it closed): waited for, not timed.
  const box = await waitFor(findBox, 1500, 25, field.element.ownerDocument);
  const written = box && box.kind === 'text' ? writeText('ttl', box, String(ttl)) : undefined;
  return written ? { written, seconds: ttl } : {};
}

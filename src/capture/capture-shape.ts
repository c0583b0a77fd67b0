import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { isVariableName } from '../share/setup-shape.js';
import { buildCapture } from './build-capture.js';
import { isCaptureSource, type Capture, type CaptureSource } from './types.js';

/**
 * A Capture that crossed a messaging boundary (from a content script on a page that may be
 * hostile, or from storage): exact shape first, then every value through the catalog's
 * readers again, so what is stored is what a typed setup would be.
 */
export function captureFromJson(value: unknown): { ok: true; capture: Capture } | { ok: false; problem: Localized } {
  const refuse = (why: string) => ({
    ok: false as const,
    problem: localized({ en: `The captured values were refused ({why}): read the page again.`, fr: `Les valeurs lues ont été refusées ({why}) : relisez la page.` }, { why }),
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('not an object');
  const { domain, service, vars, ...extra } = value as Record<string, unknown>;
  if (Object.keys(extra).length > 0) return refuse(`unexpected ${Object.keys(extra)[0]!.slice(0, 30)}`);
  if (typeof domain !== 'string' || domain.length > 253 || typeof service !== 'string' || service.length > 64) return refuse('domain or service');
  if (typeof vars !== 'object' || vars === null || Array.isArray(vars)) return refuse('vars');
  const values: Record<string, { value: string; source: CaptureSource }> = {};
  for (const [name, entry] of Object.entries(vars as Record<string, unknown>)) {
    const { value: text, source } = (entry ?? {}) as Record<string, unknown>;
    if (!isVariableName(name) || typeof text !== 'string' || text.length > 512 || !isCaptureSource(source)) return refuse(`variable ${name.slice(0, 30)}`);
    values[name] = { value: text, source };
  }
  const built = buildCapture(domain, service, values);
  if (!built.capture) return { ok: false, problem: built.notes[0]! };
  if (Object.keys(built.capture.vars).length !== Object.keys(values).length) return { ok: false, problem: built.notes[0] ?? localized({ en: 'A value was refused.', fr: 'Une valeur a été refusée.' }) };
  return { ok: true, capture: built.capture };
}

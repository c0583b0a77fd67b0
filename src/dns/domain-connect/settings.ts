/**
 * The JSON a DNS provider serves at `https://{_domainconnect}/v2/{domain}/settings` (Domain
 * Connect spec §5.2), read as hostile data: a body is kept only when every field has its type,
 * stays within its size and holds no control character; anything else is dropped whole.
 */
import { nameKey } from '../../records/names/name-key.js';

export interface DomainConnectSettings {
  providerId: string;
  providerName: string;
  providerDisplayName?: string;
  urlSyncUX?: string;
  urlAsyncUX?: string;
  urlAPI: string;
  /** May hold `%domain%`. */
  urlControlPanel?: string;
  nameServers?: string[];
}

/** A settings body is a few hundred bytes; more is not one. */
export const MAX_SETTINGS_BYTES = 16_384;

const SHORT = 200;
const URL_LENGTH = 2_000;
/** C0, DEL, C1, and the bidirectional controls that could reorder what a terminal or the popup shows. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

type Field = 'short' | 'url' | 'names';

const FIELDS: Record<keyof DomainConnectSettings, { kind: Field; required: boolean }> = {
  providerId: { kind: 'short', required: true },
  providerName: { kind: 'short', required: true },
  providerDisplayName: { kind: 'short', required: false },
  urlSyncUX: { kind: 'url', required: false },
  urlAsyncUX: { kind: 'url', required: false },
  urlAPI: { kind: 'url', required: true },
  urlControlPanel: { kind: 'url', required: false },
  nameServers: { kind: 'names', required: false },
};

function cleanText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max && !CONTROL.test(value);
}

function validField(kind: Field, value: unknown): boolean {
  if (kind === 'short') return cleanText(value, SHORT);
  if (kind === 'url') return cleanText(value, URL_LENGTH) && /^https:\/\//i.test(value);
  return Array.isArray(value) && value.length <= 20 && value.every((name) => cleanText(name, 253) && /^[a-z0-9.-]+$/i.test(name));
}

/** The settings, or the names of the fields that are missing or not what the spec says. */
export function readSettings(body: unknown): { ok: true; settings: DomainConnectSettings } | { ok: false; badFields: string[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, badFields: ['(body)'] };
  const record = body as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const badFields: string[] = [];
  for (const [name, { kind, required }] of Object.entries(FIELDS)) {
    const value = record[name];
    if (value === undefined || value === null) {
      if (required) badFields.push(name);
    } else if (validField(kind, value)) {
      settings[name] = Array.isArray(value) ? value.map((v: string) => nameKey(v)) : value;
    } else {
      badFields.push(name);
    }
  }
  return badFields.length > 0 ? { ok: false, badFields } : { ok: true, settings: settings as unknown as DomainConnectSettings };
}

import type { Localized } from '../../i18n/lang.js';
import { normalizeHostInput } from '../../records/normalize.js';
import { M365_HOST_IN_TEXT, M365_MX_HOST } from '../../services/microsoft-365-hosts.js';
import type { DnsRecord } from '../../records/types.js';
import { validateRecord } from '../../records/validate.js';
import { buildCapture } from '../build-capture.js';
import { hostName } from '../panel/text.js';
import { type PasteResult, pasteRefused } from '../types.js';
import { localized } from '../../i18n/format.js';
import { joined } from '../../i18n/phrases.js';
import { nameKey } from '../../records/names/name-key.js';

/**
 * The record table of the Microsoft 365 admin center, copied as text: either rows
 * (Type · Priority · Host name · Points to address or value · TTL, cells split by tabs or
 * wide spaces) or blocks of "Label: value" lines. Header wording is ours to match loosely,
 * EN and FR; values are checked strictly.
 */
export function looksLikeM365Table(text: string): boolean {
  return M365_HOST_IN_TEXT.test(text) || /\bMS=ms\d+|spf\.protection\.outlook\.com/i.test(text);
}

interface Row {
  type: string;
  priority?: number;
  host: string;
  value: string;
}

const TYPES = /^(MX|TXT|CNAME|SRV)$/i;
// One leading `\s`, not `\s+`: a long run of spaces before a non-TTL tail backtracked in quadratic
// time. The spaces left in front of the TTL are trimmed by the caller.
const TTL_TAIL = /\s(?:\d+\s*(?:hours?|heures?|h|min(?:utes?)?|sec(?:onds?|ondes?)?|s)|\d{2,7})\s*$/i;
const HEADER = /^(?:type|priorit|host|nom d|points? to|pointe vers|ttl|dur[ée]e)/i;

function rowsFromLines(text: string): Row[] {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    let cells = line.split(/\t| {2,}/).map((c) => c.trim()).filter((c) => c !== '');
    // Copied with single spaces: the value is what remains after type, priority and host.
    if (cells.length < 3) cells = line.trim().split(/\s+/);
    if (cells.length < 3 || !TYPES.test(cells[0]!) || HEADER.test(cells[1] ?? '')) continue;
    let rest = cells.slice(1);
    let priority: number | undefined;
    if (/^(?:\d{1,5}|-|–|n\/a)$/i.test(rest[0]!)) {
      priority = /^\d+$/.test(rest[0]!) ? Number(rest[0]) : undefined;
      rest = rest.slice(1);
    }
    const host = rest[0];
    const value = rest.slice(1).join(' ').replace(TTL_TAIL, '').trim();
    if (host && value) rows.push(priority === undefined ? { type: cells[0]!.toUpperCase(), host, value } : { type: cells[0]!.toUpperCase(), priority, host, value });
  }
  return rows;
}

const BLOCK_LABELS: [RegExp, keyof Row][] = [
  [/^(?:type|type d'enregistrement|record type)$/i, 'type'],
  [/^(?:priority|priorit[ée])$/i, 'priority'],
  [/^(?:host name|hostname|host|nom d'h[ôo]te|h[ôo]te|alias)$/i, 'host'],
  [/^(?:points to address or value|points to|value|pointe vers l'adresse ou la valeur|pointe vers|valeur|adresse)$/i, 'value'],
];

/**
 * « Label : value » on one line: the label before the first colon (2 to 40 characters), the
 * value after it, both trimmed. Cut with indexOf, not with the former
 * `^\s*([^:]{2,40}?)\s*:\s*(.+?)\s*$`, whose lazy groups took minutes on one long line of spaces.
 */
function labelAndValue(line: string): { label: string; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  const label = line.slice(0, colon).trim();
  const value = line.slice(colon + 1).trim();
  return label.length >= 2 && label.length <= 40 && value !== '' ? { label, value } : undefined;
}

function rowsFromBlocks(text: string): Row[] {
  const rows: Row[] = [];
  let current: Partial<Record<keyof Row, string>> = {};
  const flush = () => {
    if (current.type && TYPES.test(current.type) && current.host && current.value) {
      const row: Row = { type: current.type.toUpperCase(), host: current.host, value: current.value };
      if (current.priority && /^\d+$/.test(current.priority)) row.priority = Number(current.priority);
      rows.push(row);
    }
    current = {};
  };
  for (const line of text.split('\n')) {
    const pair = labelAndValue(line);
    const field = pair && BLOCK_LABELS.find(([label]) => label.test(pair.label))?.[1];
    if (!pair || !field) continue;
    if (field === 'type' && current.type) flush();
    current[field] = pair.value;
  }
  flush();
  return rows;
}

export function parseM365Table(text: string, context: { domain?: string } = {}): PasteResult {
  const rows = [...rowsFromLines(text), ...rowsFromBlocks(text)];
  const domain = context.domain;
  if (!domain) {
    return pasteRefused(localized({
      en: 'The Microsoft 365 table writes names relative to your domain (@): type the domain first, then paste again.',
      fr: 'Le tableau Microsoft 365 écrit les noms par rapport à votre domaine (@) : indiquez d’abord le domaine, puis collez de nouveau.',
    }));
  }
  const records: DnsRecord[] = [];
  const notes: Localized[] = [];
  let mx: string | undefined;
  let verify: string | undefined;
  const dkim: Partial<Record<'dkim_target1' | 'dkim_target2', string>> = {};
  // Cells are pasted text: a row whose record the engine would refuse (a host `..`, a broken
  // character in a value) is skipped with a note, never handed on.
  const add = (row: Row, record: DnsRecord): boolean => {
    const problem = validateRecord(record)[0];
    if (problem) notes.push(skippedRow(row, problem));
    else records.push(record);
    return problem === undefined;
  };
  for (const row of rows) {
    const name = normalizeHostInput(row.host, domain);
    if (row.type === 'MX' && M365_MX_HOST.test(nameKey(row.value))) {
      const target = hostName(row.value);
      if (target && add(row, { type: 'MX', name, ttl: 3600, value: target, priority: row.priority ?? 0 })) mx = target;
    } else if (row.type === 'TXT' && /^MS=ms\d+$/i.test(row.value)) {
      if (add(row, { type: 'TXT', name, ttl: 3600, value: row.value })) verify = row.value;
    } else if (row.type === 'TXT' && /^v=spf1\s/i.test(row.value)) {
      add(row, { type: 'TXT', name, ttl: 3600, value: row.value });
    } else if (row.type === 'CNAME' && hostName(row.value, { allowUnderscore: true })) {
      // DKIM targets have a _domainkey label: underscores are names' business here, not a typo.
      const target = hostName(row.value, { allowUnderscore: true })!;
      // selector1/2._domainkey: the tenant's DKIM targets, which the catalog takes as variables.
      const selector = /^selector([12])\._domainkey\./i.exec(name)?.[1];
      if (add(row, { type: 'CNAME', name, ttl: 3600, value: target }) && selector) dkim[`dkim_target${selector as '1' | '2'}`] = target;
    } else {
      notes.push(localized({
        en: `Skipped the {type} row for {host}: it is not one the Microsoft 365 setup here uses.`,
        fr: `Ligne {type} pour {host} ignorée : elle ne fait pas partie de la configuration Microsoft 365 prise en charge ici.`,
      }, { type: row.type, host: row.host }));
    }
  }
  const missing = [mx ? undefined : 'MX (…mail.protection.outlook.com, …mx.microsoft)', verify ? undefined : 'TXT MS=ms…'].filter((part) => part !== undefined);
  if (missing.length > 0) {
    return pasteRefused(localized({
      en: `The Microsoft 365 table lacks {missing}: copy the whole table from the admin center, header included.`,
      fr: `Le tableau Microsoft 365 n’a pas {missing} : copiez tout le tableau du centre d’administration, en-tête compris.`,
    }, { missing: joined(missing, localized({ en: ' and ', fr: ' ni ' })) }));
  }
  const source = 'pasted-m365-table' as const;
  const dkimValues = Object.fromEntries(Object.entries(dkim).map(([variable, value]) => [variable, { value, source }]));
  const built = buildCapture(domain, 'microsoft-365', { mx: { value: mx!, source }, verify: { value: verify!, source }, ...dkimValues });
  if (!built.capture) return pasteRefused(built.notes[0]!);
  return { ok: true, shape: 'm365-table', capture: built.capture, records, notes: [...notes, ...built.notes] };
}

function skippedRow(row: Row, why: Localized): Localized {
  return {
    en: `Skipped the ${row.type} row for ${row.host}. ${why.en}`,
    fr: `Ligne ${row.type} pour ${row.host} ignorée. ${why.fr}`,
  };
}

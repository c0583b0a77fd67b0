import { normalizeRecord } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { listedOwner, listedTarget, listedTtl } from './listed-name.js';
import type { ListedCell, ListedRow } from './listed-row.js';
import { LISTED_TYPES, LISTING_ROLES, ROLE_HEADERS, type ListingRole } from './vocabulary.js';

/** The TTL a record gets when the listing shows none or a word ("Auto"): the most common default. */
const UNSHOWN_TTL = 3600;

export function roleOfLabel(label: string): ListingRole | undefined {
  return label === '' ? undefined : LISTING_ROLES.find((role) => ROLE_HEADERS[role].test(label));
}

/** A listed type token (`MX`, `TXT`, `NS`…), as listings write them: upper case, alone in its cell. */
export function isListedType(text: string): boolean {
  return text.length <= 10 && LISTED_TYPES.has(text);
}

// An inline label before its value in a card ("TTL 3600", « Durée de vie : 1 heure », "Priority: 10").
const INLINE_LABEL = /^([\p{L}][\p{L}' ’-]{0,30}?)\s*(?:[:：]\s*|\s+(?=\d))(.+)$/u;

/** Which cell plays which part: by label (header, inline label, a label-only cell before it), else by shape. */
function cellsByRole(cells: readonly ListedCell[]): { byRole: Map<ListingRole, ListedCell>; loose: ListedCell[] } {
  const byRole = new Map<ListingRole, ListedCell>();
  const loose: ListedCell[] = [];
  let pending: ListingRole | undefined;
  for (const cell of cells) {
    let role = roleOfLabel(cell.label);
    let text = cell.text;
    if (!role && cell.label === '') {
      const inline = INLINE_LABEL.exec(text);
      const inlineRole = inline ? roleOfLabel(inline[1]!) : undefined;
      if (inlineRole && inlineRole !== 'host' && inlineRole !== 'value' && inlineRole !== 'type') [role, text] = [inlineRole, inline![2]!];
      else if (roleOfLabel(text) && !isListedType(text) && text.length <= 30 && !/\d/.test(text)) {
        pending = roleOfLabel(text); // a <dt>TTL</dt> before its <dd>
        continue;
      } else if (pending) [role, pending] = [pending, undefined];
    }
    if (role && !byRole.has(role)) byRole.set(role, { ...cell, text });
    else if (cell.label === '') loose.push(cell);
  }
  return { byRole, loose };
}

// A string opens at a quote no backslash escapes: linear on page text of any shape.
const QUOTED = /(?<!\\)"((?:[^"\\]|\\.)*)"/g;

/** TXT as listed: quoted strings joined (`"v=spf1 …" "…"`), or the bare text. */
function txtValue(text: string): string {
  if (!text.startsWith('"')) return text;
  const parts = [...text.matchAll(QUOTED)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
  return parts.length > 0 ? parts.join('') : text;
}

/** MX/SRV numbers: in their own cells, or at the start of the data (`10 mx.example.net`, `0 5 443 sip.example.net`). */
function withNumbers(record: DnsRecord, data: string, cell: (role: ListingRole) => string | undefined): DnsRecord | undefined {
  const parts = data.split(' ');
  const leading: number[] = [];
  while (parts.length > 1 && /^\d{1,5}$/.test(parts[0]!)) leading.push(Number(parts.shift()));
  const own = (role: ListingRole) => {
    const text = cell(role);
    return text && /^\d{1,5}$/.test(text) ? Number(text) : undefined;
  };
  // SRV data with two numbers holds weight and port (the priority has its own cell); three hold all.
  const fromData = record.type === 'SRV' && leading.length === 2 ? [undefined, ...leading] : leading;
  const priority = own('priority') ?? fromData[0];
  if (priority === undefined) return undefined;
  const target = parts.join(' ');
  if (record.type === 'MX') return { ...record, value: target, priority };
  const weight = own('weight') ?? fromData[1];
  const port = own('port') ?? fromData[2];
  return weight === undefined || port === undefined ? undefined : { ...record, value: target, priority, weight, port };
}

/** The owner: the host cell, with SRV's service and protocol cells before it when the listing splits them. */
function ownerText(host: string, cell: (role: ListingRole) => string | undefined): string {
  const service = cell('service');
  const protocol = cell('protocol');
  if (!service || !protocol) return host;
  const label = (text: string) => (text.startsWith('_') ? text : `_${text}`).toLowerCase();
  return [label(service), label(protocol), ...(host === '' || host === '@' ? [] : [host])].join('.');
}

/**
 * A listed row as a model record, names resolved against `zone`; undefined for a row that is not
 * a record of the model's types (NS, SOA, a "no records" line) or whose data does not read.
 */
export function recordOfRow(row: ListedRow, zone: string): DnsRecord | undefined {
  const { byRole, loose } = cellsByRole(row.cells);
  const typeCell = byRole.get('type') ?? loose.find((cell) => isListedType(cell.text));
  const type = typeCell?.text.toUpperCase() ?? '';
  if (!isRecordType(type)) return undefined;
  const rest = loose.filter((cell) => cell !== typeCell);
  // Cards: the name in a heading or first, the value in code or next.
  const hostCell = byRole.get('host') ?? rest.find((cell) => cell.kind === 'heading') ?? rest.find((cell) => cell.kind !== 'code');
  const valueCell = byRole.get('value') ?? rest.find((cell) => cell !== hostCell && cell.kind === 'code') ?? rest.find((cell) => cell !== hostCell);
  if (!hostCell || !valueCell) return undefined;
  const cell = (role: ListingRole) => byRole.get(role)?.text;
  const ttlText = cell('ttl');
  const record: DnsRecord = {
    type,
    name: listedOwner(ownerText(hostCell.text, cell), zone),
    ttl: (ttlText === undefined ? undefined : listedTtl(ttlText)) ?? UNSHOWN_TTL,
    value: valueCell.text,
  };
  const read = (() => {
    switch (type) {
      case 'TXT':
        return { ...record, value: txtValue(record.value) };
      case 'CNAME':
        return { ...record, value: listedTarget(record.value, zone) };
      case 'MX':
      case 'SRV': {
        const numbered = withNumbers(record, record.value, cell);
        return numbered && { ...numbered, value: listedTarget(numbered.value, zone) };
      }
      default:
        return record;
    }
  })();
  return read && read.value !== '' ? normalizeRecord(read) : undefined;
}

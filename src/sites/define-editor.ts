import type { EditorConventions, EditorSpec } from '../fill/editor-spec.js';
import { readTableRecords, rowShowing } from '../page/zone-table.js';
import { RECORD_TYPES, type DnsRecord } from '../records/types.js';

/** The conventions most registrars follow: `@` for the apex, relative hosts, targets without a final dot, SRV name in the host field, bare TXT. */
export const COMMON_CONVENTIONS: EditorConventions = { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };

/** The zone's rows as the page lists them: one element per record the selector finds. */
export interface ZoneRows {
  selector: string;
  /** The records a row shows (absolute names); [] for a row that shows none. */
  read(row: Element, zone: string): DnsRecord[];
  /** The row's edit control: a selector inside the row, or the words of one of its buttons. */
  edit?: string | RegExp;
}

/**
 * What a site's `editor.ts` states: only what differs from the conventions (every record type,
 * COMMON_CONVENTIONS), and its zone rows, from which `readRows` and `editControl` follow.
 */
export type EditorDefinition = Omit<EditorSpec, 'capabilities' | 'conventions' | 'readRows'> & {
  capabilities?: EditorSpec['capabilities'];
  conventions?: Partial<EditorConventions>;
  rows: ZoneRows;
};

export function defineEditor({ rows, capabilities, conventions, ...editor }: EditorDefinition): EditorSpec {
  const { selector, read, edit } = rows;
  const rowOf = (document: Document, zone: string, record: DnsRecord) => rowShowing(document, selector, (row) => read(row, zone), record);
  const editControl = (document: Document, zone: string, record: DnsRecord): Element | undefined => {
    const row = rowOf(document, zone, record);
    if (typeof edit === 'string') return row?.querySelector(edit) ?? undefined;
    return [...(row?.querySelectorAll('button') ?? [])].find((button) => edit!.test(button.textContent?.trim() ?? ''));
  };
  return {
    capabilities: capabilities ?? RECORD_TYPES,
    conventions: { ...COMMON_CONVENTIONS, ...conventions },
    readRows: (document, zone) => readTableRecords(document, selector, (row) => read(row, zone)),
    ...(edit && { editControl }),
    ...editor,
  };
}

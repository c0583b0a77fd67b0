/**
 * The one record model of the project.
 *
 * Trailing-dot rule (the only one): inside the model every name is absolute and
 * stored WITHOUT its final dot, lowercase, IDN labels in punycode
 * (`_autodiscover._tcp.example.com`, `mx0.mail.ovh.net`). The final dot appears only
 * in zone-file presentation (printing adds it, parsing removes it), and relative
 * names exist only in zone files and site forms, where they are resolved against an
 * origin at the boundary (see normalize.ts).
 */
export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface DnsRecord {
  type: RecordType;
  /** Owner name: absolute, no final dot. SRV owners are `_service._proto.name`. */
  name: string;
  ttl: number;
  /**
   * A/AAAA: the address. CNAME/MX/SRV: the target host (absolute, no final dot).
   * TXT: the whole text, unquoted, the character-strings joined (split again on output).
   */
  value: string;
  /** MX preference or SRV priority. */
  priority?: number;
  /** SRV only. */
  weight?: number;
  /** SRV only. */
  port?: number;
}

export function isRecordType(text: string): text is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(text);
}

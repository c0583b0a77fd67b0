/**
 * DATA: the record types and classes a zone file may name (IANA "Resource Record (RR) TYPEs"
 * and "DNS CLASSes" registries, https://www.iana.org/assignments/dns-parameters, read
 * 2026-08), by mnemonic. `TYPEnnn` and `CLASSnnn` (RFC 3597 §5) name any of them by number.
 */
export const RR_TYPE_NUMBERS: Readonly<Record<string, number>> = {
  A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12,
  HINFO: 13, MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22,
  'NSAP-PTR': 23, SIG: 24, KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31,
  NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35, KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40, OPT: 41,
  APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46, NSEC: 47, DNSKEY: 48, DHCID: 49, NSEC3: 50,
  NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56, RKEY: 57, TALINK: 58, CDS: 59,
  CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65, DSYNC: 66, HHIT: 67,
  BRID: 68, SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105, L64: 106,
  LP: 107, EUI48: 108, EUI64: 109, NXNAME: 128, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252,
  MAILB: 253, MAILA: 254, ANY: 255, URI: 256, CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260,
  RESINFO: 261, WALLET: 262, CLA: 263, IPN: 264, TA: 32768, DLV: 32769,
};

/** Types that exist only in queries and transfers (RFC 6895 §3.1): never in a zone file. */
export const META_TYPES: ReadonlySet<number> = new Set([41, 128, 249, 250, 251, 252, 253, 254, 255]);

/**
 * Types some DNS hosts show in their exports that are not DNS types (an apex alias resolved by
 * the host): not BIND's, but what a customer's export holds, so skipped like other types.
 */
export const PROVIDER_TYPES: ReadonlySet<string> = new Set(['ALIAS', 'ANAME']);

/**
 * A pseudo-class before a provider's own type: cli53, the usual exporter of Route 53 zones, writes
 * an alias as `name AWS ALIAS A target zone-id false` (its README). Skipped like ALIAS.
 */
export const PROVIDER_CLASSES: ReadonlySet<string> = new Set(['AWS']);

export const CLASS_NUMBERS: Readonly<Record<string, number>> = {
  IN: 1, CH: 3, CHAOS: 3, HS: 4, HESIOD: 4, NONE: 254, ANY: 255,
};

const TYPE_NAMES = new Map(Object.entries(RR_TYPE_NUMBERS).map(([name, number]) => [number, name]));

/** `mx`, `TYPE15` → 15; undefined for a word that names no type. */
export function typeNumber(word: string): number | undefined {
  return registryNumber(word, RR_TYPE_NUMBERS, 'TYPE');
}

/** The type's mnemonic when it has one (`TYPE1` is `A`), else `TYPEnnn`. */
export function typeName(number: number): string {
  return TYPE_NAMES.get(number) ?? `TYPE${number}`;
}

export function classNumber(word: string): number | undefined {
  return registryNumber(word, CLASS_NUMBERS, 'CLASS');
}

function registryNumber(word: string, registry: Readonly<Record<string, number>>, prefix: string): number | undefined {
  const upper = word.toUpperCase();
  if (Object.hasOwn(registry, upper)) return registry[upper];
  if (!upper.startsWith(prefix)) return undefined;
  const digits = upper.slice(prefix.length);
  if (!/^[0-9]{1,5}$/.test(digits)) return undefined;
  const number = Number(digits);
  return number <= 65535 ? number : undefined;
}

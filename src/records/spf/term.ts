import type { Localized } from '../../i18n/lang.js';
import { canonicalIPv6, parseIPv4 } from '../ip-address.js';
import { describeCharacter, forbiddenCharacter, visibleTerm } from './characters.js';
import { domainSpecProblems, macroStringProblems } from './domain-spec.js';
import { spfMessages } from './messages.js';

export type SpfQualifier = '+' | '-' | '~' | '?';

/** One term of an SPF policy (RFC 7208 §4.6.1), as written and as understood. */
export interface SpfTerm {
  /** `+` when none is written (the RFC's default). Modifiers always read `+`. */
  qualifier: SpfQualifier;
  /**
   * The term's name in lowercase: a mechanism (`all`, `include`, `a`, `mx`, `ptr`, `ip4`, `ip6`,
   * `exists`, or an unknown one, reported as a problem) or a modifier (`redirect`, `exp`, other).
   */
  mechanism: string;
  kind: 'mechanism' | 'modifier';
  /**
   * What follows `:` or `=`, as written. For `a`/`mx` the domain only (its CIDR suffix is in
   * `cidr`); for `ip4`/`ip6` the whole network, prefix included (`192.0.2.0/24`).
   */
  value?: string;
  /** `a`/`mx` only: the dual CIDR suffix as written (`/24`, `//64`, `/24//64`). */
  cidr?: string;
  /** The term exactly as written, qualifier included. */
  raw: string;
}

const QUALIFIERS: readonly string[] = ['+', '-', '~', '?'];
const KNOWN_MECHANISMS: readonly string[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];

const NAME = /^([A-Za-z][A-Za-z0-9_.-]*)/;
/** `a`/`mx` tail: optional `:domain`, then an optional dual CIDR at the very end. */
const A_MX_TAIL = /^(?::(.*?))?((?:\/\d+)?(?:\/\/\d+)?)$/;

export function parseSpfTerm(raw: string): { term: SpfTerm; problems: Localized[] } {
  const parsed = parseVisibleTerm(raw);
  // A CR, tab or non-ASCII character explains every other fault of the term: say only that.
  const forbidden = forbiddenCharacter(raw);
  return forbidden ? { term: parsed.term, problems: [spfMessages.badCharacter(visibleTerm(raw), describeCharacter(forbidden))] } : parsed;
}

function parseVisibleTerm(raw: string): { term: SpfTerm; problems: Localized[] } {
  const first = raw.charAt(0);
  const hasQualifier = QUALIFIERS.includes(first);
  const qualifier = (hasQualifier ? first : '+') as SpfQualifier;
  const body = hasQualifier ? raw.slice(1) : raw;
  const name = NAME.exec(body)?.[1];
  if (!name) {
    return { term: { qualifier, mechanism: body.toLowerCase(), kind: 'mechanism', raw }, problems: [spfMessages.malformedTerm(raw)] };
  }
  const mechanism = name.toLowerCase();
  const tail = body.slice(name.length);

  if (tail.startsWith('=')) {
    const value = tail.slice(1);
    const term: SpfTerm = { qualifier: '+', mechanism, kind: 'modifier', value, raw };
    const problems: Localized[] = [];
    if (hasQualifier) problems.push(spfMessages.qualifierOnModifier(raw));
    // Receivers ignore unknown modifiers (RFC 7208 §6), but their value must still be a macro-string.
    if (mechanism === 'redirect' || mechanism === 'exp') problems.push(...domainSpecProblems(raw, name, '=', value));
    else problems.push(...macroStringProblems(raw, value));
    return { term, problems };
  }

  const term: SpfTerm = { qualifier, mechanism, kind: 'mechanism', raw };
  if (!KNOWN_MECHANISMS.includes(mechanism)) return { term, problems: [spfMessages.unknownMechanism(raw)] };
  return { term, problems: checkMechanismTail(term, name, tail) };
}

/** Fills `value`/`cidr` of a known mechanism from what follows its name, and says what is wrong. */
function checkMechanismTail(term: SpfTerm, name: string, tail: string): Localized[] {
  const { raw, mechanism } = term;
  switch (mechanism) {
    case 'all':
      return tail === '' ? [] : [spfMessages.takesNoValue(raw, 'all')];
    case 'include':
    case 'exists':
    case 'ptr': {
      if (tail === '' && mechanism === 'ptr') return [];
      // `ptr/0`, `include/24`: a CIDR or other text where only `:domain` may follow.
      if (tail !== '' && !tail.startsWith(':')) return [spfMessages.malformedTerm(raw)];
      if (!tail.startsWith(':')) return [spfMessages.needsDomain(raw, name, ':')];
      term.value = tail.slice(1);
      return domainSpecProblems(raw, name, ':', term.value);
    }
    case 'a':
    case 'mx': {
      const match = A_MX_TAIL.exec(tail);
      if (!match) return [spfMessages.malformedTerm(raw)];
      const [, domain, cidr = ''] = match;
      const problems: Localized[] = [];
      if (domain !== undefined) {
        term.value = domain;
        problems.push(...domainSpecProblems(raw, name, ':', domain));
      }
      if (cidr !== '') {
        term.cidr = cidr;
        if (!dualCidrIsValid(cidr)) problems.push(spfMessages.badCidr(raw));
      }
      return problems;
    }
    case 'ip4':
    case 'ip6': {
      if (!tail.startsWith(':')) return [mechanism === 'ip4' ? spfMessages.badIp4(raw) : spfMessages.badIp6(raw)];
      term.value = tail.slice(1);
      const valid = mechanism === 'ip4' ? ip4NetworkKey(term.value) : ip6NetworkKey(term.value);
      return valid ? [] : [mechanism === 'ip4' ? spfMessages.badIp4(raw) : spfMessages.badIp6(raw)];
    }
    default:
      return [spfMessages.unknownMechanism(raw)];
  }
}

/** RFC 7208 §5.6: `"0" / %x31-39 0*1DIGIT` (IPv4) and `"0" / %x31-39 0*2DIGIT` (IPv6): no leading zero. */
const PREFIX = /^(0|[1-9]\d{0,2})$/;

function prefixIsValid(prefix: string | undefined, max: number): boolean {
  return prefix === undefined || (PREFIX.test(prefix) && Number(prefix) <= max);
}

function dualCidrIsValid(cidr: string): boolean {
  const [, v4, v6] = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(cidr) ?? [];
  return prefixIsValid(v4, 32) && prefixIsValid(v6, 128);
}

/** `192.0.2.10` and `192.0.2.10/32` are one network: the default prefix is dropped. */
function ip4NetworkKey(network: string): string | undefined {
  const [address = '', prefix, ...rest] = network.split('/');
  if (rest.length > 0 || !parseIPv4(address)) return undefined;
  if (prefix === undefined || prefix === '32') return address;
  return prefixIsValid(prefix, 32) ? `${address}/${Number(prefix)}` : undefined;
}

/** IPv6 networks compare in RFC 5952 form (`2001:DB8:0::1` = `2001:db8::1`), `/128` dropped. */
function ip6NetworkKey(network: string): string | undefined {
  const [address = '', prefix, ...rest] = network.split('/');
  const canonical = canonicalIPv6(address);
  if (rest.length > 0 || !canonical) return undefined;
  if (prefix === undefined || prefix === '128') return canonical;
  return prefixIsValid(prefix, 128) ? `${canonical}/${Number(prefix)}` : undefined;
}

/** Domains compare case-insensitively without a final dot; macro letters keep their case (it means URL-escaping). */
function domainKey(value: string): string {
  return value
    // `[^}%]`, not `[^}]`: a macro holds no `%`, and with it every `%{` of a hostile record without
    // its `}` scanned to the end of the text (quadratic: 9 s for a 60 KB SPF record read over DNS).
    .split(/(%\{[^}%]*\})/)
    .map((part) => (part.startsWith('%{') ? part : part.toLowerCase()))
    .join('')
    .replace(/\.$/, '');
}

/** `/32` and `//128` are the defaults of `a`/`mx`, so `a/32` is plain `a`. */
function cidrKey(cidr: string | undefined): string {
  const [, v4, v6] = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(cidr ?? '') ?? [];
  const v4Part = v4 === undefined || Number(v4) === 32 ? '' : `/${Number(v4)}`;
  const v6Part = v6 === undefined || Number(v6) === 128 ? '' : `//${Number(v6)}`;
  return v4Part + v6Part;
}

/**
 * What a term means, qualifier aside, so that two spellings of one rule compare equal:
 * name and domain case, a final dot, default CIDR prefixes, IPv6 spelling. Deliberately
 * NOT equal: `a` and `a:<the zone>`, `mx` and `mx:<the zone>` (the zone is not known here),
 * nor overlapping IP ranges.
 */
export function spfTermKey(term: SpfTerm): string {
  const { mechanism, value } = term;
  if (value === undefined) return `${mechanism}${cidrKey(term.cidr)}`;
  if (mechanism === 'ip4') return `ip4:${ip4NetworkKey(value) ?? value}`;
  if (mechanism === 'ip6') return `ip6:${ip6NetworkKey(value) ?? value.toLowerCase()}`;
  const separator = term.kind === 'modifier' ? '=' : ':';
  return `${mechanism}${separator}${domainKey(value)}${cidrKey(term.cidr)}`;
}

/** The term written with another qualifier, the rest kept as written (`+` is left implicit). */
export function withQualifier(term: SpfTerm, qualifier: SpfQualifier): SpfTerm {
  const body = QUALIFIERS.includes(term.raw.charAt(0)) ? term.raw.slice(1) : term.raw;
  return { ...term, qualifier, raw: qualifier === '+' ? body : `${qualifier}${body}` };
}

/** The target whose SPF record an `include:` or `redirect=` pulls in, as a DNS name. */
export function spfTargetName(term: SpfTerm): string {
  return (term.value ?? '').toLowerCase().replace(/\.$/, '');
}

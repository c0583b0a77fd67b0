import type { Localized } from '../../i18n/lang.js';
import { parseIPv4 } from '../ip-address.js';
import { spfMessages } from './messages.js';

/**
 * RFC 7208 §7.1, the syntax of a domain-spec and of a macro-string, checked as written: macros are
 * expanded per message by receivers, so only their syntax can be known here.
 *
 *   domain-spec  = macro-string domain-end
 *   domain-end   = ( "." toplabel [ "." ] ) / macro-expand
 *   macro-string = *( macro-expand / macro-literal )
 *   macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"
 *   macro-literal = %x21-24 / %x26-7E      (visible characters except "%")
 *
 * Every scan below visits each character a bounded number of times: records come from DNS.
 */

/** §7.1: c, r and t are "allowed only in exp text", the explanation fetched after a failure. */
const DOMAIN_MACRO_LETTERS = 'slodipvh';
const ANY_MACRO_LETTER = 'slodipvhcrt';
/** After the letter: transformers (`*DIGIT ["r"]`) then delimiters; disjoint character sets, so linear. */
const MACRO_TAIL = /^(\d*)r?[.\-+,/_=]*$/i;

type MacroFault = { kind: 'percent' } | { kind: 'macro'; macro: string; explanationOnly: boolean };

interface MacroString {
  fault?: MacroFault;
  /** The literal text after the last macro-expand (all of it without macros; '' when one ends it). */
  tail: string;
}

function scanMacroString(value: string, letters: string): MacroString {
  let tailStart = 0;
  let i = 0;
  while (i < value.length) {
    if (value[i] !== '%') {
      i += 1;
      continue;
    }
    const next = value[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      i += 2;
    } else if (next === '{') {
      const close = value.indexOf('}', i + 2);
      // Unclosed: every later "%{" is unclosed too, so the scan stops here (no quadratic rescans).
      if (close < 0) return { fault: { kind: 'macro', macro: value.slice(i, i + 12), explanationOnly: false }, tail: '' };
      const fault = macroFault(value.slice(i + 2, close), letters);
      if (fault) return { fault: { ...fault, macro: value.slice(i, close + 1) }, tail: '' };
      i = close + 1;
    } else {
      return { fault: { kind: 'percent' }, tail: '' };
    }
    tailStart = i;
  }
  return { tail: value.slice(tailStart) };
}

function macroFault(body: string, letters: string): { kind: 'macro'; explanationOnly: boolean } | undefined {
  const letter = body.charAt(0).toLowerCase();
  const tail = MACRO_TAIL.exec(body.slice(1));
  // §7.1: "If a DIGIT is specified, the value MUST be nonzero."
  const digitsValid = tail !== null && (tail[1] === '' || Number(tail[1]) > 0);
  if (letter !== '' && letters.includes(letter) && digitsValid) return undefined;
  const explanationOnly = letter !== '' && ANY_MACRO_LETTER.includes(letter) && !letters.includes(letter) && digitsValid;
  return { kind: 'macro', explanationOnly };
}

/** `( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )`, without backtracking. */
function isToplabel(label: string): boolean {
  if (!/^[A-Za-z0-9-]+$/.test(label)) return false;
  if (label.includes('-')) return !label.startsWith('-') && !label.endsWith('-');
  return /[A-Za-z]/.test(label);
}

function macroProblem(raw: string, fault: MacroFault): Localized {
  return fault.kind === 'percent' ? spfMessages.badPercent(raw) : spfMessages.badMacro(raw, fault.macro, fault.explanationOnly);
}

/** What is wrong with the domain-spec `value` of `raw` (`name` + `separator` + value). */
export function domainSpecProblems(raw: string, name: string, separator: ':' | '=', value: string): Localized[] {
  if (value === '') return [spfMessages.needsDomain(raw, name, separator)];
  const scanned = scanMacroString(value, DOMAIN_MACRO_LETTERS);
  if (scanned.fault) return [macroProblem(raw, scanned.fault)];
  if (scanned.tail === '') return [];
  const host = scanned.tail.endsWith('.') ? scanned.tail.slice(0, -1) : scanned.tail;
  const dot = host.lastIndexOf('.');
  if (dot >= 0 && isToplabel(host.slice(dot + 1))) return [];
  // A common mistake (the suite's a-numeric): an address where a host name goes.
  if (!value.includes('%') && parseIPv4(value)) return [spfMessages.addressAsDomain(raw, value)];
  return [spfMessages.badDomain(raw, value)];
}

/** RFC 7208 §6: an unknown modifier is ignored, but its value must still be a valid macro-string. */
export function macroStringProblems(raw: string, value: string): Localized[] {
  const { fault } = scanMacroString(value, ANY_MACRO_LETTER);
  return fault ? [macroProblem(raw, fault)] : [];
}

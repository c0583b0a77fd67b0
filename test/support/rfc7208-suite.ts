import { readFileSync } from 'node:fs';
import type { Answer } from 'dns-packet';
import { parseAllDocuments } from 'yaml';
import type { Question } from '../../src/dns/types.js';

/**
 * The RFC 7208 test suite (test/data/rfc7208, cited there) as data, and its zones answered the
 * way pyspf's own driver (test/testspf.py) answers them, so that the expected results hold.
 */

export interface SuiteTest {
  id: string;
  scenario: string;
  helo: string;
  mailfrom: string;
  /** One result, or several the suite accepts. */
  results: string[];
}

type ZoneEntry = 'TIMEOUT' | Record<string, unknown>;
type Served = 'TIMEOUT' | { type: string; value: unknown };

export interface Scenario {
  description: string;
  tests: SuiteTest[];
  zone: Map<string, Served[]>;
}

const SUITE = new URL('../data/rfc7208/rfc7208-tests.yml', import.meta.url);

export function loadSuite(): Scenario[] {
  return parseAllDocuments(readFileSync(SUITE, 'utf8')).map((document) => {
    const data = document.toJS() as {
      description: string;
      tests: Record<string, { helo: string; mailfrom: string; result: string | string[] }>;
      zonedata: Record<string, ZoneEntry[]>;
    };
    const tests = Object.entries(data.tests).map(([id, test]) => ({
      id,
      scenario: data.description,
      helo: test.helo,
      mailfrom: test.mailfrom,
      results: Array.isArray(test.result) ? test.result : [test.result],
    }));
    const zone = new Map(Object.entries(data.zonedata).map(([name, entries]) => [name.toLowerCase(), served(entries)]));
    return { description: data.description, tests, zone };
  });
}

/** RFC 7208 §2.4: the MAIL FROM domain, or the HELO name when MAIL FROM is empty (the null sender). */
export function identityDomain(test: SuiteTest): string {
  return test.mailfrom === '' ? test.helo : test.mailfrom.slice(test.mailfrom.lastIndexOf('@') + 1);
}

/**
 * pyspf's getrdata: an SPF entry is also served as TXT unless the name has TXT entries of its
 * own (the suite writes most records as SPF); `TXT: NONE` only says there is no TXT.
 */
function served(entries: ZoneEntry[]): Served[] {
  const list: Served[] = [];
  const generated: Served[] = [];
  let generate = true;
  for (const entry of entries) {
    if (entry === 'TIMEOUT') {
      list.push(entry);
      continue;
    }
    for (const [type, value] of Object.entries(entry)) {
      if (type === 'TXT') generate = false;
      else if (type === 'SPF' && generate) generated.push({ type: 'TXT', value });
      if (value !== 'NONE') list.push({ type, value });
    }
  }
  return generate ? [...list, ...generated] : list;
}

/**
 * pyspf's DNSLookup: the entries of the asked type, a CNAME followed one level, and a TIMEOUT
 * entry answering for every type not answered before it. A timeout is a SERVFAIL here: what a
 * DoH resolver says when the authoritative server does not answer. A name not in the zone is
 * NXDOMAIN; a name without the asked type, NODATA.
 */
export function answerFrom(zone: Map<string, Served[]>, question: Question, followAlias = true): { rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL'; answers?: Answer[] } {
  const name = question.name.toLowerCase().replace(/\.$/, '');
  const entries = zone.get(name);
  if (!entries) return { rcode: 'NXDOMAIN' };
  const answers: Answer[] = [];
  let timesOut = true;
  for (const entry of entries) {
    if (entry === 'TIMEOUT') {
      if (timesOut) return { rcode: 'SERVFAIL' };
      break;
    }
    if (entry.type === question.type) {
      timesOut = false;
      answers.push(toAnswer(name, entry.type, entry.value));
    } else if (entry.type === 'CNAME' && followAlias) {
      answers.push(toAnswer(name, 'CNAME', entry.value));
      const target = answerFrom(zone, { name: String(entry.value), type: question.type }, false);
      if (target.rcode === 'SERVFAIL') return target;
      answers.push(...(target.answers ?? []));
    }
  }
  return { rcode: 'NOERROR', answers };
}

function toAnswer(name: string, type: string, value: unknown): Answer {
  const ttl = 300;
  switch (type) {
    case 'TXT':
      return { name, type: 'TXT', ttl, data: Array.isArray(value) ? value.map(String) : [String(value)] };
    case 'A':
    case 'AAAA':
    case 'CNAME':
    case 'PTR':
      return { name, type, ttl, data: String(value) };
    case 'MX': {
      const [preference, exchange] = value as [number, string];
      return { name, type: 'MX', ttl, data: { preference, exchange } };
    }
    default:
      throw new Error(`The RFC 7208 suite serves ${type} records, which this driver does not know: add them to toAnswer.`);
  }
}

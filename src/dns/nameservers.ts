import { getDomain } from 'tldts';
import { recordsAnswering } from './follow-aliases.js';
import type { Observation, Question, ZoneSoa } from './types.js';

type Ask = (question: Question) => Promise<Observation>;

/** `a.b.example.co.uk` → [`a.b.example.co.uk`, `b.example.co.uk`, `example.co.uk`]: the zone is one of them. */
export function zoneCandidates(domain: string): string[] {
  const registrable = getDomain(domain, { allowPrivateDomains: true }) ?? domain;
  const labels = domain.split('.');
  const candidates: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const name = labels.slice(i).join('.');
    candidates.push(name);
    if (name === registrable) break;
  }
  return candidates;
}

/** Where a domain's zone is served, as the resolvers see it. */
export interface ZoneLookup {
  /** The zone holding the domain: the deepest candidate with NS records, else the SOA's owner, else the registrable domain. */
  zone: string;
  /** Its authoritative name servers (where the zone is edited), sorted, without final dot. */
  nameservers: string[];
  soa?: ZoneSoa;
  /** The strings of the TXT record at `_domainconnect.<zone>` (Domain Connect discovery); empty when not asked. */
  domainConnectTxt: string[];
  /**
   * `nxdomain` when the resolvers that answered all say the registrable domain does not exist;
   * `unknown` when none of them answered about it at all.
   */
  existence: 'exists' | 'nxdomain' | 'unknown';
}

const okAnswers = (observation: Observation) =>
  Object.values(observation.byResolver).flatMap((outcome) => (outcome.ok && (outcome.answer.rcode === 'NOERROR' || outcome.answer.rcode === 'NXDOMAIN') ? [outcome.answer] : []));

/**
 * Every candidate's NS, the domain's SOA and, when Domain Connect discovery will read them, every
 * candidate's `_domainconnect` TXT are asked at once (one round trip, whatever the zone turns out
 * to be); the deepest candidate with NS wins. Without discovery (`check --domains`) the TXT
 * questions are not sent: nothing would read their answers, and a fleet would pay one request a domain.
 */
export async function lookUpZone(domain: string, ask: Ask, options: { domainConnect: boolean }): Promise<ZoneLookup> {
  const candidates = zoneCandidates(domain);
  const [nsObservations, soaObservation, txtObservations] = await Promise.all([
    Promise.all(candidates.map((name) => ask({ name, type: 'NS' }))),
    ask({ name: domain, type: 'SOA' }),
    options.domainConnect ? Promise.all(candidates.map((name) => ask({ name: `_domainconnect.${name}`, type: 'TXT' }))) : undefined,
  ]);
  // A negative answer's SOA may be the parent's (the TLD's, for a domain that does not exist): only the zone's own counts.
  const soa = okAnswers(soaObservation).find((answer) => answer.soa && candidates.includes(answer.soa.zone))?.soa;
  const withNs = nsObservations.findIndex((o) => okAnswers(o).some((answer) => answer.nameservers.length > 0));
  const zoneIndex = withNs >= 0 ? withNs : candidates.indexOf(soa?.zone ?? '');
  const index = zoneIndex >= 0 ? zoneIndex : candidates.length - 1;
  const zone = candidates[index]!;
  const nameservers = withNs >= 0 ? [...new Set(okAnswers(nsObservations[withNs]!).flatMap((answer) => answer.nameservers))].sort() : [];
  const txtName = `_domainconnect.${zone}`;
  const domainConnectTxt = (txtObservations ? okAnswers(txtObservations[index]!) : []).flatMap((answer) => recordsAnswering(answer.records, txtName, 'TXT').records.map((r) => r.value));
  const registrableAnswers = okAnswers(nsObservations[candidates.length - 1]!);
  const existence = nameservers.length > 0 || soa ? 'exists' : registrableAnswers.length > 0 && registrableAnswers.every((a) => a.rcode === 'NXDOMAIN') ? 'nxdomain' : 'unknown';
  return { zone, nameservers, ...(soa && { soa }), domainConnectTxt: [...new Set(domainConnectTxt)], existence };
}

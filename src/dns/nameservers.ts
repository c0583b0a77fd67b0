import { getDomain } from 'tldts';
import type { Observation, Question } from './types.js';

type Ask = (question: Question) => Promise<Observation>;

function nameserversIn(observation: Observation): string[] {
  const names = Object.values(observation.byResolver).flatMap((o) => (o.ok ? o.answer.nameservers : []));
  return [...new Set(names)].sort();
}

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

/**
 * The authoritative name servers of the zone holding `domain`: where the user must edit it.
 * All candidate names are asked at once (one round trip); the deepest one with NS records wins.
 */
export async function findNameservers(domain: string, ask: Ask): Promise<string[]> {
  const observations = await Promise.all(zoneCandidates(domain).map((name) => ask({ name, type: 'NS' })));
  for (const observation of observations) {
    const names = nameserversIn(observation);
    if (names.length > 0) return names;
  }
  return [];
}

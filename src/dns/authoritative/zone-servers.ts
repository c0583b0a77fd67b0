import type { Localized } from '../../i18n/lang.js';
import { errorText } from '../../lib/localized-error.js';
import { resolverMessages } from '../resolver/messages.js';
import { failure } from '../resolver/resolver.js';
import { DEFAULT_TIMEOUT_MS } from '../types.js';
import type { Observation, Question, ResolverOutcome } from '../types.js';
import { nameServerMessages } from './messages.js';
import { askNameServer, type NameServerTarget } from './query.js';
import { DNS_PORT, type DnsTransport, type ServerAddress } from './transport.js';
import { nameKey } from '../../records/names/name-key.js';

/** `check --authoritative`: how to reach the zone's own name servers. */
export interface AuthoritativeAccess {
  transport: DnsTransport;
  /** Name server name (lowercase, no final dot) → its address, instead of what the resolvers say. */
  addresses?: ReadonlyMap<string, ServerAddress>;
}

export interface ZoneServersInput {
  zone: string;
  nameservers: readonly string[];
  questions: readonly Question[];
  access: AuthoritativeAccess;
  /** The resolver pool's ask: where the name servers' own addresses come from. */
  ask: (question: Question) => Promise<Observation>;
  timeoutMs?: number;
  /** The check's deadline, as given (for the sentence) and as epoch milliseconds: no query starts after it, none outlives it. */
  deadline: { ms: number; at: number };
}

/** The `byResolver` key of a name server: `ns:ns1.example.com`, beside the resolvers' URLs. */
export const nameServerKey = (name: string): string => `ns:${name}`;

const questionKey = (question: Question) => `${question.type} ${nameKey(question.name)}`;

/**
 * Every question to every name server of the zone at once, each query bounded by the timeout and
 * the deadline. A server that timed out is not asked again in this check (it would only wait
 * again). Returns, per question, each server's outcome keyed `ns:<name>`: merged into the
 * observations, the status table reads them like resolvers, so a record the zone already holds
 * while the resolvers still cache its absence comes out `pending`.
 */
export async function askZoneServers(input: ZoneServersInput): Promise<Map<string, Record<string, ResolverOutcome>>> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const gaveUp = new Set<string>();
  const targets = await Promise.all(input.nameservers.map((name) => targetOf(name, input)));
  const askOne = async (target: NameServerTarget | Localized, question: Question): Promise<ResolverOutcome> => {
    if (!('address' in target)) return failure(target);
    if (gaveUp.has(target.name)) return failure(resolverMessages.gaveUp());
    const left = input.deadline.at - Date.now();
    const pastDeadline = resolverMessages.deadline(input.deadline.ms);
    if (left <= 0) return failure(pastDeadline);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(timeoutMs, left));
    try {
      return { ok: true, answer: await askNameServer(target, question, input.access.transport, controller.signal) };
    } catch (error) {
      if (!controller.signal.aborted) return failure(errorText(error));
      gaveUp.add(target.name);
      return failure(left < timeoutMs ? pastDeadline : resolverMessages.timedOut(timeoutMs));
    } finally {
      clearTimeout(timer);
    }
  };
  const byQuestion = new Map<string, Record<string, ResolverOutcome>>();
  await Promise.all(
    input.questions.map(async (question) => {
      const outcomes = await Promise.all(targets.map((target) => askOne(target, question)));
      byQuestion.set(questionKey(question), Object.fromEntries(input.nameservers.map((name, index) => [nameServerKey(name), outcomes[index]!])));
    }),
  );
  return byQuestion;
}

/** The observations with each name server's outcome beside the resolvers'. */
export function withZoneServers(observations: readonly Observation[], byQuestion: ReadonlyMap<string, Record<string, ResolverOutcome>>): Observation[] {
  return observations.map((observation) => {
    const servers = byQuestion.get(questionKey(observation));
    return servers ? { ...observation, byResolver: { ...observation.byResolver, ...servers } } : observation;
  });
}

/** Where a name server is: the address given by hand, else its A (or AAAA) as the resolvers see it. */
async function targetOf(name: string, input: ZoneServersInput): Promise<NameServerTarget | Localized> {
  const given = input.access.addresses?.get(name);
  if (given) return { name, address: given, zone: input.zone };
  for (const type of ['A', 'AAAA'] as const) {
    const observation = await input.ask({ name, type });
    const ip = Object.values(observation.byResolver)
      .flatMap((outcome) => (outcome.ok ? outcome.answer.records : []))
      .find((record) => record.type === type && record.name === name)?.value;
    if (ip) return { name, address: { ip, port: DNS_PORT }, zone: input.zone };
  }
  return nameServerMessages.noAddress(name);
}

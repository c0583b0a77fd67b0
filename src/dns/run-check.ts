import type { DohFetch } from './doh.js';
import { isSpf, parseSpf } from '../records/spf/index.js';
import type { DesiredRecord, DesiredSet } from '../services/desired.js';
import type { AnswerCache } from './resolver/answer-cache.js';
import { check, checkQuestions } from './check/check.js';
import type { SpfLookups } from './check/spf.js';
import type { CheckReport } from './check/types.js';
import { askZoneServers, nameServerKey, withZoneServers, type AuthoritativeAccess } from './authoritative/zone-servers.js';
import type { DomainConnectAccess } from './domain-connect/discover.js';
import { lookUpZone } from './nameservers.js';
import { createResolver } from './resolver/resolver.js';
import { spfLookups } from './spf-lookups.js';
import { DEFAULT_DEADLINE_MS } from './types.js';
import type { Observation, Question } from './types.js';
import { identifyZoneHost } from './zone-host.js';
import { templateRefOf } from '../services/domain-connect/official-template.js';
import { nameKey } from '../records/names/name-key.js';

type SpfDesired = DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> };

export interface RunCheckInput {
  set: DesiredSet;
  resolvers: readonly string[];
  fetch: DohFetch;
  /** Per query (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  /**
   * The whole check (default DEFAULT_DEADLINE_MS): every query gets min(timeoutMs, time left),
   * and none starts after it. A caller checking several domains gives each its own.
   */
  deadlineMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Follow the SPF policy's include:/redirect= to count DNS lookups (default true). */
  expandSpf?: boolean;
  /** Answers shared with the other checks of a run (`check --domains`); this check's own when absent. */
  answers?: AnswerCache;
  /** Ask the zone's Domain Connect provider who it is (only when given: the extension asks the user first). */
  domainConnect?: DomainConnectAccess;
  /** Also ask the zone's own name servers (`check --authoritative`): their answers sit beside the resolvers' as `ns:<name>`. */
  authoritative?: AuthoritativeAccess;
}

/**
 * Ask every question of the set at once (records, name servers, and the SPF targets the service
 * itself includes), then expand the SPF policy found, then compare. Each question is asked once
 * per check, so the expansion starts from answers already there: a check with the service's own
 * includes costs about one round trip; a policy that includes more pays one round trip per level.
 */
export async function runCheck(input: RunCheckInput): Promise<CheckReport> {
  const deadlineMs = input.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = Date.now() + deadlineMs;
  const resolver = createResolver({
    resolvers: input.resolvers,
    fetch: input.fetch,
    ...(input.timeoutMs && { timeoutMs: input.timeoutMs }),
    deadlineMs,
    ...(input.answers && { answers: input.answers }),
  });
  const { set } = input;
  const questions = checkQuestions(set);
  const spfRecord = set.records.find((r): r is SpfDesired => r.spf !== undefined);
  const expandSpf = (input.expandSpf ?? true) && spfRecord !== undefined;
  const ahead = expandSpf ? includedTargets(spfRecord!).map((name): Question => ({ name, type: 'TXT' })) : [];
  const total = questions.length + 1 + (expandSpf ? 1 : 0) + (input.authoritative ? 1 : 0);
  let done = 0;
  const step = <T>(promise: Promise<T>): Promise<T> =>
    promise.finally(() => input.onProgress?.(++done, total));
  input.onProgress?.(0, total);

  // Within one check a question is asked once, whatever it answered: the check reads one state of the zone.
  const asked = new Map<string, Promise<Observation>>();
  const ask = (question: Question): Promise<Observation> => {
    const key = `${question.type} ${nameKey(question.name)}`;
    if (!asked.has(key)) asked.set(key, resolver.ask(question));
    return asked.get(key)!;
  };
  // Asked now, read by the expansion below: no round trip of their own later.
  for (const question of ahead) void ask(question);
  const [resolverObservations, zone] = await Promise.all([
    Promise.all(questions.map((q) => step(ask(q)))),
    step(lookUpZone(set.domain, ask, { domainConnect: input.domainConnect !== undefined })),
  ]);
  // The name servers are known only now: asking them costs one more round trip, after the resolvers'.
  const observations = input.authoritative
    ? withZoneServers(resolverObservations, await step(askZoneServers({ zone: zone.zone, nameservers: zone.nameservers, questions, access: input.authoritative, ask, ...(input.timeoutMs && { timeoutMs: input.timeoutMs }), deadline: { ms: deadlineMs, at: deadlineAt } })))
    : resolverObservations;
  // The host is named while the SPF policy is followed: neither waits for the other.
  const [lookups, host] = await Promise.all([
    expandSpf ? step(countLookups(spfRecord!, observations, ask)) : undefined,
    identifyZoneHost(zone, input.domainConnect, deadlineAt - Date.now(), templateRefOf(set.serviceId)),
  ]);
  return {
    domain: set.domain,
    service: set.serviceId,
    nameservers: zone.nameservers,
    zone: zone.zone,
    ...host,
    results: check(set, observations, lookups),
    resolvers: [...input.resolvers, ...(input.authoritative ? zone.nameservers.map(nameServerKey) : [])],
    checkedAt: new Date().toISOString(),
  };
}

/** The names the service's own SPF rules pull in (`include:mx.ovh.com`), macros aside. */
function includedTargets(record: SpfDesired): string[] {
  const terms = parseSpf(`v=spf1 ${record.spf.rules.join(' ')}`).terms;
  return terms
    .filter((term) => (term.mechanism === 'include' || term.mechanism === 'redirect') && term.value && !term.value.includes('%'))
    .map((term) => nameKey(term.value!));
}

/** Nothing to count when no resolver answered for the policy: following includes would only wait out the deadline. */
async function countLookups(record: SpfDesired, observations: Observation[], ask: (question: Question) => Promise<Observation>): Promise<SpfLookups | undefined> {
  const answered = observations.some(
    (o) => o.name === record.name && o.type === 'TXT' && Object.values(o.byResolver).some((outcome) => outcome.ok && (outcome.answer.rcode === 'NOERROR' || outcome.answer.rcode === 'NXDOMAIN')),
  );
  return answered ? spfLookups(record, policiesAt(observations, record.name), ask) : undefined;
}

function policiesAt(observations: Observation[], name: string): string[] {
  const texts = observations
    .filter((o) => o.name === name && o.type === 'TXT')
    .flatMap((o) => Object.values(o.byResolver))
    .flatMap((o) => (o.ok ? o.answer.records : []))
    .filter((r) => r.type === 'TXT' && r.name === name)
    .map((r) => r.value);
  return [...new Set(texts)].filter(isSpf);
}

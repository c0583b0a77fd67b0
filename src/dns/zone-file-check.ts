import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import type { LoadedZone } from '../records/zone-file/load.js';
import { formatRdata } from '../records/zone-file/format.js';
import type { DesiredSet } from '../services/desired.js';
import { check, checkQuestions } from './check/check.js';
import type { CheckReport, CheckRow } from './check/types.js';
import type { Observation } from './types.js';
import { zoneAnswers } from './zone-answers.js';

/**
 * `check --zone-file`: a zone file exported from the DNS host stands in for the resolvers. Each
 * question the check asks is answered from the file the way its name server would answer
 * (zone-answers.ts), under one `byResolver` key, the file's name, and the pure check() judges
 * those observations exactly as it judges DNS answers: same statuses, same exit codes. No query
 * is sent. Each row then names the file's lines (`FILE:LINE`) in its answer and its message;
 * SPF includes point to other zones, so they are not followed, and the SPF row says so.
 */
export function checkZoneFile(set: DesiredSet, zone: LoadedZone, source: string, now: Date = new Date()): CheckReport {
  const answer = zoneAnswers(zone);
  const negativeTtl = zone.soa && Math.min(zone.soa.ttl, zone.soa.minimum);
  const lines = new Map<string, Map<string, number>>();
  const observations: Observation[] = checkQuestions(set).map((question) => {
    if (question.type === 'NS' || question.type === 'SOA') return { ...question, byResolver: {} };
    const { rcode, entries } = answer(question.name, question.type);
    lines.set(`${question.name}|${question.type}`, new Map(entries.map((entry) => [formatRdata(entry.record), entry.line])));
    const records = entries.map((entry) => entry.record);
    const answered = records.some((record) => record.type === question.type);
    return {
      ...question,
      byResolver: { [source]: { ok: true, answer: { rcode, ad: false, records, nameservers: [], ...(!answered && negativeTtl !== undefined && { negativeTtl }) } } },
    };
  });
  const spfName = set.records.find((record) => record.spf)?.name;
  const results = check(set, observations).map((row) => {
    const where = lines.get(`${row.name}|${row.type}`) ?? new Map<string, number>();
    const isSpfRow = row.type === 'TXT' && row.name === spfName && /^"v=spf1/i.test(row.expected ?? '');
    return withLines(row, source, where, isSpfRow, zone.origin);
  });
  return {
    domain: set.domain,
    service: set.serviceId,
    nameservers: zone.nameservers,
    results,
    resolvers: [source],
    checkedAt: now.toISOString(),
  };
}

/**
 * The file's answer lists `rdata ; FILE:LINE`; the message ends with the line of the expected
 * record, else the lines the name and type have in the file, else that the file has none (and,
 * on the SPF row, that includes were not followed).
 */
function withLines(row: CheckRow, source: string, where: ReadonlyMap<string, number>, isSpfRow: boolean, origin: string): CheckRow {
  const answer = row.byResolver[source];
  const found = Array.isArray(answer) ? answer : [];
  const ref = (rdata: string) => `${source}:${where.get(rdata)}`;
  const located = found.filter((rdata) => where.has(rdata));
  const undotted = row.expected === null || where.has(row.expected) ? undefined : located.find((rdata) => isUndotted(rdata, row.expected!, origin));
  const notes = [
    row.expected !== null && where.has(row.expected) ? inFile(ref(row.expected)) : located.length > 0 ? fileHas(located.map(ref)) : notInFile(source),
    ...(undotted ? [finalDotDropped(ref(undotted), row.expected!, origin)] : []),
    ...(isSpfRow ? [SPF_OFFLINE] : []),
  ];
  return {
    ...row,
    byResolver: { ...row.byResolver, [source]: found.map((rdata) => (where.has(rdata) ? `${rdata} ; ${ref(rdata)}` : rdata)) },
    message: { en: [row.message.en, ...notes.map((note) => note.en)].join(' '), fr: [row.message.fr, ...notes.map((note) => note.fr)].join(' ') },
  };
}

/**
 * `1 mx1.mail.ovh.net.example.com.` where `1 mx1.mail.ovh.net.` is expected: a target written
 * without its final dot, which a zone file reads inside its zone (RFC 1035 §5.1). Some DNS hosts'
 * exports drop that dot (older GoDaddy exports) while the live zone is right, so the row says so.
 */
function isUndotted(found: string, expected: string, origin: string): boolean {
  const suffix = origin === '.' ? '' : `${origin}.`;
  return suffix !== '' && found.endsWith(`.${suffix}`) && found.slice(0, -suffix.length) === expected;
}

function finalDotDropped(ref: string, expected: string, origin: string): Localized {
  return localized({
    en: `{ref} reads as a name inside {origin}: it looks like {expected} written without its final dot. If the DNS host's editor shows {expected}, its export dropped the dot: check the live zone without --zone-file; otherwise end the name with a dot.`,
    fr: `{ref} se lit comme un nom dans {origin} : cela ressemble à {expected} écrit sans son point final. Si l’éditeur de l’hébergeur DNS affiche {expected}, son export a perdu le point : vérifiez la zone en ligne sans --zone-file ; sinon terminez le nom par un point.`,
  }, { ref, expected, origin });
}

function inFile(ref: string): Localized {
  return localized({ en: `In the zone file: {ref}.`, fr: `Dans le fichier de zone : {ref}.` }, { ref });
}

function fileHas(refs: readonly string[]): Localized {
  return localized({ en: `The zone file has for this name and type: {refs}.`, fr: `Le fichier de zone a pour ce nom et ce type : {refs}.` }, { refs: refs.join(', ') });
}

function notInFile(source: string): Localized {
  return localized({ en: `Not in the zone file {source}.`, fr: `Absent du fichier de zone {source}.` }, { source });
}

const SPF_OFFLINE: Localized = localized({
  en: 'SPF includes are not followed when a zone file is checked offline, so the count of DNS lookups (at most 10) is not checked.',
  fr: 'Les include SPF ne sont pas suivis quand un fichier de zone est vérifié hors ligne : le nombre de requêtes DNS (10 au plus) n’est donc pas vérifié.',
});

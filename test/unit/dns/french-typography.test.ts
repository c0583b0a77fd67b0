import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../src/dns/check/messages.js';
import { resolverMessages } from '../../../src/dns/resolver/messages.js';
import type { Localized } from '../../../src/i18n/lang.js';
import { reportLabel, type ReportLabel } from '../../../src/report/report-labels.js';

/** Values without any punctuation of their own, so every mark found belongs to the template. */
const V = 'valeur';
const sentences: Record<string, Localized> = {
  ok: checkMessages.ok(),
  missing: checkMessages.missing('MX', V, V),
  mismatch: checkMessages.mismatch('MX', V, V, V),
  extraValue: checkMessages.extraValue('A', V, V),
  foreignMx: checkMessages.foreignMx(V, V),
  alias: checkMessages.alias(V, V, 'TXT'),
  autodiscoverAlias: checkMessages.autodiscoverAlias(V, V, V),
  spfMissingRules: checkMessages.spfMissingRules(V, [V], V),
  spfExtraRecord: checkMessages.spfExtraRecord(V, V),
  spfExtraKept: checkMessages.spfExtra(V, V, V),
  spfMergedOverLimit: checkMessages.spfMergedOverLimit(11),
  txtSeveral: checkMessages.txtSeveral(V, 'DMARC', V),
  throughAlias: checkMessages.throughAlias(V, V),
  disagreeNoTtl: checkMessages.disagree(undefined),
  pending: checkMessages.pending('MX', V, V, [V], 300),
  pendingSeveral: checkMessages.pending('MX', V, V, [V, V], null),
  servfailOne: checkMessages.servfail([V], resolverMessages.rcode('SERVFAIL')),
  proxiedCname: checkMessages.proxiedCname(V, V, V),
  proxiedAddress: checkMessages.proxiedAddress('A', V, V, V),
  flattenedDkim: checkMessages.flattenedDkim(V, V),
  proxiedAutodiscover: checkMessages.proxiedAutodiscover(V, V, V),
  spfSeveralKept: checkMessages.spfSeveral(V, 2, V, V),
  spfSeveralMerged: checkMessages.spfSeveral(V, 2, V, 'autre'),
  spfSeveralThree: checkMessages.spfSeveral(V, 3, V, 'autre'),
  spfExtraMerged: checkMessages.spfExtra(V, V, 'autre'),
  unanswered: checkMessages.unanswered([resolverMessages.rcode('SERVFAIL'), resolverMessages.timedOut(4000)]),
  disagree: checkMessages.disagree(300),
  redirected: resolverMessages.redirected(V, V),
  redirectedHidden: resolverMessages.redirected(V, undefined),
  truncated: resolverMessages.truncated(V),
  deadline: resolverMessages.deadline(5000),
  gaveUp: resolverMessages.gaveUp(),
  timedOut: resolverMessages.timedOut(4000),
  httpStatus: resolverMessages.httpStatus(V, 500),
  wrongContentType: resolverMessages.wrongContentType(V, 'text/html', 'application/dns-message'),
  notDnsMessage: resolverMessages.notDnsMessage(V, V),
  tooBig: resolverMessages.tooBig(V, 65535),
  wrongQuestion: resolverMessages.wrongQuestion(V, V, 'MX'),
  cancelled: resolverMessages.cancelled(V),
  unreachable: resolverMessages.unreachable(V, 'ECONNREFUSED'),
  servfail: resolverMessages.rcode('SERVFAIL'),
  refused: resolverMessages.rcode('REFUSED'),
  otherRcode: resolverMessages.rcode('NOTIMP'),
};
const LABELS: ReportLabel[] = ['noRecords', 'unexpectedRecord', 'resolversDisagree', 'authenticated', 'ttl', 'nameservers'];

describe('French typography of the check, resolver and report sentences', () => {
  const french = [...Object.entries(sentences).map(([key, s]) => [key, s.fr] as const), ...LABELS.map((key) => [key, reportLabel(key, 'fr')] as const)];

  it.each(french)('%s: ’, « », a no-break space before : and ;', (_, text) => {
    expect(text).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/); // n'est → n’est
    expect(text).not.toMatch(/ [:;!?]/); // an ordinary space lets the mark start a line
    expect(text).not.toMatch(/[^\u00a0\u202f][;!?]/); // no space at all before ; ! ?
    expect(text).not.toMatch(/[A-Za-zÀ-ÿ)»]:(?=\s)/); // no space at all before a colon (not ip4:, http:)
    expect(text).not.toMatch(/"/); // « » in French
    expect(text).not.toMatch(/« |«(?!\u00a0)| »/);
  });

  it('says no English sentence in French', () => {
    for (const [, text] of french) expect(text).not.toMatch(/\b(the|timed out|could not|from the|no resolver)\b/i);
  });
});

import type { DnsRecord } from '../records/types.js';
import type { Observation, Question } from '../dns/types.js';

/** The pseudo-resolver whose answers are the rows the DNS editor shows. */
export const PAGE_SOURCE = 'page';

/**
 * The rows on the page as if a resolver had answered each question with them, so the engine's
 * own check (MX set, SPF, alias rules) judges the page before anything is filled. A CNAME at the
 * name comes with every answer, as a resolver's would.
 */
export function observationsFromRows(questions: readonly Question[], rows: readonly DnsRecord[]): Observation[] {
  return questions.map((question) => ({
    ...question,
    byResolver: {
      [PAGE_SOURCE]: {
        ok: true,
        answer: {
          rcode: 'NOERROR',
          ad: false,
          nameservers: [],
          records: rows.filter((row) => row.name === question.name && (row.type === question.type || row.type === 'CNAME')),
        },
      },
    },
  }));
}

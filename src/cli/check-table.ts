import type { CheckReport, CheckRow } from '../dns/check/types.js';
import { colon } from '../i18n/phrases.js';
import type { Lang } from '../i18n/lang.js';
import { summaryLine } from '../report/diagnostic-report.js';
import { resolverError } from '../report/resolver-error.js';
import { STATUS_WORDS } from '../report/status-words.js';
import { cliText } from './cli-labels.js';
import { templateSupportSentence } from '../dns/domain-connect/messages.js';
import { visibleText } from '../lib/visible-text.js';
import { hostLines } from './host-output.js';
import { formatColumns } from './text-table.js';

/**
 * A check for a terminal: where the zone is edited and who was asked, then one line per record
 * (status, type, name, expected, found) with the sentence saying what to do under it, and the
 * resolvers' own answers only when they differ or failed (the rest is in --format json).
 */
export function formatCheckTable(report: CheckReport, serviceName: string, lang: Lang): string {
  const label = cliText(lang);
  const c = colon(lang);
  // Every line and cell that can hold DNS data goes through visibleText (names as the resolvers sent them).
  const header = [
    `${label('domain')}${c}${report.domain}`,
    `${label('service')}${c}${serviceName} (${report.service})`,
    `${label('nameservers')}${c}${report.nameservers.length > 0 ? report.nameservers.join(', ') : label('noNameservers')}`,
    `${label('resolvers')}${c}${report.resolvers.join(', ')}`,
  ].map(visibleText);
  // Reports stored by older versions have no dnsHost: nothing to say then.
  if (report.dnsHost !== undefined) header.push(...hostLines(report.domain, report.dnsHost, report.domainConnect, lang));
  const oneClick = templateSupportSentence(report.dnsHost?.name ?? report.domain, report.templateSupport);
  if (oneClick) header.push(visibleText(oneClick[lang]));
  header.push('');
  const cells = report.results.map((row) =>
    [STATUS_WORDS[row.status][lang], row.type, row.name, row.expected ?? label('none'), row.found.length > 0 ? row.found.join(', ') : label('nothing')].map(visibleText),
  );
  const [head, ...lines] = formatColumns([[label('status'), label('type'), label('name'), label('expected'), label('found')], ...cells]);
  // Details line up under the NAME column, out of the way of the status words.
  const indent = ' '.repeat(Math.max(...cells.map((c) => [...(c[0] ?? '')].length), label('status').length) + 2);
  const body = report.results.flatMap((row, i) => [lines[i] ?? '', ...detailLines(row, lang).map((text) => indent + visibleText(text))]);
  return [...header, head ?? '', ...body, '', summaryLine(report.results, lang)].join('\n') + '\n';
}

function detailLines(row: CheckRow, lang: Lang): string[] {
  const label = cliText(lang);
  const c = colon(lang);
  const lines = [`→ ${row.message[lang]}`];
  for (const note of row.notes ?? []) lines.push(`  ${note[lang]}`);
  const answers = Object.entries(row.byResolver);
  const anyError = answers.some(([, answer]) => !Array.isArray(answer));
  if (row.resolversDisagree || anyError) {
    if (row.resolversDisagree) lines.push(`  ${label('disagree')}`);
    for (const [url, answer] of answers) {
      const text = Array.isArray(answer) ? (answer.length > 0 ? answer.join(', ') : label('nothing')) : `${label('error')}${c}${resolverError(row, url, lang) ?? answer.error}`;
      lines.push(`  ${url}${c}${text}`);
    }
  }
  // When a new check can show a change, else how long an old answer may linger after a fix.
  if (typeof row.retryAfterSeconds === 'number') lines.push(`  ${label('retryAfter', { seconds: row.retryAfterSeconds })}`);
  else if (row.ttl !== undefined && row.status !== 'ok') lines.push(`  TTL ${row.ttl} s${c}${label('cacheTtl')}`);
  return lines;
}

import { CHECK_STATUSES, type CheckReport, type CheckRow } from '../dns/check/types.js';
import type { Lang } from '../i18n/lang.js';
import { markdownCode as code, markdownText as text } from './markdown-text.js';
import { reportLabel, type ReportLabel } from './report-labels.js';
import { colon } from '../i18n/phrases.js';
import { resolverError } from './resolver-error.js';
import { groupRows, type RowGroup } from './row-groups.js';
import { statusCount, STATUS_WORDS } from './status-words.js';

export interface ReportContext {
  lang: Lang;
  serviceName: string;
  extensionVersion: string;
  vars?: Record<string, string>;
}

/**
 * The text a customer pastes into a support ticket or an e-mail (the popup's "Copy report"),
 * and what `dns-setup-assistant report` prints: Markdown that still reads well as plain text.
 * It holds the setup and the results only (no page address, no browser details), since the
 * customer sends it to someone else. Everything that comes from the user or from DNS goes
 * through markdownText or markdownCode: it renders as the text it is, never as markup.
 */
export function formatDiagnosticReport(report: CheckReport, context: ReportContext): string {
  const { lang } = context;
  const label = (key: ReportLabel) => reportLabel(key, lang);
  const c = colon(lang);
  const lines = [
    `# ${label('title')}${c}${text(report.domain)}`,
    '',
    `- ${label('domain')}${c}${text(report.domain)}`,
    `- ${label('service')}${c}${text(context.serviceName)} (${text(report.service)})`,
    `- ${label('checkedAt')}${c}${text(report.checkedAt)}`,
    `- ${label('version')}${c}${text(context.extensionVersion)}`,
  ];
  const vars = Object.entries(context.vars ?? {});
  if (vars.length > 0) lines.push(`- ${label('variables')}${c}${vars.map(([name, value]) => `${text(name)} = ${code(value)}`).join(', ')}`);
  lines.push(
    `- ${label('resolvers')}${c}${report.resolvers.map(text).join(', ')}`,
    `- ${label('nameservers')}${c}${report.nameservers.length > 0 ? report.nameservers.map(text).join(', ') : label('noNameservers')}`,
    '',
    `**${label('summary')}**${c}${summaryLine(report.results, lang)}`,
    '',
    `## ${label('records')}`,
  );
  if (report.results.length === 0) lines.push('', label('noRecords'));
  for (const group of groupRows(report.results)) lines.push('', ...groupLines(group, report.resolvers, lang));
  return lines.join('\n') + '\n';
}

/** `Records checked: 7 — 5 OK · 1 MISSING · 0 WRONG · 1 CONFLICT · 0 NOT CHECKED`: every status, so zeros show too. */
export function summaryLine(results: readonly CheckRow[], lang: Lang): string {
  const count = statusCount(lang);
  const counts = CHECK_STATUSES.map((status) => count(status, { count: results.filter((row) => row.status === status).length }));
  return `${reportLabel('recordsChecked', lang)}${colon(lang)}${results.length} — ${counts.join(' · ')}`;
}

/**
 * One name and type: what each resolver answered, said once (six MX rows share one answer), then
 * each row's verdict. Resolvers that answered alike share a line; every resolver is named.
 */
function groupLines({ lead, rows }: RowGroup, resolvers: readonly string[], lang: Lang): string[] {
  const label = (key: ReportLabel) => reportLabel(key, lang);
  const c = colon(lang);
  const lines = [`### ${text(lead.type)} ${code(lead.name)}`, `- ${label('found')}${c.trimEnd()}`];
  // The report's resolver order first, then any other resolver the row mentions.
  const urls = [...resolvers.filter((url) => url in lead.byResolver), ...Object.keys(lead.byResolver).filter((url) => !resolvers.includes(url))];
  const byText = new Map<string, string[]>();
  for (const url of urls) {
    const answer = lead.byResolver[url];
    if (answer === undefined) continue;
    const error = resolverError(lead, url, lang);
    const said =
      error !== undefined ? `${label('error')}${c}${text(error)}` : Array.isArray(answer) && answer.length > 0 ? answer.map(code).join(', ') : label('nothing');
    byText.set(said, [...(byText.get(said) ?? []), url]);
  }
  for (const [said, same] of byText) lines.push(`  - ${same.map(text).join(', ')}${c}${said}`);
  if (urls.length === 0) lines.push(`  - ${lead.found.length > 0 ? lead.found.map(code).join(', ') : label('nothing')}`);
  if (lead.resolversDisagree) lines.push(`- ${label('resolversDisagree')}`);
  if (lead.ttl !== undefined) lines.push(`- ${label('ttl')}${c}${lead.ttl} ${label('seconds')}`);
  if (lead.authenticated) lines.push(`- ${label('authenticated')}`);
  for (const { row, number } of rows) lines.push('', ...rowLines(row, number, lang));
  return lines;
}

function rowLines(row: CheckRow, number: number, lang: Lang): string[] {
  const label = (key: ReportLabel) => reportLabel(key, lang);
  const c = colon(lang);
  const lines = [
    `#### ${number}. ${STATUS_WORDS[row.status][lang]}${c}${text(row.type)} ${code(row.name)}`,
    `- ${label('expected')}${c}${row.expected === null ? label('unexpectedRecord') : code(row.expected)}`,
    `- ${label('whatToDo')}${c}${text(row.message[lang])}`,
  ];
  for (const note of row.notes ?? []) lines.push(`- ${label('note')}${c}${text(note[lang])}`);
  return lines;
}

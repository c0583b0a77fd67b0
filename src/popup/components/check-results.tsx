import { useContext } from 'preact/hooks';
import type { CheckReport, CheckRow, CheckStatus } from '../../dns/check/types.js';
import { format, type Message } from '../../i18n/format.js';
import { colon } from '../../i18n/phrases.js';
import { formatWhen } from '../../i18n/when.js';
import { resolverError } from '../../report/resolver-error.js';
import type { Schedule } from '../../messages/types.js';
import type { RecordNotation } from '../../sites/types.js';
import { displayName, formatDuration } from '../notation.js';
import { clockTime, shownStatus, summaryLine, visibleBy } from '../../ui/check-summary.js';
import { Ui } from '../../ui/ui-context.js';
import { checkText } from './check-text.js';

const STATUS_SIGNS: Record<CheckStatus, string> = { ok: '✓', missing: '✗', mismatch: '≠', conflict: '⚠', pending: '…', error: '?' };

/** What a line of results says after its record: singular for one record, plural for a group. */
// `count`: the records of the line (the verb and French adjectives agree with it).
const STATUS_LINE: Record<CheckStatus, Message> = {
  ok: { en: 'in place', fr: 'en place' },
  missing: { en: 'missing', fr: { one: 'absent', other: 'absents' } },
  mismatch: { en: { one: 'wrong value', other: 'wrong values' }, fr: { one: 'valeur incorrecte', other: 'valeurs incorrectes' } },
  conflict: { en: { one: 'conflicts with the setup', other: 'conflict with the setup' }, fr: 'en conflit avec la configuration' },
  pending: { en: 'saved, not visible yet', fr: { one: 'enregistré, pas encore visible', other: 'enregistrés, pas encore visibles' } },
  error: { en: 'could not be checked', fr: { one: 'non vérifié', other: 'non vérifiés' } },
};
const RECORDS = { en: { one: '{count} record', other: '{count} records' }, fr: { one: '{count} enregistrement', other: '{count} enregistrements' } } as const;
const UNTIL = { en: 'until ~{time}', fr: 'jusqu’à ~{time}' } as const;

function resolverLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

interface Group {
  type: string;
  name: string;
  status: CheckStatus;
  rows: CheckRow[];
}

/** Rows of one name, type and status read as one line ("MX (5 records): missing"), in the report's order. */
function groupRows(rows: readonly CheckRow[], justSaved: boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const status = shownStatus(row, justSaved);
    const key = `${row.type} ${row.name} ${status}`;
    const group = groups.get(key) ?? { type: row.type, name: row.name, status, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function Answers({ row, resolvers }: { row: CheckRow; resolvers: readonly string[] }) {
  const { lang } = useContext(Ui);
  const t = checkText(lang);
  const urls = [...resolvers.filter((url) => url in row.byResolver), ...Object.keys(row.byResolver).filter((url) => !resolvers.includes(url))];
  return (
    <ul class="answers">
      {urls.map((url) => {
        const answer = row.byResolver[url];
        // Values one per line in monospace; "nothing" and errors are sentences, in the text font.
        const shown = !answer || (Array.isArray(answer) && answer.length === 0) ? (
          <span class="muted">{t('noAnswer')}</span>
        ) : Array.isArray(answer) ? (
          answer.map((value, index) => (
            <span key={index} class="mono answer">
              {value}
            </span>
          ))
        ) : (
          <span class="resolver-error">{t('resolverError', { error: resolverError(row, url, lang) ?? answer.error })}</span>
        );
        return (
          <li key={url}>
            <span class="resolver">{resolverLabel(url)}</span>
            {colon(lang)}
            {shown}
          </li>
        );
      })}
    </ul>
  );
}

/** One record's detail: what to do, the value expected, and each resolver's answer one more click away. */
function ResultRow({ row, status, zone, notation, resolvers }: { row: CheckRow; status: CheckStatus; zone: string; notation: RecordNotation; resolvers: readonly string[] }) {
  const { lang } = useContext(Ui);
  const t = checkText(lang);
  return (
    <li class={`result status-${status}`} data-status={row.status}>
      <h3>
        <span class="type">{row.type}</span> <span class="mono">{displayName(row.name, zone, notation)}</span>
      </h3>
      <p class="message">{row.message[lang]}</p>
      <dl>
        <div>
          <dt>{t('expected')}</dt>
          {/* A sentence, not a value: not in the monospace of values. */}
          <dd class={row.expected === null ? 'muted' : 'mono'}>{row.expected ?? t('unexpected')}</dd>
        </div>
      </dl>
      <details class="result-details">
        <summary>{t('answers')}</summary>
        <Answers row={row} resolvers={resolvers} />
      </details>
      {row.resolversDisagree && <p class="help">{t('disagree')}</p>}
      {row.notes?.map((note, index) => (
        <p class="help" key={index}>
          {note[lang]}
        </p>
      ))}
    </li>
  );
}

/** "✗ MX @ (5 records): missing" — the line a group of rows reads as, with when it should show. */
function groupLine(group: Group, zone: string, notation: RecordNotation, checkedAt: string, lang: 'en' | 'fr'): string {
  const count = group.rows.length;
  const records = count > 1 ? ` (${format(lang, RECORDS, { count })})` : '';
  const waits = group.status === 'pending' ? group.rows.map((row) => visibleBy(row, checkedAt)).filter((at): at is number => at !== undefined) : [];
  const until = waits.length > 0 ? ` (${format(lang, UNTIL, { time: clockTime(Math.max(...waits), navigator.languages) })})` : '';
  return `${group.type} ${displayName(group.name, zone, notation)}${records}${colon(lang)}${format(lang, STATUS_LINE[group.status], { count })}${until}`;
}

/**
 * A finished check: the summary line, the cache sentence once, then one line per record (rows
 * of one name, type and status grouped), each line's detail and answers one click away.
 */
export function CheckResults({ report, notation, justSaved = false, schedule = {} }: { report: CheckReport; notation: RecordNotation; justSaved?: boolean; schedule?: Schedule }) {
  const { lang } = useContext(Ui);
  const t = checkText(lang);
  const when = formatWhen(lang, report.checkedAt, { dateStyle: 'short', timeStyle: 'short' });
  // The longest TTL among the records still to change: how long an old answer may linger, said once.
  const ttls = report.results.filter((row) => row.status !== 'ok' && row.ttl !== undefined).map((row) => row.ttl!);
  const groups = groupRows(report.results, justSaved);
  return (
    <div class="results">
      <p class="summary" id="check-summary">
        {summaryLine(report, lang, justSaved)}
      </p>
      <p class="help">
        {t('checkedAt', { when })}
        {ttls.length > 0 && ` ${t('ttl', { duration: formatDuration(Math.max(...ttls), lang) })}`}
      </p>
      {justSaved && schedule.savedAt && (
        <p class="help" id="saved-then">
          {t('savedThen', { time: formatWhen(lang, schedule.savedAt, { timeStyle: 'short' }) })}
        </p>
      )}
      {schedule.nextCheckAt && Date.parse(schedule.nextCheckAt) > Date.now() && (
        <p class="help" id="next-check">
          {t('nextCheck', { time: formatWhen(lang, schedule.nextCheckAt, { timeStyle: 'short' }) })}
        </p>
      )}
      {/* Nobody answered: say that once, plainly, rather than "is the domain registered?". */}
      {report.results.length > 0 && report.results.every((row) => row.status === 'error') && (
        <p class="notice" id="no-resolver-answered">
          {t('noResolverAnswered')}
        </p>
      )}
      <ul class="result-groups">
        {groups.map((group) => (
          <li key={`${group.type} ${group.name} ${group.status}`} class={`result-group status-${group.status}`} data-status={group.status}>
            <details class="result-fold">
              <summary>
                <span class="status-pill" aria-hidden="true">
                  {STATUS_SIGNS[group.status]}
                </span>{' '}
                {groupLine(group, report.domain, notation, report.checkedAt, lang)}
              </summary>
              <ol class="result-list">
                {group.rows.map((row, index) => (
                  <ResultRow key={index} row={row} status={group.status} zone={report.domain} notation={notation} resolvers={report.resolvers} />
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
      {!report.results.every((row) => row.status === 'error') && (
        <p class="help">
          {report.nameservers.length > 0 ? (
            <>
              {t('nameservers')} <span class="mono">{report.nameservers.join(', ')}</span>
            </>
          ) : (
            t('noNameservers')
          )}
        </p>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { CheckReport, CheckRow } from '../../dns/check/types.js';
import { colon } from '../../i18n/phrases.js';
import { formatWhen } from '../../i18n/when.js';
import { resolverError } from '../../report/resolver-error.js';
import { STATUS_WORDS } from '../../report/status-words.js';
import type { RecordNotation } from '../../sites/types.js';
import { displayName, formatDuration } from '../notation.js';
import { Ui } from '../../ui/ui-context.js';
import { checkText } from './check-text.js';

const STATUS_SIGNS: Record<CheckRow['status'], string> = { ok: '✓', missing: '✗', mismatch: '≠', conflict: '⚠', pending: '…', error: '?' };

function resolverLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A live record's details (expected, answers) one click away; a problem's stay in view, they say what to fix. */
function FoldedWhenLive({ live, summary, children }: { live: boolean; summary: string; children: ComponentChildren }) {
  return live ? (
    <details class="result-details">
      <summary>{summary}</summary>
      {children}
    </details>
  ) : (
    <>{children}</>
  );
}

function ResultRow({ row, zone, notation, resolvers }: { row: CheckRow; zone: string; notation: RecordNotation; resolvers: readonly string[] }) {
  const { lang } = useContext(Ui);
  const t = checkText(lang);
  const urls = [...resolvers.filter((url) => url in row.byResolver), ...Object.keys(row.byResolver).filter((url) => !resolvers.includes(url))];
  return (
    <li class={`result status-${row.status}`} data-status={row.status}>
      <h3>
        <span class="status-pill">
          <span aria-hidden="true">{STATUS_SIGNS[row.status]}</span> {STATUS_WORDS[row.status][lang]}
        </span>{' '}
        <span class="type">{row.type}</span> <span class="mono">{displayName(row.name, zone, notation)}</span>
      </h3>
      <p class="message">
        {row.message[lang]}
        {/* Several live rows share a name and type (five MX at @): the value tells them apart without unfolding. */}
        {row.status === 'ok' && row.expected !== null && (
          <>
            {' '}
            <code class="mono">{row.expected}</code>
          </>
        )}
      </p>
      <FoldedWhenLive live={row.status === 'ok'} summary={t('answers')}>
        <dl>
          <div>
            <dt>{t('expected')}</dt>
            {/* A sentence, not a value: not in the monospace of values. */}
            <dd class={row.expected === null ? 'muted' : 'mono'}>{row.expected ?? t('unexpected')}</dd>
          </div>
          <div>
            <dt>{t('answers')}</dt>
            <dd>
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
            </dd>
          </div>
        </dl>
      </FoldedWhenLive>
      {row.ttl !== undefined && <p class="help">{t('ttl', { duration: formatDuration(row.ttl, lang) })}</p>}
      {row.resolversDisagree && <p class="help">{t('disagree')}</p>}
      {row.notes?.map((note, index) => (
        <p class="help" key={index}>
          {note[lang]}
        </p>
      ))}
    </li>
  );
}

/** A finished check: summary, the zone's name servers, then one row per record. */
export function CheckResults({ report, notation }: { report: CheckReport; notation: RecordNotation }) {
  const { lang } = useContext(Ui);
  const t = checkText(lang);
  const count = (statuses: readonly string[]) => report.results.filter((row) => statuses.includes(row.status)).length;
  const when = formatWhen(lang, report.checkedAt, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <div class="results">
      <p class="summary" id="check-summary">
        {t('summary', { ok: count(['ok']), problems: count(['missing', 'mismatch', 'conflict']), count: count(['error']) })}{' '}
        {count(['pending']) > 0 && <>{t('summaryPending', { count: count(['pending']) })} </>}
        {t('checkedAt', { when })}
      </p>
      {/* Nobody answered: say that once, plainly, rather than "is the domain registered?". */}
      {report.results.length > 0 && report.results.every((row) => row.status === 'error') ? (
        <p class="notice" id="no-resolver-answered">
          {t('noResolverAnswered')}
        </p>
      ) : (
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
      <ol class="result-list">
        {report.results.map((row, index) => (
          <ResultRow key={index} row={row} zone={report.domain} notation={notation} resolvers={report.resolvers} />
        ))}
      </ol>
    </div>
  );
}

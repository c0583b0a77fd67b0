import { useContext, useEffect, useState } from 'preact/hooks';
import type { CheckState } from '../../messages/types.js';
import { serviceName } from '../../services/index.js';
import type { RecordNotation } from '../../sites/types.js';
import { copyText } from '../clipboard.js';
import { Ui, useText, useTextOf } from '../../ui/ui-context.js';
import { ProblemList } from '../../ui/problem-list.js';
import { checkText } from './check-text.js';

// The action bar's line after a check, and whether it follows a save, come with this chunk.
export { checkedAfterSave, summaryLine } from '../../ui/check-summary.js';

interface Props {
  state: CheckState;
  /** The shown result was made for the setup now in the form. */
  sameSetup: boolean;
  notation: RecordNotation;
  extensionVersion: string;
  /** The user saved the records a moment ago: missing ones read as not visible yet. */
  justSaved: boolean;
}

/**
 * The check's progress (the work runs in the background) and its result, with "Copy report".
 * Loaded once a check exists: the first screen has only the button (check-panel.tsx).
 */
export function CheckSection({ state, sameSetup, notation, extensionVersion, justSaved }: Props) {
  const t = useText();
  const l = useTextOf(checkText);
  const { lang, announce } = useContext(Ui);
  // The results view and the report are only needed once a check is done: loaded then, not with the popup.
  const [done, setDone] = useState<{ view: typeof import('./check-results.js'); report: typeof import('../../report/diagnostic-report.js') } | null>(null);
  useEffect(() => {
    if (state.state !== 'done' || done) return;
    void Promise.all([import('./check-results.js'), import('../../report/diagnostic-report.js')]).then(([view, report]) => setDone({ view, report }));
  }, [state.state]);
  if (state.state === 'idle') return null;
  const copyReport = async () => {
    if (state.state !== 'done' || !done) return;
    const report = done.report.formatDiagnosticReport(state.report, {
      lang,
      serviceName: serviceName(state.setup.service, lang),
      extensionVersion,
      vars: state.setup.vars,
    });
    announce((await copyText(report)) ? t('copied', { what: l('reportCopied') }) : t('copyFailed'));
  };
  return (
    <section aria-labelledby="check-heading" id="check-section" tabIndex={-1}>
      <h2 id="check-heading">{l('checkHeading')}</h2>
      {state.state === 'running' && (
        <div class="progress" role="status">
          <progress value={state.done} max={state.total || 1} aria-label={l('checkHeading')} />
          <p>{state.total ? l('checkRunning', { done: String(state.done), count: state.total }) : l('checkStarting')}</p>
          <p class="help">{l('checkBackground')}</p>
        </div>
      )}
      {state.state === 'failed' && <ProblemList problems={[state.error]} />}
      {state.state === 'done' && (
        <>
          {!sameSetup && <p class="notice">{l('checkOtherSetup', { service: serviceName(state.setup.service, lang) })}</p>}
          {done && <done.view.CheckResults report={state.report} notation={notation} justSaved={justSaved} schedule={state} />}
          {done && (
            <div class="actions">
              <button type="button" id="copy-report" onClick={copyReport}>
                {l('copyReport')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

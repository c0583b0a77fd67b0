import { useContext, useEffect, useState } from 'preact/hooks';
import type { CheckState } from '../../messages/types.js';
import { findService } from '../../services/index.js';
import type { RecordNotation } from '../../sites/types.js';
import { copyText } from '../clipboard.js';
import { Ui, useText } from '../../ui/ui-context.js';
import { ProblemList } from '../../ui/problem-list.js';

interface ButtonProps {
  state: CheckState;
  /** Why the check cannot start yet (a sentence); undefined when it can. */
  blocked?: string;
  /** The task of the moment is to verify: the button is the bar's main one. */
  primary: boolean;
  onCheck(): void;
}

/** "Check now" for the action bar; a disabled button says why, right under it. */
export function CheckButton({ state, blocked, primary, onCheck }: ButtonProps) {
  const t = useText();
  const running = state.state === 'running';
  return (
    <>
      {/* While running the button stays focusable (aria-disabled, not disabled): a disabled button drops the keyboard focus to <body>. */}
      <button
        type="button"
        class={primary ? 'primary' : undefined}
        id="check"
        disabled={blocked !== undefined}
        aria-disabled={running ? 'true' : undefined}
        aria-describedby={blocked === undefined ? undefined : 'check-needs-setup'}
        onClick={() => !running && onCheck()}
      >
        {running ? t('checkRunningButton') : state.state === 'idle' ? t('checkButton') : t('recheckButton')}
      </button>
      {blocked !== undefined && (
        <p class="help why" id="check-needs-setup">
          {blocked}
        </p>
      )}
    </>
  );
}

interface Props {
  state: CheckState;
  /** The shown result was made for the setup now in the form. */
  sameSetup: boolean;
  notation: RecordNotation;
  extensionVersion: string;
  /** The user saved the records a moment ago: missing ones read as not visible yet. */
  justSaved: boolean;
}

/** The check's progress (the work runs in the background) and its result, with "Copy report". */
export function CheckPanel({ state, sameSetup, notation, extensionVersion, justSaved }: Props) {
  const t = useText();
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
      serviceName: findService(state.setup.service)?.name ?? state.setup.service,
      extensionVersion,
      vars: state.setup.vars,
    });
    announce((await copyText(report)) ? t('copied', { what: t('reportCopied') }) : t('copyFailed'));
  };
  return (
    <section aria-labelledby="check-heading" id="check-section" tabIndex={-1}>
      <h2 id="check-heading">{t('checkHeading')}</h2>
      {state.state === 'running' && (
        <div class="progress" role="status">
          <progress value={state.done} max={state.total || 1} aria-label={t('checkHeading')} />
          <p>{state.total ? t('checkRunning', { done: state.done, total: state.total }) : t('checkStarting')}</p>
          <p class="help">{t('checkBackground')}</p>
        </div>
      )}
      {state.state === 'failed' && <ProblemList problems={[state.error]} />}
      {state.state === 'done' && (
        <>
          {!sameSetup && <p class="notice">{t('checkOtherSetup', { service: findService(state.setup.service)?.name ?? state.setup.service })}</p>}
          {done && <done.view.CheckResults report={state.report} notation={notation} justSaved={justSaved} />}
          {done && (
            <div class="actions">
              <button type="button" id="copy-report" onClick={copyReport}>
                {t('copyReport')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

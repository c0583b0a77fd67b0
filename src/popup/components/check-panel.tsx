import { useContext, useEffect, useState } from 'preact/hooks';
import type { CheckState } from '../../messages/types.js';
import { serviceName } from '../../services/index.js';
import type { RecordNotation } from '../../sites/types.js';
import { copyText } from '../clipboard.js';
import { Ui, useText } from '../../ui/ui-context.js';
import { ProblemList } from '../../ui/problem-list.js';

interface Props {
  state: CheckState;
  canCheck: boolean;
  /** The shown result was made for the setup now in the form. */
  sameSetup: boolean;
  notation: RecordNotation;
  extensionVersion: string;
  onCheck(): void;
}

/** "Check now", its progress (the work runs in the background), and the result with "Copy report". */
export function CheckPanel({ state, canCheck, sameSetup, notation, extensionVersion, onCheck }: Props) {
  const t = useText();
  const { lang, announce } = useContext(Ui);
  const running = state.state === 'running';
  // The results view and the report are only needed once a check is done: loaded then, not with the popup.
  const [done, setDone] = useState<{ view: typeof import('./check-results.js'); report: typeof import('../../report/diagnostic-report.js') } | null>(null);
  useEffect(() => {
    if (state.state !== 'done' || done) return;
    void Promise.all([import('./check-results.js'), import('../../report/diagnostic-report.js')]).then(([view, report]) => setDone({ view, report }));
  }, [state.state]);
  const copyReport = async () => {
    if (state.state !== 'done' || !done) return;
    const report = done.report.formatDiagnosticReport(state.report, {
      lang,
      serviceName: serviceName(state.setup.service, lang),
      extensionVersion,
      vars: state.setup.vars,
    });
    announce((await copyText(report)) ? t('copied', { what: t('reportCopied') }) : t('copyFailed'));
  };
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{t('checkHeading')}</h2>
      <div class="actions">
        {/* While running the button stays focusable (aria-disabled, not disabled): a disabled button drops the keyboard focus to <body>. */}
        <button
          type="button"
          class="primary"
          id="check"
          disabled={!canCheck}
          aria-disabled={running ? 'true' : undefined}
          aria-describedby={canCheck ? undefined : 'check-needs-setup'}
          onClick={() => !running && onCheck()}
        >
          {running ? t('checkRunningButton') : state.state === 'idle' ? t('checkButton') : t('recheckButton')}
        </button>
        {state.state === 'done' && done && (
          <button type="button" id="copy-report" onClick={copyReport}>
            {t('copyReport')}
          </button>
        )}
      </div>
      {!canCheck && (
        <p class="help" id="check-needs-setup">
          {t('checkNeedsSetup')}
        </p>
      )}
      {running && (
        <div class="progress" role="status">
          <progress value={state.done} max={state.total || 1} aria-label={t('checkHeading')} />
          <p>{state.total ? t('checkRunning', { done: String(state.done), count: state.total }) : t('checkStarting')}</p>
          <p class="help">{t('checkBackground')}</p>
        </div>
      )}
      {state.state === 'failed' && <ProblemList problems={[state.error]} />}
      {state.state === 'done' && (
        <>
          {!sameSetup && <p class="notice">{t('checkOtherSetup', { service: serviceName(state.setup.service, lang) })}</p>}
          {done && <done.view.CheckResults report={state.report} notation={notation} />}
        </>
      )}
    </section>
  );
}

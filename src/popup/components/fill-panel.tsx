import { createPortal } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FillPlan, FillRunOptions } from '../../fill/types.js';
import { colon } from '../../i18n/phrases.js';
import type { Localized } from '../../i18n/lang.js';
import { send } from '../../messages/client.js';
import { extensionApi } from '../../ext/browser.js';
import { isFromExtension } from '../../messages/event-sender.js';
import type { FillEvent, FillState } from '../../messages/types.js';
import { comparableKey } from '../../records/comparable.js';
import { relativeName } from '../../records/normalize.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/format.js';
import type { Setup } from '../../services/desired.js';
import type { PageInfo } from '../../sites/types.js';
import { pageKindLabel } from '../page-kind-labels.js';
import { siteLabel } from '../page-kind.js';
import { openSidePanel } from '../../ext/side-panel.js';
import { fillPanelText } from './fill-text.js';

export interface FillPanelProps {
  lang: 'en' | 'fr';
  mode: 'popup' | 'panel';
  tabId: number;
  page: PageInfo;
  siteName?: string;
  /** The expanded, valid setup; null while the form above has problems. */
  setup: Setup | null;
  /** Where the buttons and the progress go: the action bar, always in view (they stay here while it is not there yet). */
  actionSlot: HTMLElement | null;
  /** Filling is the task of the moment: "Fill in all" is the bar's main button. */
  primary: boolean;
}

const show = (record: DnsRecord, zone: string) => `${record.type} ${relativeName(record.name, zone)} ${formatRdata(record)}`;

/** The tab's fill as the background keeps it, followed live through `fill-state` events. */
function useFillState(tabId: number): FillState {
  const [state, setState] = useState<FillState>({ state: 'idle' });
  useEffect(() => {
    void send('get-fill', { tabId }).then(setState, () => undefined);
    const listener = (message: unknown, sender: unknown) => {
      const event = message as Partial<FillEvent>;
      // Only the background's events: a content script could otherwise forge a fill's progress here.
      if (event.event === 'fill-state' && event.tabId === tabId && event.state && isFromExtension(sender)) setState(event.state);
    };
    extensionApi().runtime.onMessage.addListener(listener);
    return () => extensionApi().runtime.onMessage.removeListener(listener);
  }, [tabId]);
  return state;
}

/**
 * "Fill in on this page": the page kind detected, the plan (to add, already there, conflicts,
 * what the site cannot take), a "Fill in" action per record and for all, the SPF-merge choice,
 * and the progress of the run (kept by the background: the side panel shows it after the popup
 * closes on the first click into the page).
 */
export function FillPanel({ lang, mode, tabId, page, siteName, setup, actionSlot, primary }: FillPanelProps) {
  const t = fillPanelText(lang);
  const say = (localized: Localized) => localized[lang];
  const [replaceSpf, setReplaceSpf] = useState(false);
  const [pressSubmit, setPressSubmit] = useState(false);
  const [planned, setPlanned] = useState<{ plan: FillPlan; site: string; stages: boolean } | null>(null);
  const [problem, setProblem] = useState<Localized | null>(null);
  const state = useFillState(tabId);
  const domain = page.domain ?? setup?.domain;
  const pageLine = t('pageLine', { site: siteName ?? siteLabel(undefined, lang), kind: pageKindLabel({ pageKind: page.pageKind, ...(domain && { domain }) }, lang) });
  const otherZone = page.domain && setup && page.domain !== setup.domain;

  const plan = async (spf = replaceSpf) => {
    if (!setup) return;
    setProblem(null);
    try {
      setPlanned(await send('fill-plan', { tabId, setup, options: spf ? { replaceSpf: true } : {} }));
    } catch (error) {
      setProblem((error as { localized?: Localized }).localized ?? { en: String(error), fr: String(error) });
    }
  };
  // A plan made for another setup is not this one's.
  useEffect(() => setPlanned(null), [setup && JSON.stringify(setup)]);

  const run = async (only?: string[]) => {
    if (!setup) return;
    // The popup closes on the first click into the page: the side panel follows the run instead.
    // The setup is saved first (not awaited: sidePanel.open must stay in the click's gesture), or
    // what was typed in the last moment, still in the form's debounce, closes with the popup and
    // the side panel opens on an empty form.
    if (mode === 'popup') void send('save-setup', { setup }).catch(() => undefined);
    const moved = mode === 'popup' && (await openSidePanel(tabId));
    const options: FillRunOptions = { ...(replaceSpf && { replaceSpf: true }), ...(pressSubmit && { pressSubmit: true }), ...(only && { only }) };
    try {
      await send('fill-run', { tabId, setup, options });
      if (moved) window.close();
    } catch (error) {
      setProblem((error as { localized?: Localized }).localized ?? { en: String(error), fr: String(error) });
    }
  };

  const running = state.state === 'running';
  // While a run goes on its buttons are aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>.
  const busy = running ? { 'aria-disabled': 'true' as const } : {};
  const current = planned?.plan;
  // Shown under the button that started the run, in the action bar (the plan can be long).
  const progress = state.state !== 'idle' && state.progress && (
    // A long message scrolls inside it (the bar stays small): a tab stop then, so keys scroll it, named by its label.
    <p class={`fill-progress phase-${state.progress.phase}`} role="status" aria-live="polite" aria-labelledby="fill-progress-label" tabIndex={0}>
      <strong id="fill-progress-label">
        {t('progress')}
        {colon(lang).trimEnd()}
      </strong>{' '}
      {say(state.progress.message)}
    </p>
  );
  const canRun = current !== undefined && current.toAdd.length + current.toReplace.length > 0;
  const spfConflict = current?.conflicts.some((conflict) => conflict.merged !== undefined) === true;
  // Set apart so the bar can hold them; until the bar is there, they stay in the section.
  const actions = (
    <div class="fill-actions">
      {canRun ? (
        <button type="button" class={primary ? 'primary' : undefined} {...busy} onClick={() => !running && void run()}>
          {t('fillAll', { count: current.toAdd.length + current.toReplace.length })}
        </button>
      ) : (
        <button type="button" class={primary && !current ? 'primary' : undefined} disabled={!setup} aria-describedby={setup ? undefined : 'fill-needs-setup'} {...busy} onClick={() => !running && void plan()}>
          {t('showPlan')}
        </button>
      )}
      {!setup && (
        <p class="help why" id="fill-needs-setup">
          {t('needsSetup')}
        </p>
      )}
      {progress}
    </div>
  );
  // What the run leaves for the user, each with how: said at its end (the plan may be folded by then).
  const leftByHand = state.state === 'done' || state.state === 'stopped' ? [...state.plan.conflicts.map((conflict) => conflict.message), ...state.plan.unsupported.map((item) => item.manual)] : [];
  return (
    <section aria-labelledby="fill-heading" class="fill">
      <h2 id="fill-heading">{t('heading')}</h2>
      <p class="page-kind">{pageLine}</p>
      {otherZone && <p class="problem">{t('otherZone', { page: page.domain!, domain: setup!.domain })}</p>}
      {planned?.stages && (
        <label class="choice">
          <input type="checkbox" checked={pressSubmit} onChange={(event) => setPressSubmit(event.currentTarget.checked)} />
          <span>{t('pressSubmit')}</span>
        </label>
      )}
      {actionSlot ? createPortal(actions, actionSlot) : actions}
      {problem && (
        <p class="problem" role="alert">
          {say(problem)}
        </p>
      )}
      {leftByHand.length > 0 && (
        <div class="left-by-hand" id="fill-left">
          <h3>{t('leftByHand', { count: leftByHand.length })}</h3>
          <ul>
            {leftByHand.map((message, index) => (
              <li key={index}>{say(message)}</li>
            ))}
          </ul>
        </div>
      )}
      {current && (
        <div class="plan">
          {current.toAdd.length + current.toReplace.length === 0 && <p>{t('nothing')}</p>}
          {current.conflicts.length > 0 && (
            <>
              <h3>{t('conflicts')}</h3>
              <ul>
                {current.conflicts.map((conflict, index) => (
                  <li key={index}>{say(conflict.message)}</li>
                ))}
              </ul>
              {/* The SPF merge is offered where its conflict is shown. The box in its own column, the sentence wrapping beside it (long FR labels). */}
              {spfConflict && (
                <label class="choice">
                  <input type="checkbox" checked={replaceSpf} onChange={(event) => (setReplaceSpf(event.currentTarget.checked), void plan(event.currentTarget.checked))} />
                  <span>{t('replaceSpf')}</span>
                </label>
              )}
            </>
          )}
          {current.toAdd.length > 0 && (
            <details class="plan-add" open>
              <summary>{t('toAdd', { count: current.toAdd.length })}</summary>
              <ul class="plan-list">
                {current.toAdd.map((item) => (
                  <li key={comparableKey(item.record)} class="plan-item">
                    <code>{show(item.record, current.zone)}</code>
                    <button type="button" class="small" {...busy} aria-label={t('fillOneLabel', { record: show(item.record, current.zone) })} onClick={() => !running && void run([comparableKey(item.record)])}>
                      {t('fillOne')}
                    </button>
                    {item.notes.map((note, index) => (
                      <p key={index} class="help plan-note">
                        {say(note)}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {current.toReplace.length > 0 && (
            <>
              <h3>{t('toReplace')}</h3>
              <ul class="plan-list">
                {current.toReplace.map((item) => (
                  <li key={comparableKey(item.existing)}>
                    <del>{show(item.existing, current.zone)}</del> → <code>{show(item.replacement, current.zone)}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="help">{t('youSave')}</p>
          {current.unsupported.length > 0 && (
            <>
              <h3>{t('unsupported', { count: current.unsupported.length })}</h3>
              <ul>
                {current.unsupported.map((item) => (
                  <li key={comparableKey(item.record)}>{say(item.manual)}</li>
                ))}
              </ul>
            </>
          )}
          {current.present.length > 0 && (
            <details>
              <summary>{t('present', { count: current.present.length })}</summary>
              <ul>
                {current.present.map((record) => (
                  <li key={comparableKey(record)} class="plan-item">
                    <code>{show(record, current.zone)}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

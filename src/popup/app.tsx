import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localized } from '../i18n/format.js';
import { uiLanguage, type Localized } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import { extensionApi } from '../ext/browser.js';
import { normalizeName, toUnicodeName } from '../records/normalize.js';
import { readDomainName } from '../records/validate-name.js';
import type { Setup } from '../services/desired.js';
import { validateVariables } from '../services/service-variables.js';
import { findService, serviceName } from '../services/index.js';
import type { BootState } from './boot.js';
import type { Capture } from '../capture/types.js';
import { CheckButton } from './components/check-panel.js';
import { Disclosure } from './components/disclosure.js';
import { ProblemList } from '../ui/problem-list.js';
import { SetupForm } from './components/setup-form.js';
import { pageHasEditor, siteLabel } from './page-kind.js';
import { sectionOrder, type SectionId } from './section-order.js';
import { openSidePanel } from '../ext/side-panel.js';
import { Ui } from '../ui/ui-context.js';
import { uiText } from '../ui/ui-text.js';
import { useCheckState } from './use-check-state.js';
import { useOnline } from './use-online.js';
import { useNameReadable } from './names-table.js';
import { useDnsHost } from './use-dns-host.js';
import { followBarHeight } from './bar-clearance.js';

export type Mode = 'popup' | 'panel';

function domainProblems(domain: string): Localized[] {
  const trimmed = domain.trim();
  if (trimmed === '') return [localized({ en: 'Type the domain whose zone you edit, e.g. example.com.', fr: 'Indiquez le domaine dont vous modifiez la zone, p. ex. example.com.' })];
  const read = readDomainName(trimmed);
  if (!read.ok) return read.problems;
  // A zone is never a single label here (`exemple`): the extension was forgotten.
  return read.labels === 1 ? [localized(uiText.table.domainSingleLabel, { domain: toUnicodeName(read.name) })] : [];
}

/** A setup the form shows without a problem: a domain, a known service, every value valid. */
function setupComplete(setup: Setup): boolean {
  const service = findService(setup.service);
  if (!service || domainProblems(setup.domain).length > 0) return false;
  return Object.values(validateVariables(service, setup.vars, normalizeName(setup.domain.trim()))).every((problems) => problems.length === 0);
}

/** Only the variables the user filled in travel (storage, share codes, checks). */
function filled(vars: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).filter(([, value]) => value.trim() !== ''));
}

/** The task the page and the setup imply: what the action bar's main button does. */
type Task = 'setup' | 'fill' | 'verify';

/** The popup and the side panel: one UI, the side panel just stays open. */
/** What the form holds when the page is read again (the service and values typed while access was asked). */
export type Reread = (typed: Pick<Setup, 'service' | 'vars'>) => void;

export function App({ boot, mode, reread }: { boot: BootState; mode: Mode; reread?: Reread }) {
  const lang = uiLanguage(boot.options.language, navigator.languages);
  const t = uiText(lang);
  const [domain, setDomain] = useState(boot.setup.domain);
  const [serviceId, setServiceId] = useState(boot.setup.service);
  const [vars, setVars] = useState<Record<string, string>>(boot.setup.vars);
  const [status, setStatus] = useState('');
  // A setup saved for the domain just typed, offered rather than poured over what the user typed.
  const [savedOffer, setSavedOffer] = useState<Setup | null>(null);
  const [restoredFor, setRestoredFor] = useState('');
  const online = useOnline();
  // The saved setup of the domain in the form, looked up once per domain; nothing is saved for a domain before it.
  const lookup = useRef({ zone: normalizeName(boot.setup.domain.trim()), free: Promise.resolve(true) });
  // Where the fill section puts its buttons: the action bar, always in view.
  const [barSlot, setBarSlot] = useState<HTMLElement | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => bar.current ? followBarHeight(bar.current) : undefined, []);

  const service = findService(serviceId);
  const zone = normalizeName(domain.trim());
  const domainOk = domainProblems(domain).length === 0;
  const validDomain = domainOk ? zone : '';
  // An IDN typed waits for the names table (a few milliseconds, once): see names-table.ts.
  const zoneReadable = useNameReadable(zone);
  // The catalog's expansion (records, SPF merge, record validation) is not on the first screen: it loads after the first render.
  const [expander, setExpander] = useState<typeof import('../services/expand.js') | null>(null);
  useEffect(() => void import('../services/expand.js').then(setExpander), []);
  const expansion = useMemo(() => (expander && service && zone && zoneReadable ? expander.expandService(service.id, zone, vars) : undefined), [expander, service, zone, vars, zoneReadable]);
  const varProblems = useMemo(() => (service ? validateVariables(service, vars, zone || 'example.com') : {}), [service, vars, zone]);
  const setup: Setup | null = zone && service ? { domain: zone, service: service.id, vars: filled(vars) } : null;
  // What comes first depends on the page, decided once (see section-order.ts): a setup complete
  // at boot (a domain, a service, every value valid) is one the records can be made from.
  const [readyAtBoot] = useState(() => setupComplete(boot.setup));
  const [order] = useState(() => sectionOrder(boot.context.page, readyAtBoot));
  // An agent opening the UI with nothing set up sees where the customer's code goes.
  const [noSetupAtBoot] = useState(() => boot.setup.domain.trim() === '' && boot.setup.service === '');
  const [checkState, setCheckState] = useCheckState(validDomain);
  const notation = boot.context.notation;
  // Who serves the zone, said from the start: a check's own answer replaces the lookup's.
  const lookedUpHost = useDnsHost(validDomain);
  const dnsHost = checkState.state === 'done' && checkState.report.dnsHost !== undefined ? checkState.report.dnsHost : lookedUpHost;
  const [hostNotice, setHostNotice] = useState<typeof import('./components/host-notice.js') | null>(null);
  useEffect(() => void (dnsHost !== undefined && !hostNotice && import('./components/host-notice.js').then(setHostNotice)), [dnsHost !== undefined]);
  const [capture, setCapture] = useState<Capture | null>(null);
  const [sections, setSections] = useState<typeof import('./components/capture-guide-sections.js') | null>(null);
  useEffect(() => void import('./components/capture-guide-sections.js').then(setSections), []);
  // The share box (folded, a support tool) and its share-code reader load after the first render.
  const [share, setShare] = useState<typeof import('./components/share-box.js') | null>(null);
  useEffect(() => void import('./components/share-box.js').then(setShare), []);
  // The fill section (issue 4), loaded after the first render and only on a page with a DNS editor (elsewhere a one-line hint).
  // The records are folded under their count: their list and the zone-file writer load after the first render.
  const [recordsView, setRecordsView] = useState<typeof import('./components/records-view.js') | null>(null);
  useEffect(() => void import('./components/records-view.js').then(setRecordsView), []);
  // The customer's code field (agents), in view at once when the UI opens without a setup: its chunk follows the first render.
  const [customerCode, setCustomerCode] = useState<typeof import('./components/customer-code.js') | null>(null);
  useEffect(() => void (noSetupAtBoot && import('./components/customer-code.js').then(setCustomerCode)), []);
  // The check's progress and results (and the bar's summary of them): loaded once there is a check to show.
  const [checkSection, setCheckSection] = useState<typeof import('./components/check-section.js') | null>(null);
  useEffect(() => void (checkState.state !== 'idle' && !checkSection && import('./components/check-section.js').then(setCheckSection)), [checkState.state]);
  // Stamped by the background on the checks that follow a fill or "I saved".
  const justSaved = checkSection !== null && checkSection.checkedAfterSave(checkState, Date.now());
  // The side panel on a page it may not read asks for access (a button: a user gesture), then reads it.
  const askAccess = mode === 'panel' && boot.context.unreadable !== undefined && boot.tabId !== undefined && reread !== undefined;
  const [pageAccess, setPageAccess] = useState<typeof import('./components/page-access.js') | null>(null);
  useEffect(() => void (askAccess && import('./components/page-access.js').then(setPageAccess)), []);
  const [fill, setFill] = useState<typeof import('./components/fill-panel.js') | null>(null);
  useEffect(() => void (pageHasEditor(boot.context.page) && boot.tabId !== undefined && import('./components/fill-panel.js').then(setFill)), []);

  // What was read on the control panel or pasted for this domain, with where each value came from.
  useEffect(() => {
    if (!domainOk) return setCapture(null);
    void send('get-capture', { domain: zone }).then(setCapture, () => setCapture(null));
  }, [zone]);

  // The status line ("Copied: …") sits in the action bar: it goes once it has been read.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang]);

  // Save as the user types (debounced): nothing typed is ever lost, even when the popup closes. A
  // domain's saved setup is looked up first, and while it is offered nothing overwrites it.
  useEffect(() => {
    if (!setup || !domainOk || savedOffer) return;
    const timer = setTimeout(() => void commitDomain().then((free) => free && send('save-setup', { setup })).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [setup && JSON.stringify(setup), savedOffer]);

  // Before the popup closes (handing over to the side panel): a save still in the debounce above would be lost.
  const saveNow = () => void (setup && domainOk && send('save-setup', { setup }).catch(() => undefined));

  const applySetup = (next: Setup) => {
    lookup.current = { zone: normalizeName(next.domain.trim()), free: Promise.resolve(true) };
    setDomain(next.domain);
    setServiceId(next.service);
    setVars(next.vars);
    setSavedOffer(null);
  };

  /**
   * A domain typed in full: what was saved for it fills an empty form (and says so); over values
   * the user typed it is only offered — what the user typed is never replaced without asking.
   * Resolves to whether what the form holds may be saved for the domain (false while offered);
   * the Enter key and the debounced save share one lookup.
   */
  const commitDomain = (): Promise<boolean> => {
    if (!domainOk) return Promise.resolve(false);
    if (zone !== lookup.current.zone) lookup.current = { zone, free: lookUpSaved(zone) };
    return lookup.current.free;
  };

  /** The user keeps what they typed over the setup offered: it is saved for the domain from now on. */
  const keepTyped = () => {
    lookup.current = { zone, free: Promise.resolve(true) };
    setSavedOffer(null);
  };

  const lookUpSaved = async (typedZone: string): Promise<boolean> => {
    setSavedOffer(null);
    setRestoredFor('');
    const stored = await send('get-setup', { domain: typedZone }).catch(() => null);
    if (!stored || lookup.current.zone !== typedZone) return true;
    const typedNothing = serviceId === '' && Object.values(vars).every((value) => value.trim() === '');
    if (typedNothing) {
      setServiceId(stored.service);
      setVars(stored.vars);
      setRestoredFor(typedZone);
      return true;
    }
    if (stored.service === serviceId && JSON.stringify(stored.vars) === JSON.stringify(filled(vars))) return true;
    setSavedOffer(stored);
    return false;
  };

  /** `saved`: the user says they saved the records ("I saved"): re-checks follow as caches expire. */
  const startCheck = async (saved = false) => {
    if (!setup) return;
    try {
      setCheckState(await send('start-check', { setup, ...(boot.tabId !== undefined && { tabId: boot.tabId }), ...(saved && { saved }) }));
      if (saved) setStatus(t('savedStarted', { domain: setup.domain }));
    } catch (error) {
      const localized = (error as { localized?: Localized }).localized;
      setCheckState({ state: 'failed', setup, offline: !navigator.onLine, error: localized ?? { en: String(error), fr: String(error) } });
    }
  };

  const sameSetup =
    checkState.state !== 'done' || (setup !== null && checkState.setup.service === setup.service && JSON.stringify(filled(checkState.setup.vars)) === JSON.stringify(setup.vars));

  const page = boot.context.page;
  const fillShown = fill !== null && boot.tabId !== undefined && page !== undefined;
  // Until the expansion has loaded (a few milliseconds after the first render), the form's own
  // validation says whether the records can be made: the action bar does not flash "values needed".
  const recordsReady = expansion ? expansion.ok : expander === null && zoneReadable && setupComplete({ domain, service: serviceId, vars });
  const task: Task = !recordsReady ? 'setup' : fillShown && checkState.state !== 'done' ? 'fill' : 'verify';
  // A disabled "Check now" says why, beside it.
  const checkBlocked = !domainOk ? t('checkNeedsDomain') : !service ? t('checkNeedsService') : !recordsReady ? t('checkNeedsValues') : undefined;

  const records = expansion?.ok ? (
    recordsView && <recordsView.RecordsView set={expansion.set} notation={notation} ttl={boot.options.defaultTtl} />
  ) : (
    // Nothing is said of the records until the expansion has loaded (a few milliseconds).
    expander && <ProblemList intro={t('recordsIncomplete')} problems={expansion?.ok === false ? expansion.problems : []} />
  );
  // Either answer removes the offer with its buttons: the keyboard focus goes back to the domain it was about.
  const backToDomain = () => document.getElementById('domain')?.focus();
  const domainNote = savedOffer ? (
    <p class="notice" id="saved-setup-offer">
      {t('savedSetupOffer', { domain: savedOffer.domain, service: serviceName(savedOffer.service, lang) })}{' '}
      <button type="button" class="small" onClick={() => (applySetup(savedOffer), setRestoredFor(savedOffer.domain), backToDomain())}>
        {t('savedSetupUse')}
      </button>{' '}
      <button type="button" class="small" onClick={() => (keepTyped(), backToDomain())}>
        {t('savedSetupKeep')}
      </button>
    </p>
  ) : restoredFor === zone && restoredFor !== '' ? (
    <p class="help" id="saved-setup-restored">
      {t('savedSetupRestored', { domain: restoredFor })}
    </p>
  ) : null;
  const sectionsById: Record<SectionId, ComponentChildren> = {
    setup: (
      <SetupForm
        key="setup"
        domain={domain}
        domainProblems={domainProblems(domain)}
        pageSite={page?.domain ? siteLabel(boot.context.siteName, lang) : undefined}
        service={service}
        serviceId={serviceId}
        vars={vars}
        varProblems={varProblems}
        folded={readyAtBoot}
        domainNote={domainNote}
        onDomain={setDomain}
        onDomainCommit={() => void commitDomain()}
        onService={setServiceId}
        onVar={(name, value) => setVars((old) => ({ ...old, [name]: value }))}
      />
    ),
    captured: sections && <sections.CapturedValues key="captured" capture={capture && capture.service === serviceId ? capture : null} heading />,
    records: service && zone && (
      <section key="records" aria-labelledby="records-heading" class="records-section">
        {/* One click away, its count in view: open, the cards of a whole set are taller than the popup. */}
        <Disclosure id="fold-records" remember={false} summary={<h2 id="records-heading">{expansion?.ok ? t('recordsCount', { count: expansion.set.records.length }) : t('recordsHeading')}</h2>}>
          {records}
        </Disclosure>
      </section>
    ),
    fill: fillShown && (
      <fill.FillPanel
        key="fill"
        lang={lang}
        mode={mode}
        tabId={boot.tabId!}
        page={page!}
        siteName={siteLabel(boot.context.siteName, lang)}
        setup={expansion?.ok ? setup : null}
        actionSlot={barSlot}
        primary={task === 'fill'}
      />
    ),
    'fill-hint': page && sections && <sections.FillHint key="fill-hint" page={page} domain={validDomain} />,
    check: checkSection && <checkSection.CheckSection key="check" state={checkState} sameSetup={sameSetup} notation={notation} extensionVersion={extensionApi().runtime.getManifest().version} justSaved={justSaved} />,
    guide: sections && <sections.GuideView key="guide" page={page} serviceId={serviceId} domain={validDomain} rows={checkState.state === 'done' ? checkState.report.results : undefined} tabId={boot.tabId} />,
    more: (
      <div key="more" class="more">
        {sections && <sections.PasteBox domain={validDomain} serviceId={serviceId} onUsed={(next, captured) => (applySetup(next), setCapture(captured))} />}
        {share && <share.ShareBox setup={expansion?.ok ? setup : null} onApply={applySetup} />}
      </div>
    ),
  };

  const showResults = () => {
    const results = document.getElementById('check-section');
    results?.scrollIntoView({ block: 'start' });
    results?.focus({ preventScroll: true });
  };

  return (
    <Ui.Provider value={{ lang, announce: setStatus }}>
      <div class={`app mode-${mode}`} lang={lang}>
        <header>
          <h1>{t('title')}</h1>
          <nav class="actions">
            {mode === 'popup' && (
              // The setup is saved at the click (the debounce would die with the popup); a refusal
              // (no side panel in this browser, or no user gesture) is said, not silent.
              <button type="button" onClick={async () => (saveNow(), (await openSidePanel(boot.tabId)) ? window.close() : setStatus(t('sidePanelFailed')))}>
                {t('openSidePanel')}
              </button>
            )}
            <button type="button" onClick={() => void extensionApi().runtime.openOptionsPage()}>
              {t('options')}
            </button>
          </nav>
        </header>
        <main>
          {!online && (
            <p class="offline" role="status">
              {t('offline')}
            </p>
          )}
          <ProblemList intro={t('linkRefused')} problems={boot.linkProblems} />
          {boot.unknownSavedService !== undefined && serviceId === boot.setup.service && (
            <p class="notice" id="unknown-saved-service">{t('unknownSavedService', { service: boot.unknownSavedService.slice(0, 40) })}</p>
          )}
          {pageAccess && askAccess && (
            <pageAccess.PageAccess tabId={boot.tabId!} {...(boot.context.unreadable?.origin && { origin: boot.context.unreadable.origin })} onAccess={() => (saveNow(), reread!({ service: serviceId, vars }))} />
          )}
          {customerCode && <customerCode.CustomerCode onApply={applySetup} />}
          {hostNotice && validDomain && (
            <hostNotice.HostNotice
              domain={validDomain}
              host={dnsHost}
              {...(pageHasEditor(page) && { editor: { ...(boot.context.hostId !== undefined && { hostId: boot.context.hostId }), name: siteLabel(boot.context.siteName, lang) } })}
            />
          )}
          {order.map((id) => sectionsById[id])}
        </main>
        {/* The next action, always in view (sticky at the bottom): the fill's buttons, "Check now", the result at a glance. */}
        <div ref={bar} class={`action-bar task-${task}`} role="region" aria-label={t('actionBar')}>
          {/* A live region from the start: the keyboard focus stays on "Check now", the result line is said when it comes. */}
          <p class="bar-summary" role="status">
            {checkState.state === 'done' && checkSection && (
              <button type="button" class="link" id="bar-summary" onClick={showResults}>
                {checkSection.summaryLine(checkState.report, lang, justSaved)}
              </button>
            )}
          </p>
          <div class="actions">
            <span class="task-actions" ref={setBarSlot} />
            <CheckButton state={checkState} blocked={checkBlocked} primary={task !== 'fill'} onCheck={() => void startCheck()} />
            {task !== 'setup' && (
              // aria-disabled while a check runs, not disabled: a disabled button drops the keyboard focus to <body>.
              <button
                type="button"
                id="i-saved"
                title={t('savedButtonHelp')}
                aria-disabled={checkState.state === 'running' ? 'true' : undefined}
                onClick={() => checkState.state !== 'running' && void startCheck(true)}
              >
                {t('savedButton')}
              </button>
            )}
          </div>
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
    </Ui.Provider>
  );
}

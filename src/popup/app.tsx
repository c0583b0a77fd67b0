import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localized } from '../i18n/format.js';
import { uiLanguage, type Localized } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import { extensionApi } from '../ext/browser.js';
import { normalizeName } from '../records/normalize.js';
import { validateDomainName } from '../records/validate.js';
import { exportZone } from '../records/zone-file/index.js';
import type { Setup } from '../services/desired.js';
import { expandService, validateVariables } from '../services/expand.js';
import { findService } from '../services/index.js';
import type { BootState } from './boot.js';
import type { Capture } from '../capture/types.js';
import { CheckPanel } from './components/check-panel.js';
import { Disclosure } from './components/disclosure.js';
import { ProblemList } from '../ui/problem-list.js';
import { RecordList } from './components/record-list.js';
import { SetupForm } from './components/setup-form.js';
import { ZoneExport } from './components/zone-export.js';
import { pageHasEditor, pageKindLabel, siteLabel } from './page-kind-labels.js';
import { sectionOrder, type SectionId } from './section-order.js';
import { openSidePanel } from '../ext/side-panel.js';
import { Ui } from '../ui/ui-context.js';
import { uiText } from '../ui/ui-text.js';
import { useCheckState } from './use-check-state.js';
import { useOnline } from './use-online.js';

export type Mode = 'popup' | 'panel';

function domainProblems(domain: string): Localized[] {
  const trimmed = domain.trim();
  if (trimmed === '') return [localized({ en: 'Type the domain whose zone you edit, e.g. example.com.', fr: 'Indiquez le domaine dont vous modifiez la zone, p. ex. example.com.' })];
  return validateDomainName(normalizeName(trimmed));
}

/** Only the variables the user filled in travel (storage, share codes, checks). */
function filled(vars: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).filter(([, value]) => value.trim() !== ''));
}

/** The popup and the side panel: one UI, the side panel just stays open. */
export function App({ boot, mode }: { boot: BootState; mode: Mode }) {
  const lang = uiLanguage(boot.options.language, navigator.languages);
  const t = uiText(lang);
  const [domain, setDomain] = useState(boot.setup.domain);
  const [serviceId, setServiceId] = useState(boot.setup.service);
  const [vars, setVars] = useState<Record<string, string>>(boot.setup.vars);
  const [status, setStatus] = useState('');
  const online = useOnline();
  const loadedDomain = useRef(normalizeName(boot.setup.domain.trim()));

  const service = findService(serviceId);
  const zone = normalizeName(domain.trim());
  const expansion = useMemo(() => (service && zone ? expandService(service.id, zone, vars) : undefined), [service, zone, vars]);
  const varProblems = useMemo(() => (service ? validateVariables(service, vars, zone || 'example.com') : {}), [service, vars, zone]);
  const setup: Setup | null = zone && service ? { domain: zone, service: service.id, vars: filled(vars) } : null;
  // What comes first depends on the page, decided once (see section-order.ts).
  const [readyAtBoot] = useState(() => expandService(boot.setup.service, normalizeName(boot.setup.domain.trim()), boot.setup.vars).ok);
  const [order] = useState(() => sectionOrder(boot.context.page, readyAtBoot));
  const [checkState, setCheckState] = useCheckState(domainProblems(domain).length === 0 ? zone : '');
  const notation = boot.context.notation;
  const [capture, setCapture] = useState<Capture | null>(null);
  const [sections, setSections] = useState<typeof import('./components/capture-guide-sections.js') | null>(null);
  useEffect(() => void import('./components/capture-guide-sections.js').then(setSections), []);
  // The share box (folded, a support tool) and its share-code reader load after the first render.
  const [share, setShare] = useState<typeof import('./components/share-box.js') | null>(null);
  useEffect(() => void import('./components/share-box.js').then(setShare), []);
  // The fill section (issue 4), loaded after the first render and only on a page with a DNS editor (elsewhere a one-line hint).
  const [fill, setFill] = useState<typeof import('./components/fill-panel.js') | null>(null);
  useEffect(() => void (pageHasEditor(boot.context.page) && boot.tabId !== undefined && import('./components/fill-panel.js').then(setFill)), []);

  // What was read on the control panel or pasted for this domain, with where each value came from.
  useEffect(() => {
    if (domainProblems(domain).length > 0) return setCapture(null);
    void send('get-capture', { domain: zone }).then(setCapture, () => setCapture(null));
  }, [zone]);

  // The status line ("Copied: …") sits over the bottom of the page: it goes once it has been read.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang]);

  // Save as the user types (debounced): nothing typed is ever lost, even when the popup closes.
  useEffect(() => {
    if (!setup || domainProblems(domain).length > 0) return;
    const timer = setTimeout(() => void send('save-setup', { setup }).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [setup && JSON.stringify(setup)]);

  // Before the popup closes (handing over to the side panel): a save still in the debounce above would be lost.
  const saveNow = () => void (setup && domainProblems(domain).length === 0 && send('save-setup', { setup }).catch(() => undefined));

  // A domain typed in full: reopen what was saved for it, if anything.
  const commitDomain = async () => {
    if (zone === loadedDomain.current || domainProblems(domain).length > 0) return;
    loadedDomain.current = zone;
    const stored = await send('get-setup', { domain: zone }).catch(() => null);
    if (stored) {
      setServiceId(stored.service);
      setVars(stored.vars);
    }
  };

  const applySetup = (next: Setup) => {
    loadedDomain.current = normalizeName(next.domain.trim());
    setDomain(next.domain);
    setServiceId(next.service);
    setVars(next.vars);
  };

  const startCheck = async () => {
    if (!setup) return;
    try {
      setCheckState(await send('start-check', boot.tabId === undefined ? { setup } : { setup, tabId: boot.tabId }));
    } catch (error) {
      const localized = (error as { localized?: Localized }).localized;
      setCheckState({ state: 'failed', setup, offline: !navigator.onLine, error: localized ?? { en: String(error), fr: String(error) } });
    }
  };

  const sameSetup =
    checkState.state !== 'done' || (setup !== null && checkState.setup.service === setup.service && JSON.stringify(filled(checkState.setup.vars)) === JSON.stringify(setup.vars));

  const page = boot.context.page;
  const validDomain = domainProblems(domain).length === 0 ? zone : '';
  const records = expansion?.ok ? (
    <>
      <p class="help">{notation === 'relative' ? t('notationRelative', { domain: expansion.set.domain }) : t('notationFqdn')}</p>
      <RecordList records={expansion.set.records} zone={expansion.set.domain} notation={notation} />
      <ZoneExport domain={expansion.set.domain} zoneText={exportZone(expansion.set.records, expansion.set.domain, { ttl: boot.options.defaultTtl })} />
    </>
  ) : (
    <ProblemList intro={t('recordsIncomplete')} problems={expansion?.ok === false ? expansion.problems : []} />
  );
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
        valuesFolded={readyAtBoot && order[0] !== 'setup'}
        onDomain={setDomain}
        onDomainCommit={() => void commitDomain()}
        onService={setServiceId}
        onVar={(name, value) => setVars((old) => ({ ...old, [name]: value }))}
      />
    ),
    captured: sections && <sections.CapturedValues key="captured" capture={capture && capture.service === serviceId ? capture : null} heading />,
    records: service && zone && (
      <section key="records" aria-labelledby="records-heading" class="records-section">
        {/* Where the fill section comes first, the list is one click away (the plan shows what goes in). */}
        {order[0] === 'fill' ? (
          <Disclosure id="fold-records" summary={<h2 id="records-heading">{t('recordsHeading')}</h2>}>
            {records}
          </Disclosure>
        ) : (
          <>
            <h2 id="records-heading">{t('recordsHeading')}</h2>
            {records}
          </>
        )}
      </section>
    ),
    fill: fill && boot.tabId !== undefined && page && (
      <fill.FillPanel key="fill" lang={lang} mode={mode} tabId={boot.tabId} page={page} siteName={siteLabel(boot.context.siteName, lang)} setup={expansion?.ok ? setup : null} />
    ),
    'fill-hint': page && (
      <p key="fill-hint" class="notice fill-hint">
        {t(page.adapterId === 'ovh-email-panel' ? 'fillHintPanel' : 'fillHintOther', { page: pageKindLabel(page, lang), domain: validDomain || t('yourDomain') })}
      </p>
    ),
    check: (
      <CheckPanel
        key="check"
        state={checkState}
        canCheck={expansion?.ok === true}
        sameSetup={sameSetup}
        notation={notation}
        extensionVersion={extensionApi().runtime.getManifest().version}
        onCheck={() => void startCheck()}
      />
    ),
    guide: sections && <sections.GuideView key="guide" page={page} serviceId={serviceId} domain={validDomain} rows={checkState.state === 'done' ? checkState.report.results : undefined} tabId={boot.tabId} />,
    more: (
      <div key="more" class="more">
        {sections && <sections.PasteBox domain={validDomain} serviceId={serviceId} onUsed={(next, captured) => (applySetup(next), setCapture(captured))} />}
        {share && <share.ShareBox setup={expansion?.ok ? setup : null} onApply={applySetup} />}
      </div>
    ),
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
          {order.map((id) => sectionsById[id])}
        </main>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </Ui.Provider>
  );
}

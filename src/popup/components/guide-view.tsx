import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang.js';
import type { CheckRow } from '../../dns/check/types.js';
import { stepsOnPage, type GuideReason } from '../../guides/match.js';
import { guideProgress } from '../../guides/progress.js';
import type { Guide, GuideStep } from '../../guides/types.js';
import { wireTargetOf } from '../../highlight/wire.js';
import { send } from '../../messages/client.js';
import { serviceName } from '../../services/index.js';
import { findGuide, GUIDES, guidesFor, suggestGuide } from '../../sites/guides.js';
import type { PageInfo } from '../../sites/types.js';
import { Ui } from '../../ui/ui-context.js';
import { pageHasEditor } from '../page-kind.js';
import { captureGuideText } from './capture-guide-text.js';

/**
 * The guide for where the user is: the steps of the page's guide with the current one and the
 * done ones marked (done = its check passes, or the page shows the user is further on); "Show
 * me" highlights the element to click next in the tab. Any guide can be picked (support agents).
 */
export function GuideView({ page, serviceId, domain, rows, tabId }: { page?: PageInfo; serviceId: string; domain: string; rows?: readonly CheckRow[]; tabId?: number }) {
  const { lang, announce } = useContext(Ui);
  const t = captureGuideText(lang);
  const { guide: suggested, reason } = suggestGuide(page, serviceId);
  const [guideId, setGuideId] = useState(suggested.id);
  // A new page or service suggests its guide again.
  useEffect(() => setGuideId(suggested.id), [suggested.id]);
  const guide: Guide = findGuide(guideId) ?? suggested;
  // Why this guide and not the service's: said only while the suggested guide is the one shown.
  const why = guide.id === suggested.id ? whyText(reason, serviceId, lang) : undefined;
  const [badges, setBadges] = useState<Record<string, 'ok' | 'action'> | null>(null);
  // On the control panel, the domain's Diagnostic badges also say which steps are done.
  useEffect(() => {
    setBadges(null);
    if (tabId === undefined || page?.adapterId !== 'ovh-email-panel' || domain === '') return;
    void send('get-page-badges', { tabId, domain }).then((reply) => setBadges(reply.badges), () => undefined);
  }, [tabId, page?.pageKind, domain]);
  const states = guideProgress(guide, { ...(page && { pageKind: page.pageKind }), ...(rows && { rows }), ...(badges && { badges }) });
  const here = new Set(stepsOnPage(guide, page?.pageKind));
  // Highlighting needs our content script in a page an adapter recognised: a tab alone (a
  // browser page, an unknown site) has nothing to highlight in, so the buttons stay away.
  const canHighlight = tabId !== undefined && page !== undefined;
  // "Hide the highlight" only once something is highlighted.
  const [highlighted, setHighlighted] = useState(false);
  // The picker: the guides that fit this page and service first, every other one in a group below.
  const fitting = [...new Set([suggested, ...guidesFor(page, serviceId)])];
  const others = GUIDES.filter((option) => !fitting.includes(option));

  const show = async (step: GuideStep | null) => {
    if (!canHighlight) return;
    const target = step ? wireTargetOf(guide, step) ?? null : null;
    const hint = step?.target?.hint[lang] ?? '';
    const reply = await send('show-highlight', { tabId, target, hint }).catch(() => ({ shown: false }));
    setHighlighted(step !== null && reply.shown);
    if (step) announce(reply.shown ? t('shown') : step.target?.absent?.[lang] ?? t('notOnPage'));
  };

  return (
    <section aria-labelledby="guide-heading" class="guide-view">
      <h2 id="guide-heading">{t('guideHeading')}</h2>
      <div class="field">
        <label for="guide-pick">{t('guidePick')}</label>
        <select id="guide-pick" value={guide.id} onChange={(event) => setGuideId(event.currentTarget.value)}>
          <optgroup label={t('guidesFitting')}>
            <GuideOptions guides={fitting} lang={lang} />
          </optgroup>
          {others.length > 0 && (
            <optgroup label={t('guidesOther')}>
              <GuideOptions guides={others} lang={lang} />
            </optgroup>
          )}
        </select>
      </div>
      {why && (
        <p class="help guide-why" id="guide-why">
          {why}
        </p>
      )}
      <p class="help">{guide.summary[lang]}</p>
      {page && <p class="help">{t(here.size > 0 ? 'guideForPage' : 'guideNoStepHere')}</p>}
      {/* Open by itself on a page a guide knows without a DNS editor (the guide is the task there); elsewhere one click away, so the popup stays short. */}
      <details class="guide-details" open={page !== undefined && !pageHasEditor(page)}>
        <summary>{t('guideSteps')}</summary>
        <ol class="guide-steps">
          {guide.steps.map((step, index) => {
            const status = states[index]!.status;
            return (
              <li key={step.id} class={`step step-${status}${here.has(step.id) ? ' step-here' : ''}`} data-step={step.id} aria-current={status === 'current' ? 'step' : undefined}>
                <h3>
                  {status === 'done' ? '✓ ' : ''}
                  {step.title[lang]}
                  {status !== 'todo' && <span class="step-status"> ({t(status === 'done' ? 'stepDone' : 'stepCurrent')})</span>}
                </h3>
                <p>{step.body[lang]}</p>
                {step.seeGuide && findGuide(step.seeGuide.id) && (
                  <button type="button" class="see-guide" data-guide={step.seeGuide.id} onClick={() => setGuideId(step.seeGuide!.id)}>
                    {step.seeGuide.label[lang]}
                  </button>
                )}
                {step.target && canHighlight && (
                  <button type="button" class="show-me" onClick={() => void show(step)}>
                    {t('showMe')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </details>
      {canHighlight && highlighted && (
        <div class="actions">
          <button type="button" id="hide-highlight" onClick={() => void show(null)}>
            {t('hideHighlight')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The sentence that says why the guide shown is not simply the service's own. */
function GuideOptions({ guides, lang }: { guides: readonly Guide[]; lang: Lang }) {
  return (
    <>
      {guides.map((option) => (
        <option key={option.id} value={option.id}>
          {option.title[lang]}
        </option>
      ))}
    </>
  );
}

function whyText(reason: GuideReason, serviceId: string, lang: Lang): string | undefined {
  const t = captureGuideText(lang);
  const service = serviceName(serviceId, lang);
  if (reason === 'page') return t('guideWhyPage', { service });
  if (reason === 'fallback') return service ? t('guideWhyNoServiceGuide', { service }) : t('guideWhyNoService');
  return undefined;
}

import { useContext, useRef, useState } from 'preact/hooks';
import { parsePaste } from '../../capture/paste/parse-paste.js';
import { CAPTURE_SOURCE_LABELS } from '../../capture/source-labels.js';
import type { Capture, PasteResult, PasteShape } from '../../capture/types.js';
import { send } from '../../messages/client.js';
import { formatRecordLine } from '../../records/zone-file/index.js';
import type { Setup } from '../../services/desired.js';
import { serviceName } from '../../services/index.js';
import { Ui } from '../../ui/ui-context.js';
import { captureGuideText, type CaptureGuideKey } from './capture-guide-text.js';
import { Disclosure } from './disclosure.js';
import { ProblemList } from '../../ui/problem-list.js';

const SHAPES: Record<PasteShape, Extract<CaptureGuideKey, `shape${string}`>> = {
  'delivery-email': 'shapeDelivery',
  bind: 'shapeBind',
  'panel-diagnostic': 'shapeDiagnostic',
  'm365-table': 'shapeM365',
};

/**
 * Pasted text → what it says, shown in full (shape, domain, service, each value and its
 * source, the records) BEFORE anything is used; "Use" stores it as the domain's setup.
 */
export function PasteBox({ domain, serviceId, onUsed }: { domain: string; serviceId: string; onUsed(setup: Setup, capture: Capture): void }) {
  const { lang, announce } = useContext(Ui);
  const t = captureGuideText(lang);
  const [text, setText] = useState('');
  const [result, setResult] = useState<PasteResult | null>(null);
  const [error, setError] = useState<PasteResult | null>(null);
  // "Use" and "Discard" remove the block they sit in: the focus goes back to the text box, not to <body>.
  const textBox = useRef<HTMLTextAreaElement>(null);

  const read = () => {
    const parsed = parsePaste(text, { domain, service: serviceId });
    setResult(parsed.ok ? parsed : null);
    setError(parsed.ok ? null : parsed);
  };
  const use = async () => {
    if (!result?.ok) return;
    try {
      const stored = await send('capture', { capture: result.capture });
      onUsed(stored.setup, stored.capture);
      announce(t('pasteUsed', { domain: stored.setup.domain }));
      setResult(null);
      setText('');
      textBox.current?.focus();
    } catch (caught) {
      const localized = (caught as { localized?: { en: string; fr: string } }).localized;
      setError({ ok: false, problem: localized ?? { en: String(caught), fr: String(caught) } });
    }
  };

  return (
    <section aria-labelledby="paste-heading" class="paste-box">
      {/* Folded: needed once per setup at most; the fold keeps the pasted text while closed. */}
      <Disclosure id="fold-paste" summary={<h2 id="paste-heading">{t('pasteHeading')}</h2>}>
        <div class="field">
          <label for="paste-text">{t('pasteLabel')}</label>
          <textarea ref={textBox} id="paste-text" rows={4} class="mono" value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="button" id="paste-read" disabled={text.trim() === ''} onClick={read}>
            {t('pasteRead')}
          </button>
        </div>
        {error && !error.ok && <ProblemList problems={[error.problem]} />}
        {result?.ok && (
          <div class="paste-understood" id="paste-understood">
            <p>{t('pasteUnderstood')}</p>
            <p>
              {t('pasteShape', {
                shape: t(SHAPES[result.shape]),
                domain: result.capture.domain,
                service: serviceName(result.capture.service, lang),
              })}
            </p>
            <CapturedValues capture={result.capture} />
            {result.records.length > 0 && (
              <>
                <h3>{t('pasteRecords')}</h3>
                <ul class="mono paste-records">
                  {result.records.map((record, index) => (
                    <li key={index}>{formatRecordLine(record)}</li>
                  ))}
                </ul>
              </>
            )}
            {result.notes.length > 0 && (
              <ul class="help">
                {result.notes.map((note, index) => (
                  <li key={index}>{note[lang]}</li>
                ))}
              </ul>
            )}
            <div class="actions">
              <button type="button" id="paste-use" onClick={() => void use()}>
                {t('pasteUse')}
              </button>
              <button type="button" onClick={() => (setResult(null), textBox.current?.focus())}>
                {t('pasteDiscard')}
              </button>
            </div>
          </div>
        )}
      </Disclosure>
    </section>
  );
}

/** Each captured value with where it came from ("read from the control panel's SRV wizard", "pasted"). */
export function CapturedValues({ capture, heading }: { capture: Capture | null; heading?: boolean }) {
  const { lang } = useContext(Ui);
  const entries = capture ? Object.entries(capture.vars) : [];
  if (entries.length === 0) return null;
  return (
    <div class="captured-values">
      {heading && <h2>{captureGuideText(lang)('capturedHeading')}</h2>}
      <dl>
        {entries.map(([name, { value, source }]) => (
          <div key={name} class="captured" data-var={name}>
            <dt class="mono">{name}</dt>
            <dd>
              <span class="mono">{value}</span> — <span class="source">{CAPTURE_SOURCE_LABELS[source][lang]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import { useContext, useRef, useState } from 'preact/hooks';
import type { Localized } from '../../i18n/lang.js';
import { LocalizedError } from '../../lib/localized-error.js';
import type { Setup } from '../../services/desired.js';
import { expandService } from '../../services/expand.js';
import { encodeShareCode, readShareCode } from '../../share/share-code.js';
import { copyText } from '../clipboard.js';
import { Ui, useText, useTextOf } from '../../ui/ui-context.js';
import { Disclosure } from './disclosure.js';
import { ProblemList } from '../../ui/problem-list.js';
import { shareText } from './share-text.js';
import { loadUts46 } from '../../records/names/uts46.js';

/** "Share" copies a DSA2 code of the setup; a pasted code (or text holding one) is applied only when it is valid. */
export function ShareBox({ setup, onApply }: { setup: Setup | null; onApply(setup: Setup): void }) {
  const t = useText();
  const l = useTextOf(shareText);
  const { announce, lang } = useContext(Ui);
  const [code, setCode] = useState('');
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<Localized[]>([]);
  // Applying empties the field, which disables its button: the focus stays in the field instead of falling to <body>.
  const pasteField = useRef<HTMLInputElement>(null);

  const share = async () => {
    if (!setup) return;
    let next: string;
    try {
      next = encodeShareCode(setup);
    } catch (error) {
      // A value longer than any code carries (never in real setups): said, not a broken code.
      if (error instanceof LocalizedError) return announce(error.text[lang]);
      throw error;
    }
    setCode(next);
    announce((await copyText(next)) ? t('copied', { what: l('shareCopied') }) : t('copyFailed'));
  };
  const apply = async () => {
    // The code's domain is read before it is known: the names table comes along.
    await loadUts46();
    const decoded = readShareCode(pasted);
    if (!decoded.ok) return setProblems([decoded.problem]);
    const expanded = expandService(decoded.setup.service, decoded.setup.domain, decoded.setup.vars);
    if (!expanded.ok) return setProblems(expanded.problems);
    setProblems([]);
    setPasted('');
    pasteField.current?.focus();
    onApply(decoded.setup);
    announce(t('applied'));
  };

  return (
    <section aria-labelledby="share-heading" class="share-box">
      {/* Folded: a support tool, rarely needed by the customer; the fold keeps a pasted code while closed. */}
      <Disclosure id="fold-share" summary={<h2 id="share-heading">{l('shareHeading')}</h2>}>
        <div class="actions">
          <button type="button" id="share" disabled={!setup} onClick={share}>
            {l('shareButton')}
          </button>
        </div>
        {code && (
          <div class="field">
            <label for="share-code">{l('shareCode')}</label>
            <input id="share-code" class="mono" readOnly value={code} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            void apply();
          }}
        >
          <label for="paste-code">{l('pasteLabel')}</label>
          <div class="inline">
            <input
              ref={pasteField}
              id="paste-code"
              class="mono"
              autoComplete="off"
              spellcheck={false}
              value={pasted}
              aria-invalid={problems.length > 0}
              aria-describedby="paste-problems"
              onInput={(event) => setPasted(event.currentTarget.value)}
            />
            <button type="submit" disabled={pasted.trim() === ''}>
              {l('pasteApply')}
            </button>
          </div>
          <ProblemList id="paste-problems" intro={t('codeRefused')} problems={problems} />
        </form>
      </Disclosure>
    </section>
  );
}

import { useContext, useState } from 'preact/hooks';
import type { Localized } from '../../i18n/lang.js';
import type { Setup } from '../../services/desired.js';
import { expandService } from '../../services/expand.js';
import { Ui, useText } from '../../ui/ui-context.js';
import { ProblemList } from '../../ui/problem-list.js';
import { loadUts46 } from '../../records/names/uts46.js';

/**
 * "Customer's code", in view when the UI opens without a setup: a support agent pastes what the
 * customer sent (the code alone, or the whole message, over several lines) and Enter opens it.
 * The code reader loads on the first use, not with the popup.
 */
export function CustomerCode({ onApply }: { onApply(setup: Setup): void }) {
  const t = useText();
  const { announce } = useContext(Ui);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Localized[]>([]);
  const open = async () => {
    // The code's domain is read before it is known: the names table comes along.
    const [{ readShareCode }] = await Promise.all([import('../../share/share-code.js'), loadUts46()]);
    const decoded = readShareCode(text);
    if (!decoded.ok) return setProblems([decoded.problem]);
    const expanded = expandService(decoded.setup.service, decoded.setup.domain, decoded.setup.vars);
    if (!expanded.ok) return setProblems(expanded.problems);
    setProblems([]);
    setText('');
    onApply(decoded.setup);
    announce(t('applied'));
  };
  return (
    <form
      class="field customer-code"
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <label for="customer-code">{t('customerCode')}</label>
      <div class="inline">
        {/* A textarea: a message pasted over several lines keeps its lines (a code split across them is still found). */}
        <textarea
          id="customer-code"
          class="mono"
          rows={1}
          spellcheck={false}
          value={text}
          aria-invalid={problems.length > 0}
          aria-describedby="customer-code-help customer-code-problems"
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter opens the code; Shift+Enter adds a line.
            if (event.key !== 'Enter' || event.shiftKey) return;
            event.preventDefault();
            if (text.trim() !== '') void open();
          }}
        />
        <button type="submit" disabled={text.trim() === ''} aria-describedby="customer-code-help">
          {t('customerCodeOpen')}
        </button>
      </div>
      <p class="help" id="customer-code-help">
        {t('customerCodeHelp')}
      </p>
      <ProblemList id="customer-code-problems" intro={t('codeRefused')} problems={problems} />
    </form>
  );
}

import { useContext } from 'preact/hooks';
import { copyText } from '../clipboard.js';
import { Ui, useText, useTextOf } from '../../ui/ui-context.js';
import { laterText } from '../../ui/later-text.js';

/** One click, one field copied; the status line says what was copied. */
export function CopyButton({ value, label, what, children }: { value: string; label: string; what?: string; children?: preact.ComponentChildren }) {
  const { announce } = useContext(Ui);
  const t = useText();
  const l = useTextOf(laterText);
  return (
    <button
      type="button"
      class="copy"
      aria-label={label}
      title={label}
      onClick={async () => announce((await copyText(value)) ? t('copied', { what: what ?? value }) : t('copyFailed'))}
    >
      {children ?? l('copy')}
    </button>
  );
}

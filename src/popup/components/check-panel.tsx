import type { CheckState } from '../../messages/types.js';
import { useText } from '../../ui/ui-context.js';

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

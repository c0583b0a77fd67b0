import { useContext } from 'preact/hooks';
import { copyText, downloadText } from '../clipboard.js';
import { Ui, useText, useTextOf } from '../../ui/ui-context.js';
import { laterText } from '../../ui/later-text.js';
import { Disclosure } from './disclosure.js';

/** The records as BIND zone-file lines: copy for a support ticket, or download to import. */
export function ZoneExport({ zoneText, domain }: { zoneText: string; domain: string }) {
  const t = useText();
  const l = useTextOf(laterText);
  const { announce } = useContext(Ui);
  return (
    <Disclosure id="fold-zone" class="zone" summary={l('zoneHeading')}>
      <textarea readOnly rows={8} wrap="off" spellcheck={false} aria-label={l('zoneLabel', { domain })} class="mono zone-text" value={zoneText} />
      <div class="actions">
        <button type="button" onClick={async () => announce((await copyText(zoneText)) ? t('copied', { what: l('zoneHeading') }) : t('copyFailed'))}>
          {l('zoneCopy')}
        </button>
        <button type="button" onClick={() => downloadText(`${domain}.zone`, zoneText)}>
          {l('zoneDownload')}
        </button>
      </div>
    </Disclosure>
  );
}

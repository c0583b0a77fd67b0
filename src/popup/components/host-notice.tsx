import { useContext } from 'preact/hooks';
import type { DnsHost } from '../../dns/dns-host.js';
import { hostNotice, type EditorPage } from '../../dns/host-notice.js';
import { Ui } from '../../ui/ui-context.js';

interface Props {
  domain: string;
  /** The check's `dnsHost` (absent in results stored by older versions: nothing is said then). */
  host: DnsHost | null | undefined;
  /** The DNS editor open in the tab, when there is one. */
  editor?: EditorPage;
}

/**
 * Who serves the zone, a link to its DNS page, and a warning when the open editor is another
 * company's (or of unknown ownership). Self-contained: it can be mounted anywhere the check's
 * report is at hand. All text is rendered as text, never as HTML.
 */
export function HostNotice({ domain, host, editor }: Props) {
  const { lang } = useContext(Ui);
  if (host === undefined) return null;
  const notice = hostNotice(domain, host, editor);
  return (
    <div class="host-notice" data-host-id={host?.id ?? ''}>
      <p class="help">
        {notice.servedBy[lang]}
        {notice.dnsPage && (
          <>
            {' '}
            <a href={notice.dnsPage.url} target="_blank" rel="noopener noreferrer">
              {notice.dnsPage.label[lang]}
            </a>
            {notice.dnsPage.inferred && <span class="muted"> ({notice.dnsPage.inferred[lang]})</span>}
          </>
        )}
      </p>
      {notice.warning && (
        <p class="notice warning" role="alert">
          {notice.warning[lang]}
        </p>
      )}
    </div>
  );
}

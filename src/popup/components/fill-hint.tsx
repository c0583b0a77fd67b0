import { useContext } from 'preact/hooks';
import type { PageInfo } from '../../sites/types.js';
import { Ui } from '../../ui/ui-context.js';
import { pageKindLabel } from '../page-kind-labels.js';
import { captureGuideText } from './capture-guide-text.js';

/** Where the page has no DNS editor, one line says where to fill in instead (the fill section's place). */
export function FillHint({ page, domain }: { page: PageInfo; domain: string }) {
  const { lang } = useContext(Ui);
  const t = captureGuideText(lang);
  return (
    <p class="notice fill-hint">
      {t(page.adapterId === 'ovh-email-panel' ? 'fillHintPanel' : 'fillHintOther', { page: pageKindLabel(page, lang), domain: domain || t('yourDomain') })}
    </p>
  );
}

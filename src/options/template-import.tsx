import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../ext/browser.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { ProblemList } from '../ui/problem-list.js';
import { dcServiceId } from '../services/domain-connect/service-id.js';
import type { DcTemplate } from '../services/domain-connect/template-types.js';
import { importTemplate, loadImportedTemplates, removeImportedTemplate } from '../storage/imported-templates.js';
import { optionsText } from './options-text.js';

/**
 * Import a Domain Connect template file (validated as hostile input) into storage.local, and the
 * list of imported ones with a remove button each. The popup, background and filler read them
 * from there (storage/imported-templates.ts).
 */
export function TemplateImport({ lang }: { lang: Lang }) {
  const [templates, setTemplates] = useState<DcTemplate[]>([]);
  const [problems, setProblems] = useState<Localized[]>([]);
  const [status, setStatus] = useState('');
  const t = optionsText(lang);
  const area = extensionApi().storage.local;

  useEffect(() => void loadImportedTemplates(area).then(setTemplates), []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    // Read as text whatever its size: parseTemplate refuses more than 64 KB with a sentence.
    const result = await importTemplate(area, await file.slice(0, 65_537).text());
    input.value = '';
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    setTemplates(await loadImportedTemplates(area));
    setStatus(t('templateImported', { name: result.template.serviceName, id: dcServiceId(result.template) }));
  };

  const remove = async (template: DcTemplate) => {
    await removeImportedTemplate(area, dcServiceId(template));
    setTemplates(await loadImportedTemplates(area));
    setStatus(t('templateRemoved', { name: template.serviceName }));
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('templatesHeading')}</h2>
      <p class="help">{t('templatesHint')}</p>
      <ProblemList problems={problems} />
      {templates.length === 0 ? (
        <p>{t('templatesNone')}</p>
      ) : (
        <ul class="templates">
          {templates.map((template) => (
            <li key={dcServiceId(template)} class="inline">
              <span>{template.serviceName}</span> <code class="mono">{dcServiceId(template)}</code>
              <button type="button" aria-label={t('templateRemove', { name: template.serviceName })} onClick={() => void remove(template)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="template-file">{t('templateFile')}</label>
        <input id="template-file" type="file" accept=".json,application/json" onChange={(event) => void onFile(event.currentTarget)} />
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

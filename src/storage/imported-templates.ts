import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { parseTemplate, readTemplate } from '../services/domain-connect/parse-template.js';
import { dcServiceId } from '../services/domain-connect/service-id.js';
import type { DcTemplate } from '../services/domain-connect/template-types.js';
import { serviceFromTemplate } from '../services/domain-connect/template-service.js';
import { useImportedServices } from '../services/index.js';
import type { StorageAreaLike } from './area.js';
import { TEMPLATES_KEY } from './templates-key.js';

export { TEMPLATES_KEY };

/**
 * Domain Connect templates the user imported on the options page, in storage.local (a template
 * is up to 64 KB, beyond storage.sync's quota per item). Each is validated again on load: storage
 * is not trusted to hold what was written.
 */
export const MAX_IMPORTED_TEMPLATES = 20;

export async function loadImportedTemplates(area: StorageAreaLike): Promise<DcTemplate[]> {
  const stored = (await area.get(TEMPLATES_KEY))[TEMPLATES_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const read = readTemplate(value);
    return read.ok ? [read.template] : [];
  });
}

/** Reads the file's text; a template of the same service id replaces the one stored. */
export async function importTemplate(area: StorageAreaLike, text: string): Promise<{ ok: true; template: DcTemplate } | { ok: false; problems: Localized[] }> {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const id = dcServiceId(parsed.template);
  const others = (await loadImportedTemplates(area)).filter((t) => dcServiceId(t) !== id);
  if (others.length >= MAX_IMPORTED_TEMPLATES) {
    return {
      ok: false,
      problems: [localized({
        en: `{MAX_IMPORTED_TEMPLATES} templates are imported already: remove one you no longer use, then import again.`,
        fr: `{MAX_IMPORTED_TEMPLATES} modèles sont déjà importés : retirez-en un dont vous ne vous servez plus, puis importez de nouveau.`,
      }, { MAX_IMPORTED_TEMPLATES })],
    };
  }
  await area.set({ [TEMPLATES_KEY]: [...others, parsed.template] });
  return { ok: true, template: parsed.template };
}

export async function removeImportedTemplate(area: StorageAreaLike, serviceId: string): Promise<void> {
  const kept = (await loadImportedTemplates(area)).filter((t) => dcServiceId(t) !== serviceId);
  await area.set({ [TEMPLATES_KEY]: kept });
}

/** The stored templates handed to the catalog, so this context finds them like built-in services. */
export async function useStoredTemplates(area: StorageAreaLike): Promise<DcTemplate[]> {
  const templates = await loadImportedTemplates(area);
  useImportedServices(templates.map(serviceFromTemplate));
  return templates;
}

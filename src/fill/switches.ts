import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';
import type { SwitchSetting } from './editor-spec.js';
import { collectRoots, type QueryRoot } from './deep-query.js';
import { press } from './events.js';
import { locate } from './locate.js';
import { waitFor, waitForQuiet } from './settle.js';

/** On or off, as the control says it: a checkbox's `checked`, else ARIA's `aria-checked` / `aria-pressed`. */
export function switchIsOn(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return (element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed')) === 'true';
}

const show = (record: DnsRecord) => `${record.type} ${record.name}`;

const missing = (record: DnsRecord, setting: SwitchSetting): Localized => localized({
  en: `The {name} switch was not found in the form for {record}: set it to {state} yourself before saving.`,
  fr: `Le bouton {name} est introuvable dans le formulaire pour {record} : mettez-le sur {state} vous-même avant d’enregistrer.`,
}, { name: setting.name, record: show(record), state: setting.on ? localized({ en: 'on', fr: 'activé' }) : localized({ en: 'off', fr: 'désactivé' }) });

const stuck = (record: DnsRecord, setting: SwitchSetting): Localized => localized({
  en: `The {name} switch for {record} did not turn {state}: set it yourself before saving.`,
  fr: `Le bouton {name} pour {record} n’est pas passé sur {state} : réglez-le vous-même avant d’enregistrer.`,
}, { name: setting.name, record: show(record), state: setting.on ? localized({ en: 'on', fr: 'activé' }) : localized({ en: 'off', fr: 'désactivé' }) });

/**
 * Puts every switch the site's form has for this record in the state the record needs (mail
 * names must not go through Cloudflare's proxy), clicking a switch only when it is not already
 * so, like a person would. Undefined when all are set, else a sentence saying which is not.
 */
export async function setSwitches(record: DnsRecord, settings: readonly SwitchSetting[], root: QueryRoot): Promise<Localized | undefined> {
  for (const setting of settings) {
    // Styled switches often hide their checkbox behind a drawn track: hidden controls count.
    const find = () => locate(setting.locator, root) ?? locate(setting.locator, root, { includeHidden: true });
    const element = find();
    if (!element) return missing(record, setting);
    if (switchIsOn(element) === setting.on) continue;
    press(element);
    await waitForQuiet(collectRoots(root), 20, 600);
    // Re-queried: the site may have re-rendered the switch (a new element) when it flipped.
    const flipped = await waitFor(() => {
      const again = find();
      return again !== undefined && switchIsOn(again) === setting.on;
    }, 1000);
    if (!flipped) return stuck(record, setting);
  }
  return undefined;
}

/**
 * The generic driver on a TTL choice with no durations but a custom entry (« Par défaut » /
 * « Personnalisé »), in real Chromium: the seconds box the custom entry brings is waited for
 * until it shows (a panel may ask its server first), not for a fixed quiet moment, then typed.
 */
import { expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

test('a seconds box shown a moment after « Personnalisé » is chosen gets the TTL', async () => {
  const result = await page.evaluate(async () => {
    document.body.innerHTML = `<form id="add"><label>Type <select><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select></label>
      <label>Sous-domaine <input name="host"></label><label>Cible <input name="value"></label>
      <button type="button" id="ttl" role="combobox" aria-label="TTL" aria-expanded="false" aria-controls="ttl-list">Par défaut</button>
      <div id="ttl-list" role="listbox" hidden><div role="option">Par défaut</div><div role="option">Personnalisé</div></div>
      <div id="custom"></div><button type="button">Ajouter</button></form>`;
    const trigger = document.getElementById('ttl')!;
    const list = document.getElementById('ttl-list')!;
    window.__fillEngine.scriptCombobox(trigger, list, {
      closeOnChoice: true,
      closeOnEscape: false,
      onChoice(text) {
        // The panel asks its server for the allowed range before it draws the box.
        if (text === 'Personnalisé') setTimeout(() => (document.getElementById('custom')!.innerHTML = '<label>Durée de vie (secondes) <input name="seconds"></label>'), 300);
      },
    });
    const driver = new window.__fillEngine.RecordDriver(() => () => false);
    const outcome = await driver.fill(document, { type: 'A', name: 'mail.example.com', ttl: 3600, value: '203.0.113.10' }, 'example.com', new Set());
    return { ok: outcome.ok, seconds: document.querySelector<HTMLInputElement>('[name=seconds]')?.value, choice: trigger.textContent };
  });
  expect(result).toEqual({ ok: true, seconds: '3600', choice: 'Personnalisé' });
});

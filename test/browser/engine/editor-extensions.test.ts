/**
 * The EditorSpec additions the site adapters asked for, in real Chromium: buttons known by their
 * words, an apex host on a form without a host field, on/off switches, and a wizard whose last
 * step is still open (not a save).
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

const TYPE_SELECT = `<select id="type"><option>A</option><option>MX</option><option>SRV</option></select>`;

async function setBody(html: string): Promise<void> {
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
  }, html);
}

describe('{ text } locators: buttons and links by their words', () => {
  test('finds the visible clickable whose words match, never a field or a plain text with the same words', async () => {
    await setBody(`<label>Ajouter <input id="field"></label><span>Ajouter</span><button id="hidden" style="display:none">Add record</button>
      <a href="#" id="link"> + Add
        record </a><input type="submit" id="submit" value="Ajouter"><button id="edit">⚙ Edit record</button>`);
    const found = await page.evaluate(() => {
      const e = window.__fillEngine;
      return [
        e.locate([{ text: /^\+?\s*add record$/i }], document)?.id,
        e.locate([{ text: /^ajouter$/i }], document)?.id,
        e.locate(['#nothing', { text: /edit record$/i }], document)?.id,
        e.locateAll([{ text: /record$/i }], document).map((element) => element.id),
      ];
    });
    expect(found).toEqual(['link', 'submit', 'edit', ['link', 'edit']]);
  });
});

describe('an apex host on a form without a host field', () => {
  const SRV_FORM = `${TYPE_SELECT}<input id="service"><input id="protocol"><input id="target"><input id="priority"><input id="weight"><input id="port">`;
  const fill = (name: string) =>
    page.evaluate(async (owner) => {
      const e = window.__fillEngine;
      const conventions = { apex: '@', host: 'relative', targetDot: false, srv: 'split-fields', txtQuoted: false, ttl: {} } as const;
      const editor = window.__fillEngine.testEditor({
        conventions,
        fields: () => ({ service: ['#service'], protocol: ['#protocol'], value: ['#target'], priority: ['#priority'], weight: ['#weight'], port: ['#port'] }),
      });
      const record = { type: 'SRV', name: owner, ttl: 3600, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 } as const;
      const { fields } = e.toSiteFields(record, 'example.com', conventions);
      const result = await e.fillRecord(editor, document, record, fields, 'example.com');
      const values = ['service', 'protocol', 'target', 'port'].map((id) => (document.getElementById(id) as HTMLInputElement).value);
      return { ok: result.ok, problem: result.ok ? undefined : result.problem.en, values };
    }, name);

  test('is left out: the SRV at the apex is filled', async () => {
    await setBody(SRV_FORM);
    expect(await fill('_autodiscover._tcp.example.com')).toEqual({ ok: true, problem: undefined, values: ['_autodiscover', '_tcp', 'ex5.mail.ovh.net', '443'] });
  });

  test('any other host cannot be written there: the run stops before typing anything, and says why', async () => {
    await setBody(SRV_FORM);
    const result = await fill('_autodiscover._tcp.mail.example.com');
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/has no name field: it adds SRV records at the zone's apex only/);
    expect(result.values).toEqual(['', '', '', '']);
  });
});

describe('switches set after the fields', () => {
  test('a checked proxy checkbox and an ARIA switch are turned to the wanted state; one already right is left alone', async () => {
    await setBody(`${TYPE_SELECT}<input id="host"><input id="value">
      <input type="checkbox" id="proxied" checked>
      <button role="switch" id="ipv6" aria-checked="false">IPv6</button>
      <button role="switch" id="same" aria-checked="true">Same</button>`);
    const result = await page.evaluate(async () => {
      const clicks: string[] = [];
      for (const id of ['ipv6', 'same']) {
        const button = document.getElementById(id)!;
        button.addEventListener('click', () => {
          clicks.push(id);
          button.setAttribute('aria-checked', String(button.getAttribute('aria-checked') !== 'true'));
        });
      }
      const editor = window.__fillEngine.testEditor({
        switches: () => [
          { name: { en: 'proxy status', fr: 'statut du proxy' }, locator: ['#proxied'], on: false },
          { name: { en: 'IPv6', fr: 'IPv6' }, locator: ['#ipv6'], on: true },
          { name: { en: 'same', fr: 'même' }, locator: ['#same'], on: true },
        ],
      });
      const record = { type: 'A', name: 'mail.example.com', ttl: 3600, value: '203.0.113.10' } as const;
      const filled = await window.__fillEngine.fillRecord(editor, document, record, { host: 'mail', value: '203.0.113.10' }, 'example.com');
      return { ok: filled.ok, proxied: (document.getElementById('proxied') as HTMLInputElement).checked, ipv6: document.getElementById('ipv6')!.getAttribute('aria-checked'), clicks };
    });
    expect(result).toEqual({ ok: true, proxied: false, ipv6: 'true', clicks: ['ipv6'] });
  });

  test('a switch that is not there stops the run with a sentence naming it', async () => {
    await setBody(`${TYPE_SELECT}<input id="host"><input id="value">`);
    const problem = await page.evaluate(async () => {
      const editor = window.__fillEngine.testEditor({ switches: () => [{ name: { en: 'proxy status', fr: 'statut du proxy' }, locator: ['#proxied'], on: false }] });
      const record = { type: 'A', name: 'mail.example.com', ttl: 3600, value: '203.0.113.10' } as const;
      const filled = await window.__fillEngine.fillRecord(editor, document, record, { host: 'mail', value: '203.0.113.10' }, 'example.com');
      return filled.ok ? undefined : filled.problem.en;
    });
    expect(problem).toMatch(/proxy status switch was not found.*set it to off yourself/);
  });
});

describe('a save still pending', () => {
  test('while the wizard is open with its form gone, the record is not taken for saved; once it closes, it is', async () => {
    await setBody(`<div class="wizard"><div id="form">${TYPE_SELECT}<input id="host"><input id="value"></div></div><ul id="rows"></ul>`);
    const phases = await page.evaluate(async () => {
      const e = window.__fillEngine;
      const editor = window.__fillEngine.testEditor({
        commit: { kind: 'save', button: ['#confirm'], pending: ['.wizard'] },
        readRows: (doc) => [...doc.querySelectorAll('#rows li')].map((li) => ({ type: 'A' as const, name: li.textContent!, ttl: 3600, value: '203.0.113.10' })),
      });
      const set = e.expandService('exchange-onprem', 'example.com', { ip: '203.0.113.10' });
      if (!set.ok) throw new Error('setup');
      const only = set.set.records.filter((record) => record.type === 'A').slice(0, 1);
      const plan = e.planFill({ ...set.set, records: only }, [], editor.capabilities, editor.conventions, {});
      const seen: string[] = [];
      const run = e.runFill({ document, editor, plan, options: {}, onProgress: (progress) => seen.push(progress.phase), saveTimeoutMs: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // « Suivant »: the form step is gone, the summary shows, nothing saved yet.
      document.getElementById('form')!.remove();
      await new Promise((resolve) => setTimeout(resolve, 700));
      const beforeConfirm = [...seen];
      // « Valider »: the wizard closes and the row appears.
      document.querySelector('.wizard')!.remove();
      const li = document.createElement('li');
      li.textContent = only[0]!.name;
      document.getElementById('rows')!.append(li);
      await run;
      return { beforeConfirm, after: seen };
    });
    expect(phases.beforeConfirm).toEqual(['filling', 'awaiting-save']);
    expect(phases.after).toEqual(['filling', 'awaiting-save', 'saved', 'done']);
  });
});

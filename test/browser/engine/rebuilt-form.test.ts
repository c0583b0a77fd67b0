/**
 * The generic driver on a form that rebuilds itself after a field is typed (a framework re-render:
 * new elements, one of them drawn empty): every field is found again by its label inside the form
 * and read back, the lost one typed again; never a value left in an element no longer shown.
 */
import { expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

test('a field lost to a rebuild after the port is typed is found again by its label and typed again', async () => {
  const result = await page.evaluate(async () => {
    const state: Record<string, string> = {};
    const labels = ['Priority', 'Weight', 'Port', 'Target'];
    const draw = (lose: string) => {
      const fields = labels.map((label) => `<label>${label} <input name="${label}" value="${label === lose ? '' : state[label] ?? ''}"></label>`).join('');
      document.getElementById('fields')!.innerHTML = fields;
    };
    document.body.innerHTML = `<form id="add"><label>Type <select><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option><option>SRV</option></select></label>
      <label>Name <input name="name"></label><div id="fields"></div><button type="button">Save</button></form>`;
    draw('');
    let rebuilt = false;
    document.getElementById('add')!.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      state[input.name] = input.value;
      // The page draws its fields anew once the port is known, and forgets the target on the way.
      if (input.name === 'Port' && !rebuilt) setTimeout(() => ((rebuilt = true), draw('Target')), 0);
    });
    const driver = new window.__fillEngine.RecordDriver(() => () => false);
    const record = { type: 'SRV' as const, name: '_autodiscover._tcp.example.com', ttl: 3600, value: 'mail.example.net', priority: 0, weight: 0, port: 443 };
    const outcome = await driver.fill(document, record, 'example.com', new Set());
    const shown = Object.fromEntries([...document.querySelectorAll('input')].map((input) => [input.name, input.value]));
    return { ok: outcome.ok, rebuilt, shown };
  });
  expect(result.rebuilt).toBe(true);
  expect(result.ok).toBe(true);
  expect(result.shown).toEqual({ name: '_autodiscover._tcp', Priority: '0', Weight: '0', Port: '443', Target: 'mail.example.net' });
});

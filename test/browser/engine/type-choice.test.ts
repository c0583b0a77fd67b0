/**
 * The generic driver's type control, in real Chromium: record types as tabs (WAI-ARIA Tabs:
 * role=tablist/tab, the chosen one aria-selected) above one form whose fields change with the tab.
 */
import { expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

test('type tabs: the record\'s tab is selected (aria-selected), then the fields of its panel are read', async () => {
  const result = await page.evaluate(async () => {
    const fields = (type: string) => `<label>Name <input></label>${type === 'MX' ? '<label>Priority <input></label>' : ''}<label>${type === 'MX' ? 'Mail server' : 'IPv4 address'} <input></label>`;
    document.body.innerHTML = `<form id="create"><div role="tablist" aria-label="Record type">${['A', 'AAAA', 'CNAME', 'MX', 'TXT'].map((type) => `<div role="tab" tabindex="-1" aria-selected="${type === 'A'}">${type}</div>`).join('')}</div><div role="tabpanel" id="panel">${fields('A')}</div></form>`;
    for (const tab of document.querySelectorAll('[role=tab]')) {
      // As tab libraries do: the tab selects on press, its panel shows that type's fields.
      tab.addEventListener('pointerdown', () => {
        document.querySelectorAll('[role=tab]').forEach((other) => other.setAttribute('aria-selected', String(other === tab)));
        document.getElementById('panel')!.innerHTML = fields(tab.textContent!);
      });
    }
    const engine = window.__fillEngine;
    const form = engine.findOpenForm(document)!;
    const chosen = await engine.chooseRecordType(form.type, 'MX');
    return { kind: form.type.kind, scope: form.scope.id, chosen, read: engine.readOpenForm()?.fields };
  });
  expect(result).toEqual({ kind: 'buttons', scope: 'create', chosen: true, read: { host: 'INPUT text Name', priority: 'INPUT text Priority', value: 'INPUT text Mail server' } });
});

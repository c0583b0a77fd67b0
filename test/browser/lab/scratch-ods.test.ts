import { afterAll, beforeAll, inject, test } from 'vitest';
import { fillEngineScript } from '../engine/engine-bundle.js';
import '../engine/engine-page.js';
import { listLabSites } from '../../fixtures/sites/kit/fixture-sites.js';
import { launchLabBrowser, type LabBrowser } from './lab-browser.js';

let lab: LabBrowser;
beforeAll(async () => { lab = await launchLabBrowser(inject('dns')); }, 120_000);
afterAll(() => lab?.close());

test('ods type', async () => {
  const site = listLabSites().find((l) => l.id === (process.env.SITE ?? 'ods'))!;
  const page = await (await lab.newContext()).newPage();
  await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixture !== undefined);
  await page.addScriptTag({ content: await fillEngineScript() });
  const out = await page.evaluate(async () => {
    const e = window.__fillEngine as any;
    const form = await e.openAddForm(document);
    const control = form.type.element;
    const log: unknown[] = [control.outerHTML.slice(0, 300)];
    const chosen = await e.chooseRecordType(form.type, 'MX');
    log.push({ chosen, connected: control.isConnected, expanded: control.getAttribute('aria-expanded'), choice: e.shownChoice?.(control), html: control.outerHTML.slice(0, 300), active: document.activeElement?.outerHTML.slice(0, 200) });
    return log;
  });
  console.log(JSON.stringify(out, null, 1));
}, 120_000);

/**
 * Fill measurements (printed, not asserted), in headless Chromium without the extension:
 * - detection: the generic filler deciding "this is a DNS form" on a zone page of 5,000 rows
 *   (target ≤ 5 ms, median);
 * - fill: the engine filling the whole Hosted Exchange set into the generic fixture (shadow DOM),
 *   divided by a scripted Playwright fill of the same fields (target ≤ 1.5×). Saves are clicked
 *   between records and not counted in either.
 * Run alone with `npx tsx bench/fill-bench.ts`, or call benchFill() from bench/run.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { SiteFields } from '../src/fill/types.js';
import type { DnsRecord } from '../src/records/types.js';
import { BUILT_SITES_DIR } from '../test/fixtures/sites/kit/fixture-sites.js';
import { requireBinary } from '../test/support/require-binary.js';
import { fillEngineScript } from '../test/browser/engine/engine-bundle.js';
import type { FillEngine } from '../test/browser/engine/engine-entry.js';

declare global {
  interface Window {
    __fillEngine: FillEngine;
  }
}

const ROUNDS = 5;
const ORIGIN = 'https://panel.unknown-host.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function zonePage(rows: number): string {
  const types = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];
  const body = Array.from({ length: rows }, (_, i) => {
    const type = types[i % types.length]!;
    return `<tr><td>${type}</td><td>host${i}</td><td>${type === 'A' ? `192.0.2.${i % 250}` : `target${i}.example.net`}</td><td>${type === 'MX' ? 10 : ''}</td><td>3600</td><td><button>Edit</button></td></tr>`;
  }).join('');
  return `<main><h1>DNS records of example.com</h1>
    <form><label for="t">Type</label><select id="t">${types.map((t) => `<option>${t}</option>`).join('')}</select>
    <label for="h">Host name</label><input id="h"><label for="v">Points to</label><input id="v"><button>Save</button></form>
    <table><thead><tr><th>Type</th><th>Host</th><th>Value</th><th>Priority</th><th>TTL</th><th></th></tr></thead><tbody>${body}</tbody></table></main>`;
}

async function detectionMs(page: Page): Promise<number> {
  await page.setContent(zonePage(5000));
  await page.addScriptTag({ content: await fillEngineScript() });
  return page.evaluate(() => {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const started = performance.now();
      if (!window.__fillEngine.buildGenericEditor(document, 'example.com')) throw new Error('The 5,000-row page was not detected as a DNS form.');
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[10]!;
  });
}

async function openFixture(page: Page): Promise<void> {
  await page.goto(`${ORIGIN}/domains/example.com/zone`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  await page.addScriptTag({ content: await fillEngineScript() });
}

const saveButton = (page: Page) => page.locator('zone-record-editor').getByRole('button', { name: 'Save record' });

interface Planned {
  record: DnsRecord;
  fields: SiteFields;
}

async function planned(page: Page): Promise<Planned[]> {
  return page.evaluate(() => {
    const engine = window.__fillEngine;
    const expanded = engine.expandService('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net', token: 'ab1cd' });
    if (!expanded.ok) throw new Error('set');
    const editor = engine.buildGenericEditor(document, 'example.com')!;
    const plan = engine.planFill(expanded.set, editor.readRows(document, 'example.com'), editor.capabilities, editor.conventions);
    return plan.toAdd.map(({ record, fields }) => ({ record, fields }));
  });
}

/** Engine time per record, measured in the page; the Save click in between is not counted. */
async function engineFillMs(page: Page): Promise<number> {
  await openFixture(page);
  let total = 0;
  for (const item of await planned(page)) {
    total += await page.evaluate(async ({ record, fields }) => {
      const engine = window.__fillEngine;
      const editor = engine.buildGenericEditor(document, 'example.com')!;
      const started = performance.now();
      const result = await engine.fillRecord(editor, document, record, fields, 'example.com');
      if (!result.ok) throw new Error(result.problem.en);
      return performance.now() - started;
    }, item);
    await saveButton(page).click();
  }
  return total;
}

/** The same fields, typed by a Playwright script that knows the form (what a person's macro does). */
async function playwrightFillMs(page: Page): Promise<number> {
  await openFixture(page);
  const form = page.locator('zone-record-editor');
  let total = 0;
  for (const { record, fields } of await planned(page)) {
    const started = performance.now();
    await form.getByLabel('Record type').selectOption(record.type.toLowerCase());
    await form.getByLabel('Host name').fill(fields.host ?? '');
    await form.getByLabel(record.type === 'TXT' ? 'Text value' : 'Points to').fill(fields.value ?? '');
    for (const [role, label] of [['priority', 'Priority'], ['weight', 'Weight'], ['port', 'Port']] as const) {
      if (fields[role] !== undefined) await form.getByLabel(label).fill(fields[role]!);
    }
    await form.getByLabel('TTL (seconds)').fill(fields.ttl ?? '');
    total += performance.now() - started;
    await saveButton(page).click();
  }
  return total;
}

export async function benchFill(): Promise<string[]> {
  if (!existsSync(join(BUILT_SITES_DIR, 'generic', 'index.html'))) spawnSync('npx', ['tsx', 'scripts/build-fixtures.ts', '--only', 'generic'], { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath: requireBinary('chromium', 'chromium'), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    // The fixture files answer for the panel's host; no server, no network.
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = extname(path) ? join(BUILT_SITES_DIR, 'generic', path) : join(BUILT_SITES_DIR, 'generic', 'index.html');
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'text/plain' });
    });
    const page = await context.newPage();
    const detection = await detectionMs(page);
    const engine: number[] = [];
    const scripted: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      engine.push(await engineFillMs(page));
      scripted.push(await playwrightFillMs(page));
    }
    const ratio = median(engine) / median(scripted);
    return [
      `fill: generic detection on a 5,000-row zone page ${detection.toFixed(2)} ms (target ≤ 5 ms)`,
      `fill: Hosted Exchange set, engine ${median(engine).toFixed(0)} ms vs scripted Playwright ${median(scripted).toFixed(0)} ms = ${ratio.toFixed(2)}× (target ≤ 1.5×)`,
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchFill()) console.log(line);
}

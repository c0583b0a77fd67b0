/**
 * Page reader measurements (printed, not asserted), in headless Chromium without the extension,
 * on a 5,000-row zone page with no add form open (the generic reader must recognise it from its
 * listing alone):
 * - recognition (recognizeEditor), median of 21, target ≤ 5 ms, side by side with a baseline
 *   measured in the same page: one pass over every cell's text (`querySelectorAll('td')` and
 *   `textContent`), what any reading of the whole table costs at least;
 * - reading every row into records (readListedRecords), with the same baseline.
 * The same for 5,000 cards (no table semantics), where recognition has to walk the page.
 * Run alone with `npx tsx bench/page-reader-bench.ts`, or call benchPageReader() from bench/run.ts.
 */
import { chromium, type Page } from 'playwright-core';
import { requireBinary } from '../test/support/require-binary.js';
import { pageReaderScript } from '../test/browser/page/reader-script.js';
import type { PageReader } from '../test/browser/page/reader-entry.js';

declare global {
  interface Window {
    __pageReader: PageReader;
  }
}

const ROWS = 5000;
const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];
const data = (type: string, i: number) => (type === 'A' ? `192.0.2.${i % 250}` : type === 'TXT' ? `"v=spf1 include:_spf${i}.example.net ~all"` : `target${i}.example.net`);

function tablePage(): string {
  const body = Array.from({ length: ROWS }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    return `<tr><td>${type}</td><td>host${i}</td><td>${data(type, i)}</td><td>${type === 'MX' ? 10 : ''}</td><td>3600</td><td><button>Edit</button></td></tr>`;
  }).join('');
  return `<main><h1>example.com</h1><button>Add record</button>
    <table><thead><tr><th>Type</th><th>Host</th><th>Value</th><th>Priority</th><th>TTL</th><th></th></tr></thead><tbody>${body}</tbody></table></main>`;
}

function cardsPage(): string {
  const body = Array.from({ length: ROWS }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    return `<article><div><span>${type}</span><h3>host${i}</h3></div><p>${type === 'MX' ? '10 ' : ''}${data(type, i)}</p><p>TTL 3600</p><button>Edit</button></article>`;
  }).join('');
  return `<main><h1>example.com</h1><button>Add record</button><div>${body}</div></main>`;
}

interface Timing {
  recognize: number;
  read: number;
  baseline: number;
}

type Measured = 'recognize' | 'read' | 'baseline';

/** The median time of `what` over `rounds` runs, measured inside the page (no helper functions: tsx would name them). */
function medianMs(page: Page, what: Measured, rounds: number): Promise<number> {
  return page.evaluate(({ what, rounds }) => {
    const reader = window.__pageReader;
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      if (what === 'recognize') reader.recognizeEditor(document);
      else if (what === 'read') reader.readListedRecords(document, 'example.com');
      else [...document.querySelectorAll('td, p, span, h3')].map((cell) => cell.textContent);
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  }, { what, rounds });
}

async function timings(page: Page, html: string): Promise<Timing> {
  await page.setContent(html);
  await page.addScriptTag({ content: await pageReaderScript() });
  const checked = await page.evaluate(() => ({
    recognised: window.__pageReader.recognizeEditor(document).isEditor,
    read: window.__pageReader.readListedRecords(document, 'example.com').length,
  }));
  if (!checked.recognised || checked.read !== ROWS) throw new Error(`The zone page was not read: ${JSON.stringify(checked)}.`);
  return { recognize: await medianMs(page, 'recognize', 41), read: await medianMs(page, 'read', 5), baseline: await medianMs(page, 'baseline', 41) };
}

export async function benchPageReader(): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: requireBinary('chromium', 'chromium'), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const lines: string[] = [];
    for (const [shape, html] of [['table', tablePage()], ['cards', cardsPage()]] as const) {
      const { recognize, read, baseline } = await timings(page, html);
      lines.push(
        `page reader: ${shape}, ${ROWS} rows, no add form: recognised in ${recognize.toFixed(2)} ms (target ≤ 5 ms; every cell's text once ${baseline.toFixed(2)} ms = ${(recognize / baseline).toFixed(2)}×)`,
        `page reader: ${shape}, ${ROWS} rows: every row read in ${read.toFixed(1)} ms (${(read / baseline).toFixed(1)}× every cell's text once)`,
      );
    }
    return lines;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchPageReader()) console.log(line);
}

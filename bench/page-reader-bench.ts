/**
 * Page reader measurements (printed, not asserted), in headless Chromium without the extension,
 * on a 5,000-row zone page with no add form open (the generic reader must recognise it from its
 * listing alone):
 * - recognition (recognizeEditor), median of 21, target ≤ 5 ms, side by side with a baseline
 *   measured in the same page: one pass over every leaf element's `textContent` (shadow roots
 *   included), what any reading of the whole listing costs at least;
 * - reading every row into records (readListedRecords), with the same baseline.
 * The same for an ARIA grid, a CSS grid of divs, cards (no table semantics: recognition walks the
 * page) and cards inside a shadow root; recognition is printed as a ratio to its 5 ms budget.
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

const rows = (row: (type: string, i: number) => string) => Array.from({ length: ROWS }, (_, i) => row(TYPES[i % TYPES.length]!, i)).join('');

/** The five shapes a zone listing takes (issue 12), 5,000 records each, no add form open. */
const SHAPES: Record<string, string> = {
  table: `<main><h1>example.com</h1><button>Add record</button>
    <table><thead><tr><th>Type</th><th>Host</th><th>Value</th><th>Priority</th><th>TTL</th><th></th></tr></thead><tbody>${rows(
      (type, i) => `<tr><td>${type}</td><td>host${i}</td><td>${data(type, i)}</td><td>${type === 'MX' ? 10 : ''}</td><td>3600</td><td><button>Edit</button></td></tr>`,
    )}</tbody></table></main>`,
  'ARIA grid': `<main><h1>example.com</h1><div role="grid"><div role="row"><span role="columnheader">Type</span><span role="columnheader">Name</span><span role="columnheader">Value</span><span role="columnheader">Priority</span><span role="columnheader">TTL</span></div>${rows(
    (type, i) => `<div role="row"><span role="gridcell">${type}</span><span role="gridcell">host${i}</span><span role="gridcell">${data(type, i)}</span><span role="gridcell">${type === 'MX' ? 10 : ''}</span><span role="gridcell">3600</span></div>`,
  )}</div></main>`,
  'CSS grid of divs': `<main><h1>example.com</h1><div style="display:grid;grid-template-columns:repeat(5,auto)"><div>Type</div><div>Name</div><div>Content</div><div>Priority</div><div>TTL</div>${rows(
    (type, i) => `<div>${type}</div><div>host${i}</div><div>${data(type, i)}</div><div>${type === 'MX' ? 10 : ''}</div><div>3600</div>`,
  )}</div></main>`,
  cards: `<main><h1>example.com</h1><button>Add record</button><div>${rows(
    (type, i) => `<article><div><span>${type}</span><h3>host${i}</h3></div><p>${type === 'MX' ? '10 ' : ''}${data(type, i)}</p><p>TTL 3600</p><button>Edit</button></article>`,
  )}</div></main>`,
  // Cards inside an open shadow root, put there by the page's script: the reader has to walk the roots.
  'cards in a shadow root': `<main><h1>example.com</h1><dns-records></dns-records></main><template id="records"><div>${rows(
    (type, i) => `<article><div><span>${type}</span><h3>host${i}</h3></div><p>${type === 'MX' ? '10 ' : ''}${data(type, i)}</p><p>TTL 3600</p></article>`,
  )}</div></template><script>document.querySelector('dns-records').attachShadow({ mode: 'open' }).append(document.getElementById('records').content.cloneNode(true));</script>`,
};

/** Recognition's budget (issue 12). */
const BUDGET_MS = 5;

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
      else {
        // Every leaf element's text once, shadow roots included: what any reading of the whole listing costs at least.
        const roots: Node[] = [document];
        for (let r = 0; r < roots.length; r++) {
          const walker = document.createTreeWalker(roots[r]!, NodeFilter.SHOW_ELEMENT);
          for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
            if (node.shadowRoot) roots.push(node.shadowRoot);
            else if (!node.firstElementChild) void node.textContent;
          }
        }
      }
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
    for (const [shape, html] of Object.entries(SHAPES)) {
      const { recognize, read, baseline } = await timings(page, html);
      lines.push(
        `page reader: ${shape}, ${ROWS} rows, no add form: recognised in ${recognize.toFixed(2)} ms = ${(recognize / BUDGET_MS).toFixed(2)}× the ${BUDGET_MS} ms budget (every leaf's text once: ${baseline.toFixed(2)} ms; recognition ÷ that = ${(recognize / baseline).toFixed(2)}×)`,
        `page reader: ${shape}, ${ROWS} rows: every row read in ${read.toFixed(1)} ms (${(read / baseline).toFixed(1)}× every leaf's text once)`,
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

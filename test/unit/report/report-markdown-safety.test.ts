import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/dns/check/types.js';
import { formatDiagnosticReport } from '../../../src/report/diagnostic-report.js';
import { markdownCode, markdownText } from '../../../src/report/markdown-text.js';

/**
 * A zone (or a resolver) answers values written to turn the pasted report into links, HTML or
 * other text once a ticket system renders it. Rendered by commonmark.js, the reference
 * implementation of the CommonMark spec, the report must hold none of that: only our own
 * headings, lists, emphasis and code spans, and every hostile value as literal text.
 */
const LINK = '*[click me](javascript:alert(document.cookie))*';
const HTML = '<img src=x onerror=alert(1)>';
const AUTOLINK = '<https://evil.example/>';
const ENTITY = '&lt;script&gt;';
const STRIKE = '~~struck~~ __bold__ _it_ ![img](https://evil.example/x.png)';
const TERMINAL = '\u001b]52;c;ZXZpbA==\u0007\u001b[2K';
const BIDI = 'moc.elpmaxe\u202e';
const BACKTICKS = '``` fenced ` code';
const HOSTILE = [LINK, HTML, AUTOLINK, ENTITY, STRIKE, TERMINAL, BIDI, BACKTICKS];
const RESOLVER = 'https://dns.example/dns-query';

const report: CheckReport = {
  domain: `example.com`,
  service: `dc:evil.example/${LINK}`,
  nameservers: [`ns1.${HTML}`, `ns2${TERMINAL}.example`],
  resolvers: [RESOLVER],
  checkedAt: '2026-03-01T10:20:30.000Z',
  results: HOSTILE.map((value, i) => ({
    type: 'TXT' as const,
    name: `${i}${value}.example.com`,
    expected: value,
    found: [value],
    byResolver: i % 2 === 0 ? { [RESOLVER]: [value] } : { [RESOLVER]: { error: `HTTP 500 ${value}` } },
    status: 'mismatch' as const,
    message: { en: `Replace ${value} by the expected value.`, fr: `Remplacez ${value} par la valeur attendue.` },
    notes: [{ en: `Seen ${value}`, fr: `Vu ${value}` }],
  })),
};

function nodes(markdown: string): Node[] {
  const walker = new Parser().parse(markdown).walker();
  const all: Node[] = [];
  for (let event = walker.next(); event; event = walker.next()) if (event.entering) all.push(event.node);
  return all;
}

describe('the report renders hostile DNS data as text', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`holds no link, image, HTML or stray emphasis from the data (${lang})`, () => {
      const markdown = formatDiagnosticReport(report, { lang, serviceName: `Imported ${HTML}`, extensionVersion: '0.1.0', vars: { dmarc: LINK, token: HTML } });
      const all = nodes(markdown);
      expect(all.filter((node) => ['link', 'image', 'html_inline', 'html_block', 'code_block'].includes(node.type))).toEqual([]);
      // Our own markup only: the summary label is the one strong run, and no emphasis at all.
      expect(all.filter((node) => node.type === 'strong')).toHaveLength(1);
      expect(all.filter((node) => node.type === 'emph')).toEqual([]);
      // One heading per level that we write: title, "Records", one per name, one per row.
      expect(all.filter((node) => node.type === 'heading').map((node) => node.level)).toEqual([1, 2, ...HOSTILE.flatMap(() => [3, 4])]);
      // Nothing a terminal or a bidi algorithm would act on.
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // Every hostile value is still there, readable, as text or code.
      const texts = all.filter((node) => node.type === 'text' || node.type === 'code').map((node) => node.literal ?? '').join('\n');
      for (const value of [LINK, HTML, AUTOLINK, ENTITY, STRIKE, BACKTICKS]) expect(texts).toContain(value);
      expect(texts).toContain('\\027]52;c;ZXZpbA==\\007\\027[2K');
      expect(texts).toContain('moc.elpmaxe\\u{202E}');
    });
  }

  it('markdownText and markdownCode each render back to exactly the text, for every ASCII punctuation', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    const samples = [punctuation, `a${punctuation}b`, LINK, HTML, AUTOLINK, ENTITY, STRIKE, '`', '``x``', ' ` ', ' x', 'x  '];
    for (const sample of samples) {
      // A list item's own leading and trailing spaces are not part of its text.
      const asText = nodes(`- ${markdownText(sample)}`).filter((node) => node.type === 'text').map((node) => node.literal).join('');
      expect(asText).toBe(sample.trim());
      const asCode = nodes(`- ${markdownCode(sample)}`).filter((node) => node.type === 'code');
      expect(asCode.map((node) => node.literal)).toEqual([sample]);
    }
  });
});

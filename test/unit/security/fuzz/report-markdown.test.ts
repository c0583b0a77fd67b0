import { Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { visibleText } from '../../../../src/lib/visible-text.js';
import { markdownCode, markdownText } from '../../../../src/report/markdown-text.js';
import { expectTerminalSafe } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams } from './fuzz-settings.js';
import { hostilePiece, nearValid } from './hostile-text.js';

/**
 * Any DNS value or input inside the report, rendered by commonmark.js (the CommonMark reference
 * implementation), is the text it was, shown by visibleText: no link, HTML, emphasis or other
 * markup can come out of it, in running text or in a code span.
 */
const markdownish = fc.oneof(
  nearValid(fc.constantFrom('*[x](javascript:alert(1))*', '<img src=x onerror=alert(1)>', '<https://evil.example/>', '&lt;b&gt;', '~~s~~ __b__ _i_', '``` a `b`', '![i](x.png)', '# title', '> quote', '1. item', '- item', '| a | b |', 'a\\\nb'), 4),
  fc.string({ unit: fc.oneof(hostilePiece, fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '&', '#', '\\', '~', '|', ' ', 'a')), maxLength: 30 }),
);

function inline(markdown: string): { kinds: string[]; text: string } {
  const walker = new Parser().parse(markdown).walker();
  const kinds: string[] = [];
  let text = '';
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    kinds.push(event.node.type);
    if (event.node.type === 'text' || event.node.type === 'code') text += (event.node as Node).literal ?? '';
  }
  return { kinds: [...new Set(kinds)].filter((kind) => kind !== 'document' && kind !== 'paragraph'), text };
}

describe('fuzz: values in the report', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('in running text, a value renders as its own visible text and nothing else', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        fc.pre(value.trim() !== '' && !/^\s|\s$/.test(visibleText(value)));
        const rendered = inline(`Found ${markdownText(value)} here.`);
        expectTerminalSafe(markdownText(value), 'markdownText');
        expect(rendered.kinds, JSON.stringify(value)).toEqual(['text']);
        expect(rendered.text, JSON.stringify(value)).toBe(`Found ${visibleText(value)} here.`);
      }),
      fuzzParams('reports'),
    );
  });

  test('in a code span, a value renders as one code span holding its visible text', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        fc.pre(visibleText(value).trim() !== '');
        const rendered = inline(`Expected ${markdownCode(value)} here.`);
        expect(rendered.kinds, JSON.stringify(value)).toEqual(['text', 'code']);
        expect(rendered.text, JSON.stringify(value)).toBe(`Expected ${visibleText(value)} here.`);
      }),
      fuzzParams('reports'),
    );
  });
});

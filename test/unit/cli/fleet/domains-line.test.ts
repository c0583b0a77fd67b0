import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, parseDomainsLine, type DomainsLine, type LineDefaults } from '../../../../src/cli/fleet/domains-line.js';
import type { FileLine } from '../../../../src/cli/fleet/read-lines.js';
import { encodeShareCode } from '../../../../src/share/share-code.js';
import { expectNoHang } from '../../../support/cpu-time.js';

const NONE: LineDefaults = { service: undefined, vars: {} };
const MX_PLAN: LineDefaults = { service: 'ovh-mx-plan', vars: { dmarc: 'v=DMARC1; p=none' } };

function parse(text: string, defaults = NONE, problem?: FileLine['problem']): DomainsLine {
  return parseDomainsLine({ number: 7, text, ...(problem && { problem }) }, defaults);
}

function problemOf(result: DomainsLine): string {
  if (result.kind !== 'bad') throw new Error(`expected a bad line, got ${JSON.stringify(result)}`);
  expect(result.problem.fr).not.toBe(result.problem.en);
  return result.problem.en;
}

describe('parseDomainsLine', () => {
  it.each(['', '   ', '\t \t', '# a comment', '   # indented comment', '#example.com ovh-mx-plan'])('skips %j', (text) => {
    expect(parse(text, MX_PLAN)).toEqual({ kind: 'skip' });
  });

  it('gives a domain alone the setup of --service and --var', () => {
    expect(parse('example.com', MX_PLAN)).toEqual({ kind: 'setup', setup: { domain: 'example.com', service: 'ovh-mx-plan', vars: { dmarc: 'v=DMARC1; p=none' } } });
    expect(parse('  example.com   # ticket 4411', MX_PLAN)).toMatchObject({ setup: { domain: 'example.com' } });
  });

  it('refuses a domain alone when no --service was given, saying both ways out', () => {
    expect(problemOf(parse('example.com'))).toMatch(/domain alone.*example\.com ovh-mx-plan.*--service ID/);
  });

  it('reads a full line with its own service and variables, ignoring --service and --var', () => {
    expect(parse('example.com\tovh-hosted-exchange  server=ex5.mail.ovh.net token=ab1cd', MX_PLAN)).toEqual({
      kind: 'setup',
      setup: { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } },
    });
  });

  it('keeps spaces inside quotes and = inside values', () => {
    expect(parse('example.com exchange-onprem ip=192.0.2.10 "dmarc=v=DMARC1; p=reject" x="a b"c')).toMatchObject({
      setup: { vars: { ip: '192.0.2.10', dmarc: 'v=DMARC1; p=reject', x: 'a bc' } },
    });
  });

  it('ends the line at a # that starts a word, not at one inside a value', () => {
    expect(parse('example.com exchange-onprem ip=192.0.2.10 # moved 2026-03')).toMatchObject({ setup: { vars: { ip: '192.0.2.10' } } });
    expect(parse('example.com exchange-onprem ip=192.0.2.10 note=a#b')).toMatchObject({ setup: { vars: { note: 'a#b' } } });
  });

  it('reads a share code line, with or without the service of other lines', () => {
    const setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '192.0.2.10' } };
    expect(parse(encodeShareCode(setup), MX_PLAN)).toEqual({ kind: 'setup', setup });
    expect(parse(`  ${encodeShareCode(setup)}  `)).toEqual({ kind: 'setup', setup });
  });

  it("refuses a damaged code with the decoder's own sentence", () => {
    expect(problemOf(parse('DSA1:!!!'))).toMatch(/damaged|DSA1/);
    expect(problemOf(parse('dsa9-ABCD'))).toMatch(/\S/);
  });

  it('takes a domain that merely starts like a code as a domain', () => {
    expect(parse('dsa2-shop.example ovh-mx-plan')).toMatchObject({ setup: { domain: 'dsa2-shop.example' } });
  });

  it.each([
    ['example.com ovh-mx-plan server', /"server" is not of the form name=value/],
    ['example.com ovh-mx-plan =x', /"=x" is not of the form name=value/],
    ['example.com ovh-mx-plan __proto__=x', /"__proto__=x" is not of the form/],
    ['example.com ovh-mx-plan a=1 a=2', /variable a is given more than once on this line/],
    ['example.com server=ex5.mail.ovh.net', /"server=ex5\.mail\.ovh\.net" stands where the service id goes/],
    ['example.com ovh-mx-plan "dmarc=v=DMARC1; p=none', /opens a " that it does not close/],
  ])('refuses %j', (text, sentence) => {
    expect(problemOf(parse(text))).toMatch(sentence);
  });

  it.each([
    ['ESC', 'evil\u001b[2J.example ovh-mx-plan', '\\027', 5],
    ['BEL', 'example.com\u0007 ovh-mx-plan', '\\007', 12],
    ['NUL', '\u0000example.com', '\\000', 1],
    ['a C1 control', 'example.com ovh-mx-plan x=\u009b31m', '\\155', 27],
    ['a lone CR inside the line', 'example.com\rfake.example ovh-mx-plan', '\\013', 12],
    ['a bidi override (Trojan Source)', 'example.com ovh-mx-plan x=\u202eabc', '\\u{202E}', 27],
    ['a zero-width space', 'exam\u200bple.com', '\\u{200B}', 5],
  ])('refuses %s, naming it escaped and where it is', (_, text, shown, column) => {
    const problem = problemOf(parse(text, MX_PLAN));
    expect(problem).toContain(`(${shown}) at column ${column}`);
    expect(problem).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('refuses a line cut at the byte cap and a line that is not UTF-8, but skips such a comment', () => {
    expect(problemOf(parse('example.com ovh-mx-plan x=aaaa', NONE, 'too-long'))).toContain(`longer than ${MAX_LINE_BYTES} bytes`);
    expect(problemOf(parse('caf\uFFFD.example', MX_PLAN, 'not-utf8'))).toMatch(/not UTF-8/);
    expect(parse('# r\uFFFDsum\uFFFD', NONE, 'not-utf8')).toEqual({ kind: 'skip' });
    expect(parse('#'.repeat(100), NONE, 'too-long')).toEqual({ kind: 'skip' });
  });

  it('reads a line full of quotes, spaces and # in one pass (8 KB in well under the budget)', async () => {
    const opened = `example.com ovh-mx-plan x=${'"#'.repeat(2700)}"`;
    const spaced = `example.com ovh-mx-plan ${'a="" '.repeat(2000)}`;
    await expectNoHang(() => {
      expect(problemOf(parse(opened))).toMatch(/does not close/);
      expect(problemOf(parse(spaced))).toMatch(/variable a is given more than once/);
    }, 'quotes, spaces and #', 200);
  });
});

import { describe, expect, it } from 'vitest';
import { findShareCode, MAX_PASTED_TEXT } from '../../../src/share/find-code.js';
import { encodeShareCode, readShareCode } from '../../../src/share/share-code.js';
import { expectNoHang } from '../../support/cpu-time.js';

const hosted = { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } };
const onprem = { domain: 'shop.example', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };
const CODE = encodeShareCode(hosted);
const DSA1 = encodeShareCode(hosted, 'dsa1');
const groups = CODE.slice(5).split('-');

const found = (text: string) => {
  const result = findShareCode(text);
  return result.ok ? result.code : `refused: ${result.problem.en}`;
};

describe('findShareCode finds the code in pasted text', () => {
  it.each([
    ['alone', CODE],
    ['in a sentence', `Here is my code: ${CODE}. Thanks!`],
    ['followed by words made of code letters', `${CODE} thanks a lot, call me back`],
    ['split across lines at a hyphen', `My code:\n${groups.slice(0, 5).join('-')}-\n${groups.slice(5).join('-')}\nBest regards`.replace('My code:\n', 'My code:\nDSA2-')],
    ['split inside a group', `DSA2-${groups.join('-').slice(0, 17)}\n${groups.join('-').slice(17)}`],
    ['quoted in an e-mail reply', `> Code:\n> DSA2-${groups.slice(0, 4).join('-')}-\n> ${groups.slice(4).join('-')}\n> --\n> John`],
    ['read out with spaces', `code DSA2 ${groups.join(' ')} ok?`],
    ['in lower case, O for 0, L for 1', `the code is ${CODE.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l')}`],
    ['with dashes a word processor made', `Code\u00a0: ${CODE.replaceAll('-', '\u2013')}`],
    ['twice, the same (a quoted reply)', `${CODE}\n\n> ${CODE}`],
    ['beside the word DSA2 used in a sentence', `The DSA2 format is new.\nMy code: ${CODE}`],
    ['the groups alone, without the prefix', groups.join('-')],
  ])('%s', (_, text) => {
    expect(found(text)).toBe(CODE);
    expect(readShareCode(text)).toEqual({ ok: true, setup: hosted });
  });

  it('finds a DSA1 code in text as well', () => {
    expect(found(`Bonjour, voici le code\u00a0: ${DSA1}\nCordialement`)).toBe(DSA1);
    expect(readShareCode(`(${DSA1})`)).toEqual({ ok: true, setup: hosted });
  });

  it('refuses text holding two different codes, rather than guessing', () => {
    expect(found(`old: ${encodeShareCode(onprem)}\nnew: ${CODE}`)).toMatch(/refused: This text holds 2 different share codes/);
    expect(found(`${DSA1} ${CODE}`)).toMatch(/2 different/);
  });

  it('gives a damaged code to the decoder, which says where it is wrong', () => {
    const typo = CODE.slice(0, 12) + (CODE[12] === 'Z' ? 'Y' : 'Z') + CODE.slice(13);
    expect(readShareCode(`Here it is: ${typo} thanks`)).toMatchObject({ ok: false, problem: { en: expect.stringMatching(/character 7 looks wrong/) } });
    const misheard = `${CODE.slice(0, 10)}U${CODE.slice(11)}`;
    expect(readShareCode(`Code: ${misheard}`)).toMatchObject({ ok: false, problem: { en: expect.stringMatching(/Character 5 of the code \("U"\)/) } });
    expect(readShareCode(`DSA2 ${groups.join(' ').replace(groups[3]!, groups[3]!.slice(0, 3))}`).ok).toBe(false);
  });

  it('says so when there is no code, or nothing at all', () => {
    expect(found('Hello, I cannot find my code')).toMatch(/^refused: No share code was found/);
    expect(found('not-a-code')).toMatch(/^refused: No share code/);
    expect(found(' \n ')).toMatch(/^refused: The share code is empty/);
  });

  it('refuses a pasted document, and stays linear on hostile text', async () => {
    expect(found('x'.repeat(MAX_PASTED_TEXT + 1))).toMatch(/refused: The pasted text is too long/);
    const hostile = [
      'DSA2 '.repeat(MAX_PASTED_TEXT / 5),
      `DSA2-${'ABCD-'.repeat(MAX_PASTED_TEXT / 5 - 2)}`,
      `DSA1:${'A'.repeat(MAX_PASTED_TEXT - 5)}`,
      `${'-'.repeat(MAX_PASTED_TEXT / 2)}${'0'.repeat(MAX_PASTED_TEXT / 2 - 1)}`,
      `DSA2-${'\n>'.repeat(MAX_PASTED_TEXT / 2 - 3)}`,
    ];
    // A quadratic scan of 100,000 characters takes minutes; a linear one, milliseconds.
    for (const text of hostile) await expectNoHang(() => [findShareCode(text), readShareCode(text)], JSON.stringify(text.slice(0, 20)));
  });
});

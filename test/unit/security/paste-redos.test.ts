import { describe, expect, test } from 'vitest';
import { MAX_PASTE_CHARS } from '../../../src/capture/clean-text.js';
import { readCnameSentence } from '../../../src/capture/panel/text.js';
import { parsePaste } from '../../../src/capture/paste/parse-paste.js';
import { expectNoHang } from '../../support/cpu-time.js';

/**
 * Pasted text is hostile input (a crafted "delivery e-mail" sent to a customer), and the paste
 * box parses it on the popup's only thread: no input the size gate lets through may make a
 * regex backtrack for seconds. Each text below froze the popup for 2 s to minutes before its
 * pattern was rewritten; every one must now be read in milliseconds of CPU.
 */

const HOSTILE: [string, string][] = [
  // clean-text.ts MARKUP: cubic in the run of spaces and letters after `<`.
  ['a "<" then spaces and letters', '<' + '\t'.repeat(1600) + 'C' + 'E'.repeat(1600)],
  // paste-m365-table.ts block labels: lazy label and value groups on one long line of spaces.
  ['a Microsoft 365 marker, then one long line of spaces', 'MS=ms12345\n' + ' '.repeat(6000) + 'x'],
  // paste-bind.ts looksLikeBind / $ORIGIN / owners: `^\s*` from every line start across blank lines.
  ['tens of thousands of empty lines', 'x' + '\n'.repeat(40_000) + 'y'],
  ['a delivery e-mail header, then empty lines', 'Private Exchange\nNom du serveur : ' + '\n'.repeat(40_000) + 'x'],
  // panel-text.ts CNAME sentence: `\s*:?\s*` splitting one long run of spaces.
  ['"CNAME" then a long run of spaces', 'cname\t' + ' '.repeat(40_000) + '\u0001'],
  // paste-m365-table.ts TTL tail: `\s+` before a tail that is not a TTL.
  ['a Microsoft 365 row whose value ends in a long run of wide spaces', 'MS=ms12345\nMX\t@\tfoo' + '\u3000'.repeat(40_000) + 'x'],
];

describe('pasted text cannot freeze the popup', () => {
  test.each(HOSTILE)('%s', async (why, text) => {
    expect(text.length).toBeLessThanOrEqual(MAX_PASTE_CHARS);
    await expectNoHang(() => parsePaste(text), why);
  });

  test('the panel reader’s CNAME sentence too (page text is not capped)', async () => {
    await expectNoHang(() => readCnameSentence('CNAME' + '\n'.repeat(200_000) + '\u0001'), 'a CNAME sentence');
  });
});

describe('the rewritten patterns read what they read before', () => {
  test('markup is still refused', () => {
    for (const text of ['<script>alert(1)</script>', '< div class="x">MS=ms1</div>', '</p> ab1cd-check 3600 IN CNAME ovh.com.', '<!-- x -->', '<!DOCTYPE html>']) {
      const result = parsePaste(text);
      expect(result.ok ? 'read' : result.problem.en).toMatch(/HTML markup/);
    }
  });
  test('a comparison in prose is not markup', () => {
    const result = parsePaste('priority 1 < 2 > 0 and nothing else');
    expect(result.ok ? 'read' : result.problem.en).not.toMatch(/HTML markup/);
  });
  test('Microsoft 365 blocks of « Label : value » lines, spaced loosely', () => {
    const text = ['Type: TXT', '  Host name:   @  ', 'Points to address or value : MS=ms12345', '', 'Type : MX', 'Priority:0', 'Host name : @', 'Points to address or value:   contoso-com.mail.protection.outlook.com', 'TTL : 1 hour'].join('\n');
    const result = parsePaste(text, { domain: 'contoso.com' });
    expect(result.ok ? JSON.stringify(result) : result.problem.en).toContain('"contoso-com.mail.protection.outlook.com"');
  });
  test('a Microsoft 365 row loses its TTL tail', () => {
    const text = 'TXT\t-\t@\tMS=ms12345\t1 Hour\nMX\t0\t@\tcontoso-com.mail.protection.outlook.com   1 hour';
    const result = parsePaste(text, { domain: 'contoso.com' });
    expect(result.ok ? JSON.stringify(result) : result.problem.en).toContain('"contoso-com.mail.protection.outlook.com"');
  });
  test('zone-file lines after blank lines, with $ORIGIN indented', () => {
    const result = parsePaste('\n\n   $ORIGIN example.com.\n\n\nab1cd-check 3600 IN CNAME ovh.com.\n');
    expect(result.ok ? 'read' : result.problem.en).not.toMatch(/relative names/);
  });
  test('the CNAME sentence, with or without its colon', () => {
    for (const text of ['Créez un enregistrement CNAME : ab1cd-check.example.com vers ovh.com', 'Create a CNAME record ab1cd.example.com to ovh.com.']) {
      expect(readCnameSentence(text)).toEqual({ domain: 'example.com', token: 'ab1cd', target: 'ovh.com' });
    }
  });
});

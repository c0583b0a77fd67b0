/**
 * The generic driver's reading of a form, in real Chromium: the setup's zone reaches it (a host
 * field asking for full names is filled with full names), and the page's zone is compared
 * with the setup's in model form (an IDN the site shows in Unicode is the same zone).
 */
import { describe, expect, test } from 'vitest';
import { editsOtherZone } from '../../../src/content/page-editor.js';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

describe('the generic filler gets the setup zone', () => {
  test('a host field whose hint is a full name of the zone takes full names', async () => {
    await page.evaluate(() => {
      document.body.innerHTML = `<label for="t">Record type</label><select id="t"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select>
        <label for="h">Host name</label><input id="h" placeholder="e.g. www.example.com"><label for="v">Value</label><input id="v">`;
    });
    const conventions = await page.evaluate(() => [window.__fillEngine.formConventions('example.com')?.host, window.__fillEngine.formConventions('example.org')?.host]);
    expect(conventions).toEqual(['fqdn', 'relative']);
  });

  /** The host field's conventions on a form whose host field is `host` (HTML), for `zone`. */
  const hostConventions = (host: string, zone?: string) =>
    page.evaluate(
      ([hostHtml, setupZone]) => {
        document.body.innerHTML = `<label for="t">Type</label><select id="t"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select>
          ${hostHtml}<label for="v">Content</label><input id="v">`;
        const conventions = window.__fillEngine.formConventions(setupZone ?? 'zone.invalid');
        return conventions && { host: conventions.host, targetDot: conventions.targetDot };
      },
      [host, zone] as const,
    );

  test('the help text tied to the host field (aria-describedby) counts, as the placeholder does', async () => {
    const field = '<label for="h">Name</label><input id="h" aria-describedby="h-help"><small id="h-help">For example _autodiscover._tcp.example.com</small>';
    expect(await hostConventions(field, 'example.com')).toEqual({ host: 'fqdn', targetDot: false });
  });

  test('a hint that asks for fully qualified names takes full names, even before the zone is known', async () => {
    const field = '<label for="h">Name</label><input id="h" aria-describedby="h-help"><small id="h-help">The fully qualified domain name of the record.</small>';
    expect(await hostConventions(field)).toEqual({ host: 'fqdn', targetDot: false });
    expect(await hostConventions('<label for="h">Nom</label><input id="h" placeholder="Nom de domaine complet">')).toEqual({ host: 'fqdn', targetDot: false });
  });

  test('an IDN zone the panel writes in Unicode is still the zone of the hint', async () => {
    const field = '<label for="h">Name</label><input id="h" placeholder="www.café-exemple.test">';
    expect(await hostConventions(field, 'xn--caf-exemple-dbb.test')).toEqual({ host: 'fqdn', targetDot: false });
  });

  test('a placeholder with the final dot is zone-file style: full names and targets get the dot; a help sentence ending in a dot is not', async () => {
    expect(await hostConventions('<label for="h">Name</label><input id="h" placeholder="_autodiscover._tcp.example.com.">', 'example.com')).toEqual({ host: 'fqdn', targetDot: true });
    const sentence = '<label for="h">Name</label><input id="h" aria-describedby="h-help"><small id="h-help">For example www.example.com.</small>';
    expect(await hostConventions(sentence, 'example.com')).toEqual({ host: 'fqdn', targetDot: false });
  });
});

describe('the page zone against the setup zone', () => {
  test('an IDN shown in Unicode, capitals or a final dot is the same zone; another zone is not', () => {
    expect(editsOtherZone('Bücher.example', 'xn--bcher-kva.example')).toBe(false);
    expect(editsOtherZone('EXAMPLE.com.', 'example.com')).toBe(false);
    expect(editsOtherZone('bücher.example', 'example.com')).toBe(true);
  });
});

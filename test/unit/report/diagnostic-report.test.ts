import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/dns/check/types.js';
import { formatDiagnosticReport, summaryLine } from '../../../src/report/diagnostic-report.js';

const CF = 'https://cloudflare-dns.com/dns-query';
const GOOGLE = 'https://dns.google/dns-query';

const MX_FOUND = ['1 mx0.mail.ovh.net.', '5 mx1.mail.ovh.net.'];
const MX_ANSWERS = { [CF]: MX_FOUND, [GOOGLE]: { error: 'timed out after 4000 ms' } };
const TIMED_OUT = { en: 'timed out after 4000 ms', fr: 'pas de réponse au bout de 4000\u00a0ms' };

/** One of the two MX the set expects, in place (one resolver timed out). */
const mxInPlace = (expected: string): CheckReport['results'][number] => ({
  type: 'MX',
  name: 'example.com',
  expected,
  found: MX_FOUND,
  byResolver: MX_ANSWERS,
  errorTexts: { [GOOGLE]: TIMED_OUT },
  status: 'ok',
  message: { en: 'This record is in place.', fr: 'Cet enregistrement est en place.' },
  ttl: 3600,
});

const report: CheckReport = {
  domain: 'example.com',
  service: 'ovh-hosted-exchange',
  nameservers: ['dns10.ovh.net', 'ns10.ovh.net'],
  resolvers: [CF, GOOGLE],
  checkedAt: '2026-03-01T10:20:30.000Z',
  results: [
    { ...mxInPlace('1 mx0.mail.ovh.net.'), notes: [{ en: 'The panel set is complete.', fr: 'Le jeu du panneau est complet.' }] },
    mxInPlace('5 mx1.mail.ovh.net.'),
    {
      type: 'SRV',
      name: '_autodiscover._tcp.example.com',
      expected: '0 0 443 ex5.mail.ovh.net.',
      found: ['0 0 80 ex5.mail.ovh.net.'],
      byResolver: { [CF]: ['0 0 80 ex5.mail.ovh.net.'], [GOOGLE]: [] },
      status: 'mismatch',
      message: { en: 'Change the port to 443.', fr: 'Remplacez le port par 443.' },
      ttl: 300,
      resolversDisagree: true,
    },
    {
      type: 'TXT',
      name: 'example.com',
      expected: null,
      found: ['"v=spf1 include:other.example ~all"'],
      byResolver: { [CF]: ['"v=spf1 include:other.example ~all"'], [GOOGLE]: ['"v=spf1 include:other.example ~all"'] },
      status: 'conflict',
      message: { en: 'Delete this second SPF record.', fr: 'Supprimez ce second enregistrement SPF.' },
    },
    {
      type: 'CNAME',
      name: 'abc-check.example.com',
      expected: 'ovh.com.',
      found: [],
      byResolver: { [CF]: [], [GOOGLE]: [] },
      status: 'missing',
      message: { en: 'Add this record.', fr: 'Ajoutez cet enregistrement.' },
    },
    {
      type: 'A',
      name: 'mail.example.com',
      expected: '192.0.2.1',
      found: [],
      byResolver: { [CF]: { error: 'HTTP 500' }, [GOOGLE]: { error: 'HTTP 502' } },
      status: 'error',
      message: { en: 'No resolver answered: try again.', fr: 'Aucun résolveur n’a répondu : réessayez.' },
    },
  ],
};

const context = { serviceName: 'OVHcloud Hosted Exchange', extensionVersion: '0.1.0', vars: { server: 'ex5.mail.ovh.net', token: 'abc' } };

describe('formatDiagnosticReport', () => {
  it('holds every field of the setup and of every row (EN)', () => {
    const text = formatDiagnosticReport(report, { ...context, lang: 'en' });
    for (const expected of [
      '# DNS check report: example.com',
      '- Domain: example.com',
      '- Service: OVHcloud Hosted Exchange (ovh-hosted-exchange)',
      '- Checked at: 2026-03-01T10:20:30.000Z',
      '- DNS Setup Assistant version: 0.1.0',
      '- Variables: server = `ex5.mail.ovh.net`, token = `abc`',
      `- Resolvers: ${CF}, ${GOOGLE}`,
      '- Name servers (where the zone is edited): dns10.ovh.net, ns10.ovh.net',
      '**Summary**: Records checked: 6 — 2 OK · 1 MISSING · 1 WRONG · 1 CONFLICT · 0 PENDING · 1 NOT CHECKED',
      '### MX `example.com`\n- Found:',
      '#### 1. OK: MX `example.com`',
      '#### 2. OK: MX `example.com`',
      '- Expected: `1 mx0.mail.ovh.net.`',
      '- Expected: `5 mx1.mail.ovh.net.`',
      `  - ${CF}: \`1 mx0.mail.ovh.net.\`, \`5 mx1.mail.ovh.net.\``,
      `  - ${GOOGLE}: error: timed out after 4000 ms`,
      '- What to do: This record is in place.',
      '- Note: The panel set is complete.',
      '- TTL (an old answer may stay cached this long): 3600 s',
      '#### 3. WRONG: SRV `_autodiscover._tcp.example.com`',
      `  - ${GOOGLE}: nothing`,
      '- Resolvers disagree: a change is probably still propagating.',
      '#### 4. CONFLICT: TXT `example.com`',
      '- Expected: none (this record conflicts with the setup)',
      `  - ${CF}, ${GOOGLE}: \`"v=spf1 include:other.example ~all"\``,
      '#### 5. MISSING: CNAME `abc-check.example.com`',
      '#### 6. NOT CHECKED: A `mail.example.com`',
      `  - ${CF}: error: HTTP 500`,
      '- What to do: No resolver answered: try again.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatchSnapshot();
  });

  it('says what each resolver answered once per name and type, not once per row', () => {
    const text = formatDiagnosticReport(report, { ...context, lang: 'en' });
    expect(text.match(/mx1\.mail\.ovh\.net/g)).toHaveLength(2); // the answers once, row 2's expected value once
    expect(text.match(/timed out after 4000 ms/g)).toHaveLength(1);
    expect(text.match(/TTL \(/g)).toHaveLength(2); // once per name and type that has one (MX, SRV)
  });

  it('speaks French, with French typography', () => {
    const text = formatDiagnosticReport(report, { ...context, lang: 'fr' });
    // French puts a non-breaking space before a colon.
    const fr = (line: string) => line.replace(/ :( |$)/g, '\u00a0:$1');
    for (const expected of [
      '# Rapport de vérification DNS : example.com',
      '- Domaine : example.com',
      '- Vérifié le : 2026-03-01T10:20:30.000Z',
      '- Version de DNS Setup Assistant : 0.1.0',
      `- Résolveurs : ${CF}, ${GOOGLE}`,
      '- Serveurs de noms (où la zone se modifie) : dns10.ovh.net, ns10.ovh.net',
      '**Résumé** : Enregistrements vérifiés : 6 — 2\u00a0OK · 1\u00a0ABSENT · 1\u00a0INCORRECT · 1\u00a0CONFLIT · 0\u00a0EN ATTENTE · 1\u00a0NON VÉRIFIÉ',
      '#### 3. INCORRECT : SRV `_autodiscover._tcp.example.com`',
      '- Trouvé :',
      `  - ${GOOGLE} : erreur : pas de réponse au bout de 4000\u00a0ms`,
      // A report stored by an older version has no French error: its English one is kept.
      `  - ${CF} : erreur : HTTP 500`,
      '- Que faire : Remplacez le port par 443.',
      '- Remarque : Le jeu du panneau est complet.',
      '- Attendu : aucun (cet enregistrement est en conflit avec la configuration)',
      `  - ${GOOGLE} : rien`,
      '- TTL (une ancienne réponse peut rester en cache aussi longtemps) : 3600 s',
    ]) {
      expect(text).toContain(fr(expected));
    }
    expect(text).not.toMatch(/What to do|Expected|Found|timed out/);
  });

  it('says so when there are no name servers, no variables and no rows', () => {
    const text = formatDiagnosticReport({ ...report, nameservers: [], results: [] }, { ...context, vars: undefined, lang: 'en' });
    expect(text).toContain('- Name servers (where the zone is edited): none found');
    expect(text).toContain('No record was checked.');
    expect(text).not.toContain('Variables');
  });
});

describe('the summary line', () => {
  const rows = (status: CheckReport['results'][number]['status'], count: number) => Array.from({ length: count }, () => ({ ...report.results[0]!, status }));

  it('agrees in number in French: « 7 NON VÉRIFIÉS », « 0 ABSENT », « 2 CONFLITS »', () => {
    const line = summaryLine([...rows('error', 7), ...rows('conflict', 2)], 'fr');
    expect(line).toContain('7\u00a0NON VÉRIFIÉS');
    expect(line).toContain('0\u00a0ABSENT ·');
    expect(line).toContain('2\u00a0CONFLITS');
    expect(summaryLine(rows('error', 1), 'fr')).toContain('1\u00a0NON VÉRIFIÉ');
  });

  it('keeps the English words', () => {
    expect(summaryLine(rows('error', 7), 'en')).toBe('Records checked: 7 — 0 OK · 0 MISSING · 0 WRONG · 0 CONFLICT · 0 PENDING · 7 NOT CHECKED');
  });
});

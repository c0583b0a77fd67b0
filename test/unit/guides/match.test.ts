import { describe, expect, it } from 'vitest';
import type { CheckRow } from '../../../src/dns/check/types.js';
import { findGuide, GUIDES, guidesFor } from '../../../src/sites/guides.js';
import { stepsOnPage } from '../../../src/guides/match.js';
import { guideProgress } from '../../../src/guides/progress.js';
import { SITE_ADAPTERS } from '../../../src/sites/registry.js';
import { OVH_PANEL_PAGE_KINDS } from '../../../src/sites/ovh-email-panel/adapter.js';

const guide = (id: string) => {
  const found = findGuide(id);
  if (!found) throw new Error(`no guide ${id}`);
  return found;
};

function row(type: CheckRow['type'], name: string, status: CheckRow['status'], expected: string | null = 'x'): CheckRow {
  return { type, name, expected, found: [], byResolver: {}, status, message: { en: '', fr: '' } };
}

describe('guidesFor: the guides of the page', () => {
  it.each(OVH_PANEL_PAGE_KINDS.filter((kind) => kind.startsWith('ovh-exchange') && !/accounts|general|dkim/.test(kind)))(
    'on %s, Hosted Exchange first steps come first with steps for that page',
    (pageKind) => {
      const [first] = guidesFor({ adapterId: 'ovh-email-panel', pageKind }, 'ovh-hosted-exchange');
      expect(first?.id).toBe('hosted-exchange-first-steps');
      expect(stepsOnPage(first!, pageKind).length).toBeGreaterThan(0);
    },
  );

  it('on the Private Exchange server diagnostic, the Private Exchange guide with its A/AAAA steps', () => {
    const [first] = guidesFor({ adapterId: 'ovh-email-panel', pageKind: 'ovh-private-exchange-diagnostic' });
    expect(first?.id).toBe('private-exchange-first-steps');
    expect(stepsOnPage(first!, 'ovh-private-exchange-diagnostic')).toEqual(['manual-dns', 'server-diagnostic']);
  });

  it.each(SITE_ADAPTERS.filter((a) => a.id !== 'ovh-email-panel').map((a) => a.id))('on the %s editor, its registrar steps', (adapterId) => {
    const [first] = guidesFor({ adapterId, pageKind: 'dns-zone' }, 'ovh-hosted-exchange');
    expect(first?.id).toBe(`registrar-${adapterId}`);
    expect(stepsOnPage(first!, 'dns-zone')).toEqual(['add-record', 'fill-record', 'save']);
    expect(stepsOnPage(first!, 'dns-editor')).toEqual(['add-record', 'fill-record', 'save']);
    expect(stepsOnPage(first!, 'domain')).toEqual(['open-zone']);
  });

  it('after the page guides, the service guides (mail-app settings too)', () => {
    const ids = guidesFor({ adapterId: 'godaddy', pageKind: 'dns-zone' }, 'ovh-hosted-exchange').map((g) => g.id);
    expect(ids).toEqual(['registrar-godaddy', 'hosted-exchange-first-steps', 'mail-client-settings']);
  });

  it('without a page (a support agent), the service decides; every guide can be opened by id', () => {
    expect(guidesFor(undefined, 'exchange-onprem').map((g) => g.id)).toEqual(['exchange-onprem-essentials']);
    for (const g of GUIDES) expect(findGuide(g.id)).toBe(g);
  });
});

describe('guideProgress: current and done steps', () => {
  it('registrar: in the editor, "open the zone" is done and "add a record" is current', () => {
    const states = guideProgress(guide('registrar-godaddy'), { pageKind: 'dns-zone' });
    expect(states.map((s) => s.status)).toEqual(['done', 'current', 'todo', 'todo']);
    expect(states[0]!.doneBecause).toBe('page');
  });

  it('registrar: on a domain page, "open the zone" is current', () => {
    expect(guideProgress(guide('registrar-godaddy'), { pageKind: 'domain' }).map((s) => s.status)).toEqual(['current', 'todo', 'todo', 'todo']);
  });

  it('registrar: "save" is done when every check row passes, not before', () => {
    const okRows = [row('MX', 'example.com', 'ok'), row('SRV', '_autodiscover._tcp.example.com', 'ok')];
    expect(guideProgress(guide('registrar-godaddy'), { pageKind: 'dns-zone', rows: okRows })[3]).toEqual({ id: 'save', status: 'done', doneBecause: 'check' });
    const withConflict = [...okRows, row('MX', 'example.com', 'conflict', null)];
    expect(guideProgress(guide('registrar-godaddy'), { pageKind: 'dns-zone', rows: withConflict })[3]!.status).not.toBe('done');
  });

  it('Hosted Exchange: the CNAME step is done when its check row is ok; the DNS values step becomes current', () => {
    const rows = [
      row('CNAME', 'ab1cd-check.example.com', 'ok'),
      row('MX', 'example.com', 'missing'),
      row('SRV', '_autodiscover._tcp.example.com', 'ok'),
    ];
    const states = Object.fromEntries(guideProgress(guide('hosted-exchange-first-steps'), { pageKind: 'ovh-exchange-domains', rows }).map((s) => [s.id, s.status]));
    expect(states).toMatchObject({ 'open-service': 'done', 'wizard-start': 'done', 'cname-ownership': 'done', 'dns-values': 'current', 'diagnostic-badges': 'todo' });
  });

  it('Hosted Exchange: in the wizard, "Start" is current', () => {
    const states = guideProgress(guide('hosted-exchange-first-steps'), { pageKind: 'ovh-exchange-wizard' });
    expect(states.find((s) => s.status === 'current')?.id).toBe('wizard-start');
  });

  it('Private Exchange: A/AAAA step done from the check, on any page', () => {
    const rows = [row('A', 'exchange.example.org', 'ok'), row('AAAA', 'exchange.example.org', 'ok')];
    const states = guideProgress(guide('private-exchange-first-steps'), { rows });
    expect(states.filter((s) => s.status === 'done').map((s) => s.id)).toEqual(['manual-dns', 'server-diagnostic']);
    expect(states[0]!.status).toBe('current');
  });

  it('Hosted Exchange: the panel\'s badges mark steps done when the page shows it', () => {
    const badges = { MX: 'ok', SRV: 'ok', SPF: 'ok', DKIM: 'action' } as const;
    const states = Object.fromEntries(guideProgress(guide('hosted-exchange-first-steps'), { pageKind: 'ovh-exchange-domains', badges }).map((s) => [s.id, s]));
    expect(states['cname-ownership']).toEqual({ id: 'cname-ownership', status: 'done', doneBecause: 'badges' });
    expect(states['dns-values']!.status).toBe('done');
    expect(states['dkim']!.status).not.toBe('done');
    expect(states['diagnostic-badges']!.status).not.toBe('done');
    // No row on the page: nothing is done by badges.
    expect(guideProgress(guide('hosted-exchange-first-steps'), { pageKind: 'ovh-exchange-domains', badges: {} }).filter((s) => s.doneBecause === 'badges')).toEqual([]);
  });
});

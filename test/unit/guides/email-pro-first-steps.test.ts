import { describe, expect, it } from 'vitest';
import { emailProFirstSteps } from '../../../src/guides/email-pro-first-steps.js';
import { findGuide, guidesFor } from '../../../src/sites/guides.js';
import { stepsOnPage } from '../../../src/guides/match.js';
import { guideProgress } from '../../../src/guides/progress.js';
import { LANGS } from '../../../src/i18n/lang.js';
import { ovhEmailPro } from '../../../src/services/ovh-email-pro.js';
import { OVH_PANEL_PAGE_KINDS } from '../../../src/sites/ovh-email-panel/adapter.js';

/** The Email Pro guide: found on every Email Pro panel page, complete in EN and FR, in step with the catalog. */
const EMAIL_PRO_KINDS = OVH_PANEL_PAGE_KINDS.filter((kind) => kind.startsWith('ovh-email-pro'));
const PANEL = 'ovh-email-panel';

const statusById = (states: { id: string; status: string }[]) => Object.fromEntries(states.map((s) => [s.id, s.status]));

describe('Email Pro guide: matching', () => {
  it('knows four Email Pro page kinds (so the cases below cannot pass empty)', () => {
    expect(EMAIL_PRO_KINDS).toEqual(['ovh-email-pro-general', 'ovh-email-pro-domains', 'ovh-email-pro-dkim', 'ovh-email-pro-accounts']);
  });

  it.each(EMAIL_PRO_KINDS)('on %s, the Email Pro guide comes first with steps for that page, service known or not', (pageKind) => {
    for (const serviceId of ['ovh-email-pro', undefined]) {
      const [first] = guidesFor({ adapterId: PANEL, pageKind }, serviceId);
      expect(first?.id, String(serviceId)).toBe('email-pro-first-steps');
      expect(stepsOnPage(first!, pageKind).length).toBeGreaterThan(0);
    }
  });

  it('puts each step on the page it happens on', () => {
    expect(stepsOnPage(emailProFirstSteps, 'ovh-email-pro-general')).toEqual(['server-name', 'mail-apps']);
    expect(stepsOnPage(emailProFirstSteps, 'ovh-email-pro-domains')).toEqual(['add-domain', 'cname-ownership', 'mx-records', 'srv-autodiscover', 'spf', 'diagnostic-badges']);
    expect(stepsOnPage(emailProFirstSteps, 'ovh-email-pro-dkim')).toEqual(['dkim']);
    expect(stepsOnPage(emailProFirstSteps, 'ovh-email-pro-accounts')).toEqual(['accounts', 'mail-apps']);
  });

  it('with Email Pro as the service, a registrar page gives its steps, then Email Pro, then the mail-app settings', () => {
    expect(guidesFor({ adapterId: 'godaddy', pageKind: 'dns-zone' }, 'ovh-email-pro').map((g) => g.id)).toEqual([
      'registrar-godaddy', 'email-pro-first-steps', 'mail-client-settings',
    ]);
    expect(guidesFor(undefined, 'ovh-email-pro').map((g) => g.id)).toEqual(['email-pro-first-steps', 'mail-client-settings']);
  });

  it('leaves the Exchange pages to the Exchange guide', () => {
    expect(guidesFor({ adapterId: PANEL, pageKind: 'ovh-exchange-domains' })[0]?.id).toBe('hosted-exchange-first-steps');
  });

  it('links the mail-app step to the mail-app settings guide, which covers Email Pro', () => {
    const step = emailProFirstSteps.steps.find((s) => s.id === 'mail-apps')!;
    expect(findGuide(step.seeGuide!.id)?.services).toContain('ovh-email-pro');
  });
});

describe('Email Pro guide: text', () => {
  it('says every title, body and hint in EN and FR, never empty, never the same text twice', () => {
    for (const step of emailProFirstSteps.steps) {
      const texts = [step.title, step.body, ...(step.target ? [step.target.hint] : []), ...(step.seeGuide ? [step.seeGuide.label] : [])];
      for (const text of texts) {
        for (const lang of LANGS) expect(text[lang].trim().length, `${step.id}.${lang}`).toBeGreaterThan(3);
        expect(text.fr, step.id).not.toBe(text.en);
      }
    }
  });

  it('names the records the catalog `ovh-email-pro` defines, in both languages', () => {
    const records = ovhEmailPro.records;
    const euMx = records.flatMap((r) => (r.type === 'MX' && r.when?.region?.includes('eu') ? [r] : []));
    const mxTargets = euMx.map((r) => r.pointsTo.replace(/\.$/, ''));
    expect(mxTargets).toHaveLength(5);
    const srv = records.flatMap((r) => (r.type === 'SRV' ? [r] : []))[0]!;
    const spfRules = records.flatMap((r) => (r.type === 'SPFM' ? [r.spfRules] : []));
    const ownershipTarget = String(ovhEmailPro.variables.find((v) => v.name === 'cname_target')?.default).replace(/\.$/, '');
    const byId = (id: string) => emailProFirstSteps.steps.find((s) => s.id === id)!;
    for (const lang of LANGS) {
      const mx = byId('mx-records').body[lang];
      // The body names mx0.mail.ovh.net in full and the others by their first label.
      for (const target of mxTargets) expect(mx, `${lang} ${target}`).toContain(target.split('.')[0]!);
      expect(mx).toContain('mx0.mail.ovh.net');
      for (const r of euMx) expect(mx).toContain(String(r.priority));
      const srvBody = byId('srv-autodiscover').body[lang];
      expect(srvBody).toContain(`${srv.service}.${srv.protocol}`);
      expect(srvBody).toContain(String(srv.port));
      expect(srvBody).toContain('pro<N>.mail.ovh.net');
      for (const rule of spfRules) expect(byId('spf').body[lang]).toContain(rule);
      expect(byId('cname-ownership').body[lang]).toContain('-check');
      expect(byId('cname-ownership').body[lang]).toContain(ownershipTarget);
      expect(byId('dkim').body[lang]).toContain('ovhemp<N>-selector1');
      expect(byId('mail-apps').body[lang]).toMatch(/993[\s\S]*587/);
    }
  });

  it('points "Show me" only at steps that happen on a page (a target elsewhere has nothing to point at)', () => {
    for (const step of emailProFirstSteps.steps.filter((s) => s.target)) expect(step.pageKinds?.length ?? 0, step.id).toBeGreaterThan(0);
  });
});

describe('Email Pro guide: progress', () => {
  it('on General information, "open the service" is done and the server step is current', () => {
    const states = statusById(guideProgress(emailProFirstSteps, { pageKind: 'ovh-email-pro-general' }));
    expect(states).toMatchObject({ 'open-service': 'done', 'server-name': 'current', 'add-domain': 'todo' });
  });

  it('on Associated domains, the fixture\'s shop.example.net badges: domain added, MX and SPF done, the CNAME current', () => {
    const badges = { MX: 'ok', SRV: 'action', CNAME: 'action', SPF: 'ok' } as const;
    const states = guideProgress(emailProFirstSteps, { pageKind: 'ovh-email-pro-domains', badges });
    expect(statusById(states)).toMatchObject({
      'open-service': 'done', 'server-name': 'done', 'add-domain': 'done', 'cname-ownership': 'current',
      'mx-records': 'done', 'srv-autodiscover': 'todo', spf: 'done', 'diagnostic-badges': 'todo', dkim: 'todo',
    });
    expect(states.find((s) => s.id === 'add-domain')?.doneBecause).toBe('badges');
  });

  it('a domain without a row on the page is not "added": the add step stays current', () => {
    expect(statusById(guideProgress(emailProFirstSteps, { pageKind: 'ovh-email-pro-domains', badges: {} }))['add-domain']).toBe('current');
    expect(statusById(guideProgress(emailProFirstSteps, { pageKind: 'ovh-email-pro-domains' }))['add-domain']).toBe('current');
  });
});

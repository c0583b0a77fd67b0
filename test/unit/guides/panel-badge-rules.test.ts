import { describe, expect, it } from 'vitest';
import type { CheckRow } from '../../../src/dns/check/types.js';
import { findGuide, GUIDES } from '../../../src/sites/guides.js';
import { guideProgress } from '../../../src/guides/progress.js';

/**
 * What the control panel's Diagnostic badges may prove: a missing DKIM badge proves nothing
 * (only a green one, or the check), and "Show me" on a badge step points at red badges only.
 */
type Badges = Record<string, 'ok' | 'action'>;

const dkimOf = (guideId: string, input: { badges?: Badges; rows?: CheckRow[]; pageKind?: string }) =>
  guideProgress(findGuide(guideId)!, input).find((state) => state.id === 'dkim')!;

function row(type: CheckRow['type'], name: string, status: CheckRow['status']): CheckRow {
  return { type, name, expected: 'x', found: [], byResolver: {}, status, message: { en: '', fr: '' } };
}

describe('DKIM done rule', () => {
  it.each(['hosted-exchange-first-steps', 'email-pro-first-steps'])('%s: a domain row without a DKIM badge does not mark DKIM done', (guideId) => {
    for (const pageKind of ['ovh-exchange-domains', 'ovh-email-pro-domains', undefined]) {
      const state = dkimOf(guideId, { badges: { MX: 'ok', SRV: 'ok', SPF: 'ok' }, ...(pageKind && { pageKind }) });
      expect(state.status, String(pageKind)).not.toBe('done');
    }
  });

  it('Hosted Exchange: a red DKIM badge does not, a green one does (a positive panel signal)', () => {
    expect(dkimOf('hosted-exchange-first-steps', { badges: { MX: 'ok', DKIM: 'action' } }).status).not.toBe('done');
    expect(dkimOf('hosted-exchange-first-steps', { badges: { MX: 'ok', DKIM: 'ok' } })).toEqual({ id: 'dkim', status: 'done', doneBecause: 'badges' });
  });

  it.each(['hosted-exchange-first-steps', 'email-pro-first-steps'])('%s: the check of both selector CNAMEs marks DKIM done, a missing one does not', (guideId) => {
    const ok = [row('CNAME', 'ovhex1-selector1._domainkey.example.com', 'ok'), row('CNAME', 'ovhex1-selector2._domainkey.example.com', 'ok')];
    expect(dkimOf(guideId, { rows: ok })).toEqual({ id: 'dkim', status: 'done', doneBecause: 'check' });
    expect(dkimOf(guideId, { rows: [ok[0]!, row('CNAME', 'ovhex1-selector2._domainkey.example.com', 'missing')] }).status).not.toBe('done');
  });

  it('no step anywhere counts a missing DKIM badge as DKIM done on its own', () => {
    for (const guide of GUIDES) {
      for (const step of guide.steps) {
        const only = step.doneWhenBadgesClear;
        if (only?.includes('DKIM')) expect(only.length, `${guide.id}.${step.id}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('"Show me" on a badge: red ones only', () => {
  const badgeSteps = GUIDES.flatMap((guide) =>
    guide.steps.filter((step) => step.target && 'locator' in step.target && step.target.locator.some((entry) => JSON.stringify(entry).includes('oui-badge'))).map((step) => [`${guide.id}.${step.id}`, step] as const),
  );

  it('finds the badge steps (so the cases below cannot pass empty)', () => {
    expect(badgeSteps.map(([id]) => id)).toEqual(expect.arrayContaining([
      'hosted-exchange-first-steps.cname-ownership', 'hosted-exchange-first-steps.dns-values', 'email-pro-first-steps.mx-records', 'email-pro-first-steps.spf',
    ]));
  });

  it.each(badgeSteps)('%s: every locator entry is a badge\'s word among red badges only (no text fallback that could find a green one, no attribute only our fixture has), and says what no red badge means', (_id, step) => {
    const target = step.target as { locator: readonly unknown[]; hint: { en: string }; absent?: { en: string; fr: string } };
    for (const entry of target.locator) {
      // Any red badge, or one badge's word among the red ones.
      if (typeof entry === 'string') expect(entry).toBe('.oui-badge_error');
      else expect(entry).toMatchObject({ within: '.oui-badge_error', text: expect.any(RegExp) });
    }
    expect(target.hint.en).not.toMatch(/when red/i);
    expect(target.absent?.en).toMatch(/^No red/);
    expect(target.absent?.fr).toMatch(/^Aucune pastille/);
  });
});

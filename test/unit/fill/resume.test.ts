import { describe, expect, test } from 'vitest';
import { recordsLeft, resumedPlan } from '../../../src/fill/resume.js';
import type { FillPlan } from '../../../src/fill/types.js';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { COMMON_CONVENTIONS } from '../../../src/sites/define-editor.js';

const mx = (priority: number, value: string): DnsRecord => ({ type: 'MX', name: 'example.com', ttl: 3600, priority, value });
const SRV: DnsRecord = { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, priority: 0, weight: 0, port: 443, value: 'mail.example.com' };
const RECORDS = [mx(1, 'mx0.mail.ovh.net'), mx(5, 'mx1.mail.ovh.net'), mx(200, 'mx4.mail.ovh.net'), SRV];
const PLAN: FillPlan = { zone: 'example.com', toAdd: RECORDS.map((record) => ({ record, fields: {}, notes: [] })), present: [], conflicts: [], toReplace: [], unsupported: [] };

describe('a run going on in a page loaded anew', () => {
  test('the records left start at the one the run was on, in order, and keep the run\'s choice of records', () => {
    expect(recordsLeft(PLAN, undefined, 2)).toEqual(RECORDS.slice(1));
    expect(recordsLeft(PLAN, [comparableKey(RECORDS[0]!), comparableKey(SRV)], 2)).toEqual([SRV]);
    expect(recordsLeft(PLAN, undefined, 0)).toEqual(RECORDS);
  });

  test('the new plan is the run\'s records left less those the page lists, even when a fresh plan would call the zone good enough', () => {
    // A fresh plan may find MX 200 "present" once an alternative MX set is there: the run still adds it.
    const fresh: FillPlan = { ...PLAN, toAdd: [], present: RECORDS };
    const plan = resumedPlan(fresh, { total: 4, saved: 1, awaiting: RECORDS[1]!, left: RECORDS.slice(1) }, [RECORDS[0]!, RECORDS[1]!], COMMON_CONVENTIONS);
    expect(plan.toAdd.map((item) => item.record)).toEqual([RECORDS[2], SRV]);
    expect(plan.toAdd[1]!.fields).toMatchObject({ host: '_autodiscover._tcp', port: '443', value: 'mail.example.com' });
  });
});

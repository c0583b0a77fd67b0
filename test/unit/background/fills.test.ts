import { describe, expect, test } from 'vitest';
import { createFills } from '../../../src/background/fills.js';
import { UserError } from '../../../src/lib/user-error.js';
import type { FillReply } from '../../../src/messages/tab-requests.js';
import type { FillRunOptions } from '../../../src/fill/types.js';
import type { DnsRecord } from '../../../src/records/types.js';
import type { Setup } from '../../../src/services/desired.js';
import { memoryArea } from '../../../src/storage/area.js';

const SETUP: Setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };
const PLAN = { plan: { zone: 'example.com', toAdd: [], present: [], conflicts: [], toReplace: [], unsupported: [] }, site: 'Test site', stages: false };
const NOT_READY: FillReply & { ok: false } = { ok: false, error: { en: 'No DNS record form was found on this page.', fr: 'Aucun formulaire.' }, notReady: true };

/** A page that answers with each of `replies` in turn (an Error is thrown, as sendMessage does before the filler listens). */
function fillsWith(replies: (FillReply | Error | undefined)[], patienceMs = 400) {
  let asked = 0;
  const fills = createFills({
    ask: async () => {
      const reply = replies[Math.min(asked, replies.length - 1)];
      asked += 1;
      if (reply instanceof Error) throw reply;
      return reply;
    },
    onState: () => undefined,
    recheck: () => undefined,
    patienceMs,
    retryEveryMs: 10,
  });
  return { fills, asked: () => asked };
}

const sentence = (promise: Promise<unknown>) => promise.then(() => 'answered', (error: unknown) => (error instanceof UserError ? error.problems[0]!.en : String(error)));

describe('asking a page that is not ready yet', () => {
  test('no receiver yet, then an editor still rendering, then the plan: the plan comes back', async () => {
    const { fills, asked } = fillsWith([new Error('Could not establish connection. Receiving end does not exist.'), undefined, NOT_READY, { ok: true, ...PLAN }]);
    expect(await fills.plan(1, SETUP, {})).toEqual(PLAN);
    expect(asked()).toBe(4);
  });

  test('a page never ready: after the bounded wait, its own sentence', async () => {
    const { fills } = fillsWith([NOT_READY]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toBe(NOT_READY.error.en);
  });

  test('a page that never answers: a sentence that says what to do', async () => {
    const { fills } = fillsWith([new Error('Receiving end does not exist.')]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toMatch(/did not answer: reload it, open its DNS editor, then try again/);
  });

  test('a real refusal (another zone) is not asked again', async () => {
    const { fills, asked } = fillsWith([{ ok: false, error: { en: 'This page edits the zone of other.org.', fr: '…' } }, { ok: true, ...PLAN }]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toBe('This page edits the zone of other.org.');
    expect(asked()).toBe(1);
  });
});

describe('a run whose page loads anew', () => {
  const MX: DnsRecord = { type: 'MX', name: 'example.com', ttl: 3600, priority: 0, value: 'mail.example.com' };
  const SRV: DnsRecord = { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, priority: 0, weight: 0, port: 443, value: 'mail.example.com' };
  const RUN_PLAN = { ...PLAN, plan: { ...PLAN.plan, toAdd: [MX, SRV].map((record) => ({ record, fields: {}, notes: [] })) } };
  const ORIGIN = 'https://panel.example.net';

  /** A run on ORIGIN waiting for the user's save of the MX; what the background asks the pages. */
  async function awaitingSave(session = memoryArea()) {
    const requests: { type: string; options: FillRunOptions }[] = [];
    const deps = {
      ask: async (_tabId: number, type: 'fill-plan' | 'fill-run', request: { options: FillRunOptions }) => (requests.push({ type, options: request.options }), { ok: true as const, ...RUN_PLAN }),
      onState: () => undefined,
      recheck: () => undefined,
      session,
      tabOrigin: async () => ORIGIN,
    };
    const fills = createFills(deps);
    await fills.run(7, SETUP, {});
    await fills.progress(7, { phase: 'awaiting-save', index: 1, total: 2, record: MX, message: { en: 'Record 1 of 2 is filled in.', fr: '…' } });
    return { fills, requests, deps };
  }

  test('on the same origin, a filler in the new page goes on: the record being saved, the records left, the count so far', async () => {
    const { fills, requests } = await awaitingSave();
    await fills.pageLoaded(7, ORIGIN);
    expect(requests.at(-1)).toEqual({ type: 'fill-run', options: { resume: { total: 2, saved: 0, awaiting: MX, left: [MX, SRV] } } });
    expect((await fills.current(7)).state).toBe('running');
  });

  test('a page that reports its load twice gets one filler run, not a second one refused as busy', async () => {
    const { fills, requests } = await awaitingSave();
    await Promise.all([fills.pageLoaded(7, ORIGIN), fills.pageLoaded(7, ORIGIN)]);
    expect(requests.filter((request) => request.options.resume)).toHaveLength(1);
  });

  test('on another origin (or none), the run stops with a sentence; saved records stay saved', async () => {
    const { fills, requests } = await awaitingSave();
    await fills.pageLoaded(7, 'https://elsewhere.example.org');
    expect(requests).toHaveLength(1);
    const state = await fills.current(7);
    expect(state.state === 'stopped' && state.progress?.message.en).toMatch(/reloaded or changed during the fill/);
  });

  test('a worker woken anew still knows the run from the session store, and a page cannot set where a run resumes', async () => {
    const session = memoryArea();
    const { deps } = await awaitingSave(session);
    const woken = createFills(deps);
    expect((await woken.current(7)).state).toBe('running');
    const { fills, requests } = await awaitingSave();
    await fills.run(8, SETUP, { resume: { total: 9, saved: 9, left: [] } });
    expect(requests.at(-1)!.options).toEqual({});
  });
});

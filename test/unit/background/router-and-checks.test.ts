import { describe, expect, test } from 'vitest';
import { createChecks } from '../../../src/background/checks.js';
import { createRouter, type Handlers } from '../../../src/background/router.js';
import type { CheckState } from '../../../src/messages/types.js';
import { UserError } from '../../../src/lib/user-error.js';
import { memoryArea } from '../../../src/storage/area.js';
import { fakeDohFetch } from '../../support/fake-doh-fetch.js';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = { id: ID, url: `${ORIGIN}src/popup/popup.html` };

describe('router', () => {
  const handlers = {
    'get-options': async () => ({ resolvers: ['https://dns.google/dns-query'], defaultTtl: 3600, language: 'en' }),
    'get-setup': async () => {
      throw new UserError([{ en: 'Type a domain.', fr: 'Saisissez un domaine.' }]);
    },
    'get-check': async () => {
      throw new TypeError('boom');
    },
  } as unknown as Handlers;
  const route = createRouter(handlers, { id: ID, origin: ORIGIN });

  test('answers valid requests with their value', async () => {
    expect(await route({ type: 'get-options', payload: {} }, PAGE)).toMatchObject({ ok: true, value: { defaultTtl: 3600 } });
  });
  test('user errors cross as their sentences, unexpected ones as a sentence naming them', async () => {
    expect(await route({ type: 'get-setup', payload: {} }, PAGE)).toEqual({ ok: false, error: { en: 'Type a domain.', fr: 'Saisissez un domaine.' } });
    const reply = await route({ type: 'get-check', payload: { domain: 'example.com' } }, PAGE);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.en).toMatch(/boom.*Try again/);
  });
  test('a web page cannot talk to the background', async () => {
    expect((await route({ type: 'get-options', payload: {} }, { url: 'https://evil.example/' })).ok).toBe(false);
  });
});

describe('checks in the background', () => {
  const setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };

  test('run to completion, report progress, and keep the result after the page is gone', async () => {
    const local = memoryArea();
    const states: CheckState[] = [];
    const { fetch } = fakeDohFetch((question) =>
      question.type === 'A' && question.name === 'mail.example.com'
        ? { answers: [{ type: 'A', name: 'mail.example.com', ttl: 300, data: '203.0.113.10' }] }
        : { rcode: 'NXDOMAIN' },
    );
    const checks = createChecks({ local, sync: memoryArea(), fetch, isOnline: () => true, onState: (_, state) => states.push(state) });
    const first = await checks.start(setup, 5);
    expect(first.state).toBe('running');
    await expect.poll(() => states.at(-1)?.state).toBe('done');
    expect(states.some((state) => state.state === 'running' && state.total > 0)).toBe(true);
    const stored = await checks.current('example.com');
    expect(stored.state).toBe('done');
    if (stored.state === 'done') expect(stored.report.results.find((row) => row.type === 'A')?.status).toBe('ok');
  });

  test('a check asked for while one runs (the re-check after a save) runs after it, not never', async () => {
    let served = 0;
    const { fetch } = fakeDohFetch(() => {
      served += 1;
      return { rcode: 'NXDOMAIN' };
    });
    const finished: CheckState[] = [];
    const checks = createChecks({ local: memoryArea(), sync: memoryArea(), fetch, isOnline: () => true, onState: (_, state) => state.state === 'done' && finished.push(state) });
    await checks.start(setup);
    await checks.start(setup);
    await expect.poll(() => finished.length).toBe(2);
    expect(served).toBeGreaterThan(0);
  });

  test('an invalid setup is refused with the engine’s sentences', async () => {
    const checks = createChecks({ local: memoryArea(), sync: memoryArea(), fetch, isOnline: () => true, onState: () => undefined });
    await expect(checks.start({ ...setup, vars: { ip: 'not an ip' } })).rejects.toBeInstanceOf(UserError);
  });
});

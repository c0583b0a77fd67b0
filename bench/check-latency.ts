import { dohQuery } from '../src/dns/doh.js';
import { runCheck } from '../src/dns/run-check.js';
import { expandService } from '../src/services/expand.js';
import type { LoopbackDns } from '../test/support/dns/loopback-dns.js';
import { faultUrl } from '../test/support/dns/urls.js';

const LATENCY_MS = 100;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * A full ovh-hosted-exchange check (every record, name servers, two resolvers) through a proxy
 * that adds 100 ms to every DoH request, divided by one query through the same proxy: how close
 * the check comes to a single round trip. With SPF expansion, the service's own include
 * (mx.ovh.com) is asked in the first round, so the whole check stays about one round trip.
 */
export async function benchCheckLatency(dns: LoopbackDns): Promise<string[]> {
  const slow = (path: 'pass' | { slowMs: number }) => faultUrl(dns, path);
  const resolvers = [slow({ slowMs: LATENCY_MS }), `${slow({ slowMs: LATENCY_MS })}?second`];
  const expanded = expandService('ovh-hosted-exchange', 'hosted-ok.test', { server: 'ex5.mail.ovh.net', token: 'ab1cd' });
  if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
  const set = expanded.set;
  const one: number[] = [];
  const full: number[] = [];
  const withSpf: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh resolver each run (runCheck creates one), so no answer comes from a cache.
    one.push(await timed(() => dohQuery(resolvers[0]!, { name: `hosted-ok.test`, type: 'MX' }, { fetch })));
    full.push(await timed(() => runCheck({ set, resolvers, fetch, expandSpf: false })));
    withSpf.push(await timed(() => runCheck({ set, resolvers, fetch, expandSpf: true, timeoutMs: 1500 })));
  }
  const ratio = median(full) / median(one);
  const spfRatio = median(withSpf) / median(one);
  return [
    `check latency (${LATENCY_MS} ms added per DoH request, 2 resolvers, median of ${ROUNDS}):`,
    `  one query            ${median(one).toFixed(0)} ms`,
    `  full check           ${median(full).toFixed(0)} ms  (${set.records.length} records + name servers)`,
    `  ratio full / one     ${ratio.toFixed(2)}x   target <= 1.5x ${ratio <= 1.5 ? 'MET' : 'NOT MET'}`,
    `  with SPF expansion   ${median(withSpf).toFixed(0)} ms  (mx.ovh.com asked in the first round; it is not served on loopback and answers REFUSED)`,
    `  ratio with SPF / one ${spfRatio.toFixed(2)}x   target <= 1.5x ${spfRatio <= 1.5 ? 'MET' : 'NOT MET'}`,
  ];
}

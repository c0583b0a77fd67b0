import { startLoopbackDns } from '../test/support/dns/loopback-dns.js';
import { benchCheckLatency } from './check-latency.js';
import { benchFill } from './fill-bench.js';

/**
 * `npm run bench`: every measurement printed side by side in one run, never asserted
 * (these machines are noisy). Needs unbound and dnsdist (npm run setup installs them).
 */
const dns = await startLoopbackDns();
try {
  for (const line of await benchCheckLatency(dns.info)) console.log(line);
  for (const line of await benchFill()) console.log(line);
} finally {
  await dns.stop();
}

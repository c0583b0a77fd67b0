import { startLoopbackDns } from '../test/support/dns/loopback-dns.js';
import { benchCheckLatency } from './check-latency.js';
import { runExtensionBench } from './extension-bench.js';
import { benchFill } from './fill-bench.js';
import { benchPageReader } from './page-reader-bench.js';
import { benchFleet } from './fleet-bench.js';
import { benchLabFill } from './lab-fill-bench.js';

/**
 * `npm run bench`: every measurement printed side by side in one run, never asserted
 * (these machines are noisy). Needs unbound, dnsdist and chromium (npm run setup installs them),
 * and the builds (`npm run bench` builds first). `npm run bench -- fleet` runs the fleet part alone,
 * `npm run bench -- lab` the Lab pages alone (LAB_ONLY=ods,shoelace: those pages).
 */
const only = process.argv[2];
if (only === 'lab') {
  const dns = await startLoopbackDns();
  try {
    for (const line of await benchLabFill(dns.info)) console.log(line);
  } finally {
    await dns.stop();
  }
} else if (only !== 'fleet') {
  const dns = await startLoopbackDns();
  try {
    for (const line of await benchCheckLatency(dns.info)) console.log(line);
    console.log('extension (dist/chrome):');
    for (const line of await runExtensionBench()) {
      console.log(`  ${line.name.padEnd(40)} ${String(line.value).padStart(8)} ${line.unit.padEnd(3)} ${line.target}`);
    }
    for (const line of await benchFill()) console.log(line);
    for (const line of await benchLabFill(dns.info)) console.log(line);
    for (const line of await benchPageReader()) console.log(line);
  } finally {
    await dns.stop();
  }
}
// Its own loopback servers (10,000 generated domains), after the others have stopped.
if (only !== 'lab') for (const line of await benchFleet()) console.log(line);

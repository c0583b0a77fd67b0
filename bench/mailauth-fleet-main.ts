import { readFile } from 'node:fs/promises';
import { mailauthFleet } from './mailauth-fleet.js';

/*
 * The mailauth side of the fleet bench as its own process, the way an agent runs a script:
 * `node mailauth-fleet.mjs RESOLVER_URL FILE CONCURRENCY` (one domain per line) prints how many
 * domains passed SPF and DMARC. Built by the bench (buildMailauthScript) with mailauth left
 * external, so Node loads it from node_modules as a script that installed it would.
 */
const [resolverUrl, file, concurrency] = process.argv.slice(2);
if (!resolverUrl || !file || !concurrency) throw new Error('Usage: mailauth-fleet.mjs RESOLVER_URL FILE CONCURRENCY');
const domains = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
console.log(await mailauthFleet(domains, resolverUrl, Number(concurrency)));

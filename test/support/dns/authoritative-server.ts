import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBinary } from '../require-binary.js';
import { PortTakenError, startDaemon } from './daemon.js';
import { freePort } from './free-port.js';
import { NO_FORWARDER, onlyTestZones, quote, serverBasics } from './unbound-config.js';
import { listZones, type TestZone } from './zones.js';

/**
 * A zone's own name server on loopback: unbound answering the zones of
 * test/fixtures/authoritative/ authoritatively (AA set, no recursion, UDP and TCP on one port),
 * the way a DNS host's servers answer `check --authoritative`. Everything else is refused.
 */
export interface AuthoritativeServer {
  port: number;
  stop(): Promise<void>;
}

const ZONES = fileURLToPath(new URL('../../fixtures/authoritative/', import.meta.url));

export async function startAuthoritativeServer(): Promise<AuthoritativeServer> {
  const unbound = requireBinary('unbound', 'unbound');
  const directory = await mkdtemp(join(tmpdir(), 'dsa-authoritative-'));
  const zones = listZones(ZONES);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort({ udpToo: true });
    await writeFile(join(directory, 'unbound.conf'), authoritativeConfig(directory, port, zones));
    try {
      const daemon = await startDaemon({
        label: 'unbound (authoritative)',
        command: unbound,
        args: ['-d', '-c', join(directory, 'unbound.conf')],
        cwd: directory,
        logPath: join(directory, 'unbound.log'),
        readyWhen: /start of service/,
      });
      return {
        port,
        stop: async () => {
          await daemon.stop();
          await rm(directory, { recursive: true, force: true });
        },
      };
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 4) {
        await rm(directory, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

function authoritativeConfig(directory: string, port: number, zones: readonly TestZone[]): string {
  return [
    ...serverBasics(directory),
    `  interface: 127.0.0.1@${port}`,
    `  port: ${port}`,
    ...onlyTestZones(zones),
    ...zones.flatMap((zone) => ['auth-zone:', `  name: ${quote(`${zone.name}.`)}`, `  zonefile: ${quote(zone.file)}`, '  for-downstream: yes', '  for-upstream: no', '  fallback-enabled: no']),
    ...NO_FORWARDER,
  ].join('\n');
}

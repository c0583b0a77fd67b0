import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dohQuery } from '../../../src/dns/doh.js';
import { requireBinaries } from '../require-binary.js';
import { TEST_HOSTS } from '../test-hosts.js';
import { createTestCertificate } from './certificate.js';
import { PortTakenError, startDaemon } from './daemon.js';
import type { Daemon } from './daemon.js';
import { dnsdistConfig } from './dnsdist-config.js';
import { startFaultProxy } from './fault-proxy.js';
import { freePort } from './free-port.js';
import { unboundConfig } from './unbound-config.js';
import { listZones } from './zones.js';
import type { TestZone } from './zones.js';

/**
 * The real DoH servers of the test run, all on loopback and free ports:
 * unbound (the zones of test/fixtures/zones, DoH over TLS h2) ← dnsdist (DoH over TLS and plain
 * HTTP) ← a Node fault proxy (plain HTTP and HTTPS). Started once per run by global-setup.ts;
 * usable on its own by scripts (benchmarks, demos) that need the same servers.
 */

/** What the tests get with `inject('dns')`: plain data, it crosses into the test workers. */
export interface LoopbackDns {
  /** dnsdist's RFC 8484 endpoint over plain HTTP: what Node's fetch queries in tests. */
  plainUrl: string;
  /** dnsdist's RFC 8484 endpoint over TLS (HTTP/1.1 and h2), certificate `certPath`. */
  tlsUrl: string;
  tlsPort: number;
  /** unbound's own RFC 8484 endpoint over TLS, HTTP/2 only (Chromium yes, Node's fetch no). */
  unboundTlsUrl: string;
  unboundTlsPort: number;
  /** unbound's plain DNS port (UDP and TCP), for debugging by hand. */
  dnsPort: number;
  /** Base of the fault proxy over plain HTTP; build its URLs with faultUrl() (urls.ts). */
  faultOrigin: string;
  /** The same fault proxy over HTTPS (HTTP/1.1), for the browser. */
  faultTlsOrigin: string;
  faultTlsPort: number;
  /** A DoH URL on a loopback port where nothing listens: a resolver that is down. */
  downUrl: string;
  /** Self-signed, valid for every entry of `hosts`. */
  certPath: string;
  keyPath: string;
  hosts: string[];
  /** The zones unbound serves (file names of test/fixtures/zones without `.zone`). */
  zones: string[];
  /** Where the servers' configuration and logs are, while they run. */
  directory: string;
}

export interface RunningLoopbackDns {
  info: LoopbackDns;
  stop(): Promise<void>;
}

export const DEFAULT_ZONES_DIRECTORY = fileURLToPath(new URL('../../fixtures/zones/', import.meta.url));
const PORT_ATTEMPTS = 4;

export async function startLoopbackDns(
  options: { zonesDirectory?: string; hosts?: readonly string[] } = {},
): Promise<RunningLoopbackDns> {
  const binaries = requireBinaries([
    { name: 'unbound', aptPackage: 'unbound' },
    { name: 'dnsdist', aptPackage: 'dnsdist' },
    { name: 'openssl', aptPackage: 'openssl' },
  ]);
  const zones = listZones(options.zonesDirectory ?? DEFAULT_ZONES_DIRECTORY);
  const hosts = [...(options.hosts ?? TEST_HOSTS)];
  const directory = await mkdtemp(join(tmpdir(), 'dsa-loopback-dns-'));
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => undefined);
    stoppers.length = 0;
    await rm(directory, { recursive: true, force: true });
  };

  try {
    const { certPath, keyPath } = createTestCertificate(binaries.openssl!, directory, hosts);

    const unbound = await onFreePorts(async () => {
      const ports = { dnsPort: await freePort({ udpToo: true }), httpsPort: await freePort() };
      await writeFile(join(directory, 'unbound.conf'), unboundConfig({ directory, certPath, keyPath, zones, ...ports }));
      const daemon = await startDaemon({
        label: 'unbound',
        command: binaries.unbound!,
        args: ['-d', '-c', join(directory, 'unbound.conf')],
        cwd: directory,
        logPath: join(directory, 'unbound.log'),
        readyWhen: /start of service/,
      });
      return { daemon, ...ports };
    });
    stoppers.push(unbound.daemon.stop);

    const dnsdist = await onFreePorts(async () => {
      const ports = { dnsPort: await freePort({ udpToo: true }), tlsPort: await freePort(), plainPort: await freePort() };
      const config = dnsdistConfig({ ...ports, backendPort: unbound.dnsPort, certPath, keyPath, healthCheckZone: healthCheckZone(zones) });
      await writeFile(join(directory, 'dnsdist.conf'), config);
      const daemon = await startDaemon({
        label: 'dnsdist',
        command: binaries.dnsdist!,
        args: ['--supervised', '--disable-syslog', '-C', join(directory, 'dnsdist.conf')],
        cwd: directory,
        logPath: join(directory, 'dnsdist.log'),
        readyWhen: /as 'up'/,
      });
      return { daemon, ...ports };
    });
    stoppers.push(dnsdist.daemon.stop);

    const plainUrl = `http://127.0.0.1:${dnsdist.plainPort}/dns-query`;
    await checkZonesLoaded(plainUrl, zones, unbound.daemon);

    const faultProxy = await startFaultProxy({ upstreamUrl: plainUrl });
    stoppers.push(faultProxy.close);
    const faultTlsProxy = await startFaultProxy({ upstreamUrl: plainUrl, tls: { certPath, keyPath } });
    stoppers.push(faultTlsProxy.close);

    const info: LoopbackDns = {
      plainUrl,
      tlsUrl: `https://127.0.0.1:${dnsdist.tlsPort}/dns-query`,
      tlsPort: dnsdist.tlsPort,
      unboundTlsUrl: `https://127.0.0.1:${unbound.httpsPort}/dns-query`,
      unboundTlsPort: unbound.httpsPort,
      dnsPort: unbound.dnsPort,
      faultOrigin: `http://127.0.0.1:${faultProxy.port}`,
      faultTlsOrigin: `https://127.0.0.1:${faultTlsProxy.port}`,
      faultTlsPort: faultTlsProxy.port,
      downUrl: `http://127.0.0.1:${await freePort()}/dns-query`,
      certPath,
      keyPath,
      hosts,
      zones: zones.map((zone) => zone.name),
      directory,
    };
    return { info, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `start` again on new ports when another process took a probed port first. */
async function onFreePorts<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}

function healthCheckZone(zones: readonly TestZone[]): string {
  return (zones.find((zone) => zone.name === 'doh.test') ?? zones[0]!).name;
}

/** A zone file unbound could not parse is served as SERVFAIL: fail the run here, naming the file. */
async function checkZonesLoaded(plainUrl: string, zones: readonly TestZone[], unbound: Daemon): Promise<void> {
  const failures: string[] = [];
  await Promise.all(
    zones.map(async (zone) => {
      const answer = await dohQuery(plainUrl, { name: zone.name, type: 'NS' }, { fetch });
      if (answer.rcode !== 'NOERROR' || answer.nameservers.length === 0) failures.push(`${zone.file} (${answer.rcode})`);
    }),
  );
  if (failures.length > 0) {
    throw new Error(
      `unbound did not load these zone files: ${failures.join(', ')}. Fix them (each needs an SOA and NS records at its apex); unbound said:\n${unbound.output()}`,
    );
  }
}

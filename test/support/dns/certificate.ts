import { spawnSync } from 'node:child_process';
import { isIP } from 'node:net';
import { join } from 'node:path';

export interface TestCertificate {
  certPath: string;
  keyPath: string;
}

/**
 * A self-signed certificate for every test host, made with openssl into `directory`.
 * Browsers accept it with --ignore-certificate-errors; Node with `ca`/NODE_EXTRA_CA_CERTS.
 */
export function createTestCertificate(openssl: string, directory: string, hosts: readonly string[]): TestCertificate {
  const certPath = join(directory, 'cert.pem');
  const keyPath = join(directory, 'key.pem');
  const subjectAltName = hosts.map((host) => (isIP(host) ? `IP:${host}` : `DNS:${host}`)).join(',');
  const result = spawnSync(
    openssl,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', '/CN=dns-setup-assistant test',
      '-addext', `subjectAltName=${subjectAltName}`, '-keyout', keyPath, '-out', certPath],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`openssl could not make the test certificate (${result.error?.message ?? result.stderr.trim()}): check that openssl works.`);
  }
  return { certPath, keyPath };
}

#!/usr/bin/env node
// `npm run setup`: everything `npm test` needs on a Debian machine, installed when we can
// (root + apt-get), otherwise the exact command to run. Quick and silent when all is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Keep in step with .ci/run. chromium: real-browser tests; unbound + dnsdist: the loopback
// DoH servers; openssl: their certificate; firefox-esr: the Firefox smoke test.
const DEBIAN_PACKAGES = ['chromium', 'unbound', 'dnsdist', 'openssl', 'ca-certificates', 'firefox-esr'];
const MINIMUM_NODE_MAJOR = 20;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}); fix the error above and run \`npm run setup\` again.`);
    process.exit(1);
  }
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.includes('install ok installed');
  });
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MINIMUM_NODE_MAJOR) {
    console.error(`Node ${process.versions.node} is too old: install Node ${MINIMUM_NODE_MAJOR} or later, then run \`npm run setup\` again.`);
    process.exit(1);
  }
}

function installDebianPackages() {
  if (!has('dpkg-query') || !has('apt-get')) {
    console.warn(`Not a Debian system: install ${DEBIAN_PACKAGES.join(', ')} (or their equivalents) with your package manager before \`npm test\`.`);
    return;
  }
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`Missing Debian packages: ${missing.join(', ')}. Install them as root, then run \`npm run setup\` again:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
}

function installNodeModules() {
  if (existsSync(join(root, 'node_modules'))) return;
  console.log('Installing the npm dependencies (npm ci)…');
  // Carbon's packages (a Registrar Lab page) start a telemetry upload on install: never here.
  run('npm', ['ci'], { cwd: root, env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' } });
}

checkNode();
installDebianPackages();
installNodeModules();
console.log('Set-up complete: run `npm test`.');

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds the programs the tests drive (unbound, dnsdist, openssl, chromium…). A missing one
 * FAILS the run with the exact install command: a test that skips silently would pass on a
 * machine where nothing was tested.
 */

export interface BinaryNeed {
  name: string;
  /** The Debian package that provides it. */
  aptPackage: string;
}

// Daemons live in sbin, which a non-root PATH often lacks.
const EXTRA_DIRECTORIES = ['/usr/sbin', '/sbin', '/usr/local/sbin'];

/** The absolute path of `name`, or an Error naming the command that installs it. */
export function requireBinary(name: string, aptPackage: string): string {
  return requireBinaries([{ name, aptPackage }])[name]!;
}

/** Like requireBinary for several programs, with ONE install command for all that are missing. */
export function requireBinaries(needs: readonly BinaryNeed[]): Record<string, string> {
  const found: Record<string, string> = {};
  const missing: BinaryNeed[] = [];
  for (const need of needs) {
    const path = findOnPath(need.name);
    if (path) found[need.name] = path;
    else missing.push(need);
  }
  if (missing.length > 0) {
    const names = missing.map((need) => need.name).join(', ');
    const packages = [...new Set(missing.map((need) => need.aptPackage))].join(' ');
    throw new Error(
      `${names} ${missing.length === 1 ? 'is' : 'are'} not installed and the tests need ${missing.length === 1 ? 'it' : 'them'}: ` +
        `run \`apt-get install -y ${packages}\` as root (or \`npm run setup\`), then run the tests again.`,
    );
  }
  return found;
}

function findOnPath(name: string): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRECTORIES];
  for (const directory of directories) {
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory: keep looking.
    }
  }
  return undefined;
}

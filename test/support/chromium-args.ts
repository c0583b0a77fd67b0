/**
 * The flags every Chromium we start needs on these closed machines (shared docs/testing.md):
 * without the background-networking ones it floods the network with refused connections.
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The quiet flags plus an unpacked extension loaded alone. */
export function extensionArgs(extensionDir: string): string[] {
  return [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

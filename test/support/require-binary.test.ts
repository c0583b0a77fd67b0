import { describe, expect, it } from 'vitest';
import { requireBinaries, requireBinary } from './require-binary.js';

// A missing program must fail the run with the command that installs it, never skip.
describe('requireBinary', () => {
  it('finds a program, in sbin too', () => {
    expect(requireBinary('sh', 'dash')).toMatch(/\/sh$/);
    expect(requireBinary('unbound', 'unbound')).toBe('/usr/sbin/unbound');
  });

  it('names the exact install command when a program is missing', () => {
    expect(() => requireBinary('no-such-program-dsa', 'no-such-package')).toThrow(
      'no-such-program-dsa is not installed and the tests need it: run `apt-get install -y no-such-package` as root',
    );
  });

  it('gives one command for everything missing', () => {
    expect(() =>
      requireBinaries([
        { name: 'sh', aptPackage: 'dash' },
        { name: 'missing-one-dsa', aptPackage: 'pkg-one' },
        { name: 'missing-two-dsa', aptPackage: 'pkg-two' },
      ]),
    ).toThrow('missing-one-dsa, missing-two-dsa are not installed and the tests need them: run `apt-get install -y pkg-one pkg-two`');
  });
});

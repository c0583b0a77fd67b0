import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEMO_HOST } from '../../../src/sites/demo/adapter.js';

/**
 * The demo site (demo/dns-editor.html) is for `npm start` and the tests: the demo and test builds
 * carry its adapter and guide, the store builds never do (npm test builds dist/ first).
 */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const scripts = (build: string) => files(build).filter((path) => path.endsWith('.js')).map((path) => readFileSync(path, 'utf8')).join('\n');

describe('the demo site', () => {
  test.each(['dist/chrome', 'dist/firefox'])('is nowhere in the store build %s (adapter, guide, host)', (build) => {
    const code = scripts(build);
    expect(code).not.toContain('Demo DNS editor');
    expect(code).not.toContain(DEMO_HOST);
    expect(readFileSync(join(build, 'manifest.json'), 'utf8')).not.toContain(DEMO_HOST);
  });

  test.each(['dist/demo-chrome', 'dist/test-chrome'])('is in %s, adapter and guide', (build) => {
    const code = scripts(build);
    expect(code).toContain(DEMO_HOST);
    expect(code).toContain('registrar-');
    expect(code).toContain('Demo DNS editor');
  });
});

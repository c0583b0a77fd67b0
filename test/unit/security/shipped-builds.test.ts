import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * What a web page, or a store reviewer, sees of the shipped builds (npm test builds dist/ first):
 * no file a page can load or probe (web_accessible_resources), the browsers' default MV3 CSP
 * (script-src 'self'), no content script on every site, no host reached in clear, and no code
 * that evaluates strings or loads scripts from elsewhere.
 */
const BUILDS = ['dist/chrome', 'dist/firefox'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(BUILDS)('%s', (build) => {
  const manifest = () => JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('exposes no file to pages and keeps the default CSP', () => {
    expect(manifest().web_accessible_resources).toBeUndefined();
    expect(manifest().content_security_policy).toBeUndefined();
    expect(manifest().externally_connectable).toBeUndefined();
  });

  test('asks for no host in clear and runs on no site it does not know', () => {
    const text = JSON.stringify(manifest());
    expect(text).not.toMatch(/<all_urls>|\*:\/\/\*\/|"http:\/\//);
  });

  test('holds no string evaluation and no remote script', () => {
    for (const file of files(build).filter((path) => /\.(js|html)$/.test(path))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|setTimeout\(\s*['"`]/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(code, file).not.toMatch(/\bimport\(\s*["'`]https?:/);
    }
  });
});

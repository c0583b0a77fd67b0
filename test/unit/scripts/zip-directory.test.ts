import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { zipDirectory } from '../../../scripts/zip-directory.js';

test('store zips hold every file, byte for byte, and are reproducible', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsa-zip-'));
  mkdirSync(join(dir, 'src/popup'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), '{"manifest_version":3}');
  writeFileSync(join(dir, 'src/popup/popup.html'), '<!doctype html>é'.repeat(100));
  zipDirectory(dir, join(dir, '..', 'a.zip'));
  zipDirectory(dir, join(dir, '..', 'b.zip'));
  expect(readFileSync(join(dir, '..', 'a.zip')).equals(readFileSync(join(dir, '..', 'b.zip')))).toBe(true);
  const out = mkdtempSync(join(tmpdir(), 'dsa-unzip-'));
  // Python's zipfile checks the CRCs while extracting; it is on every Debian machine.
  const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', join(dir, '..', 'a.zip'), out], { encoding: 'utf8' });
  expect(unzip.status, unzip.stderr).toBe(0);
  expect(readFileSync(join(out, 'src/popup/popup.html'), 'utf8')).toBe('<!doctype html>é'.repeat(100));
  expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"manifest_version":3}');
});

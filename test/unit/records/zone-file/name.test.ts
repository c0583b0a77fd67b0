import { describe, expect, it } from 'vitest';
import { absoluteName, isAtOrBelow, nameLabels, readZoneName, relativeOwner } from '../../../../src/records/zone-file/name.js';

const read = (raw: string, origin?: string) => {
  const result = readZoneName(raw, origin);
  return result.ok ? result.name : `refused: ${result.problem.en}`;
};

describe('readZoneName', () => {
  it('reads @, relative and absolute names, and the root', () => {
    expect(read('@', 'example.com')).toBe('example.com');
    expect(read('www', 'example.com')).toBe('www.example.com');
    expect(read('WWW.Example.NET.', 'example.com')).toBe('www.example.net');
    expect(read('.', 'example.com')).toBe('');
    expect(read('www', '')).toBe('www');
  });
  it('keeps every byte, in the form BIND prints', () => {
    expect(read('a\\.b', 'example')).toBe('a\\.b.example');
    expect(read('\\065\\066', 'example')).toBe('ab.example');
    expect(read('\\@\\$\\;\\(\\)\\"\\\\', 'example')).toBe('\\@\\$\\;\\(\\)\\"\\\\.example');
    expect(read('x\\ y\\009\\255+_#%', 'example')).toBe('x\\032y\\009\\255+_#%.example');
    expect(read('\\@', 'example')).not.toBe('example');
  });
  it('refuses empty labels, long labels and names, bad escapes, and relative names without origin', () => {
    for (const raw of ['a..b.', '.a.', `${'x'.repeat(64)}.`, `${'abcdefghi.'.repeat(26)}`, 'a\\25', 'a\\256.', 'a\\', 'www']) {
      expect(read(raw), raw).toMatch(/^refused: /);
    }
    expect(read(`${'abcdefgh.'.repeat(28)}`)).not.toMatch(/^refused/);
  });
});

describe('names in the model form', () => {
  it('splits labels on dots that are not escaped', () => {
    expect(nameLabels('a\\.b.example.com')).toEqual(['a\\.b', 'example', 'com']);
    expect(nameLabels('a\\092.b')).toEqual(['a\\092', 'b']);
    expect(nameLabels('')).toEqual([]);
  });
  it('tells a name inside a zone label by label, and writes it relative to it', () => {
    expect(isAtOrBelow('x.example\\.com', 'com')).toBe(false);
    expect(isAtOrBelow('x.example.com', 'example.com')).toBe(true);
    expect(isAtOrBelow('anything', '')).toBe(true);
    expect(relativeOwner('a\\.b.example.com', 'example.com')).toBe('a\\.b');
    expect(relativeOwner('example.com', 'example.com')).toBe('@');
    expect(relativeOwner('x.example\\.com', 'com')).toBe('x.example\\.com.');
    expect(absoluteName('')).toBe('.');
  });
});

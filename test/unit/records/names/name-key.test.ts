import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../src/records/names/name-key.js';

describe('nameKey: a name from DNS data in the form names are compared in', () => {
  it('folds case and drops one final dot', () => {
    expect(nameKey('Mail.Example.COM.')).toBe('mail.example.com');
    expect(nameKey('mail.example.com')).toBe('mail.example.com');
  });

  it('keeps the root and inner dots as they are (it is no parser)', () => {
    expect(nameKey('.')).toBe('');
    expect(nameKey('a..b.')).toBe('a..b');
  });
});

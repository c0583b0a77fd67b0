import { describe, expect, it } from 'vitest';
import { formatTxtValue, joinTxt, quoteTxtString, splitTxt } from '../../../src/records/txt-strings.js';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('splitTxt / joinTxt', () => {
  it('keeps short text in one string, empty text as one empty string', () => {
    expect(splitTxt('v=spf1 mx ~all')).toEqual(['v=spf1 mx ~all']);
    expect(splitTxt('')).toEqual(['']);
  });
  it('cuts at 255 bytes exactly', () => {
    const text = 'a'.repeat(600);
    expect(splitTxt(text).map((part) => part.length)).toEqual([255, 255, 90]);
    expect(joinTxt(splitTxt(text))).toBe(text);
    expect(splitTxt('a'.repeat(255))).toHaveLength(1);
  });
  it('counts bytes, not characters, and never cuts inside a character', () => {
    // "é" is 2 bytes: 127 fit (254 bytes), the 128th would make 256.
    const text = 'é'.repeat(200);
    const parts = splitTxt(text);
    expect(parts.map((part) => bytes(part))).toEqual([254, 146]);
    // A 4-byte emoji at the boundary moves whole to the next string.
    const emoji = `${'a'.repeat(253)}😀b`;
    expect(splitTxt(emoji)).toEqual(['a'.repeat(253), '😀b']);
    expect(joinTxt(splitTxt(emoji))).toBe(emoji);
  });
});

describe('quoteTxtString / formatTxtValue', () => {
  it('escapes quotes and backslashes, keeps other text readable', () => {
    expect(quoteTxtString('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
    expect(quoteTxtString('clé ; (x)')).toBe('"clé ; (x)"');
  });
  it('writes control characters as \\DDD', () => {
    expect(quoteTxtString('a\nb\tc\u007f\u0000')).toBe('"a\\010b\\009c\\127\\000"');
  });
  it('splits before escaping, so an escape never straddles two strings', () => {
    const text = `${'a'.repeat(254)}"b`;
    expect(formatTxtValue(text)).toBe(`"${'a'.repeat(254)}\\"" "b"`);
  });
});

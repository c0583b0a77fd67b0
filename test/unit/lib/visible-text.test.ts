import { describe, expect, it } from 'vitest';
import { firstHiddenCharacter, visibleJson, visibleText } from '../../../src/lib/visible-text.js';

describe('visibleText', () => {
  it.each([
    ['C0 controls as \\DDD, as zone files write bytes', 'a\u0000b\u0007c\u001b[2Kd\re\nf\tg', 'a\\000b\\007c\\027[2Kd\\013e\\010f\\009g'],
    ['DEL and C1 controls', 'x\u007fy\u0085z\u009b31m', 'x\\127y\\133z\\15531m'],
    ['an OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\027]52;c;ZXZpbA==\\007'],
    ['bidi embeddings, overrides and isolates (Trojan Source)', 'a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j', 'a\\u{202A}b\\u{202B}c\\u{202C}d\\u{202D}e\\u{202E}f\\u{2066}g\\u{2067}h\\u{2068}i\\u{2069}j'],
    ['bidi marks', 'a\u200eb\u200fc\u061cd', 'a\\u{200E}b\\u{200F}c\\u{61C}d'],
    ['zero-width and soft hyphen (category Cf)', 'pay\u200bpal\u00ad.com\u2060\ufeff\u200c\u200d', 'pay\\u{200B}pal\\u{AD}.com\\u{2060}\\u{FEFF}\\u{200C}\\u{200D}'],
    ['Unicode tag characters (Cf, outside the BMP)', 'a\u{e0041}\u{e007f}b', 'a\\u{E0041}\\u{E007F}b'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u{2028}b\\u{2029}c'],
  ])('shows %s', (_, hostile, shown) => {
    expect(visibleText(hostile)).toBe(shown);
  });

  it('leaves accents, IDN, French spaces, emoji and punctuation as they are', () => {
    const text = 'café.example xn--caf-dma.example 例え.jp «\u00a0oui\u00a0»\u202f! 🎉 — `*[x](y)*` \\ " \'';
    expect(visibleText(text)).toBe(text);
    expect(firstHiddenCharacter(text)).toBeUndefined();
  });

  it('names the first hidden character as it would show it', () => {
    expect(firstHiddenCharacter('ok\u202eevil\u0007')).toBe('\\u{202E}');
    expect(firstHiddenCharacter('\u001b[2K')).toBe('\\027');
  });
});

describe('visibleJson', () => {
  // Found by the fuzz suite: JSON.stringify left a TXT value's U+061C (and DEL, C1, bidi) raw on stdout.
  it('writes DEL, C1, bidi and format characters as \\u escapes, and parses back to the same value', () => {
    const value = { txt: 'v=spf1\u061c\u202e -all\u007f\u009b', tag: 'a\u{e0041}b', plain: 'café «\u00a0oui\u00a0»', control: '\u001b[2K' };
    const json = visibleJson(value);
    expect(json).toContain('v=spf1\\u061c\\u202e -all\\u007f\\u009b');
    expect(json).toContain('a\\udb40\\udc41b');
    expect(json).toContain('café «\u00a0oui\u00a0»');
    expect(firstHiddenCharacter(json.replaceAll('\n', ''))).toBeUndefined();
    expect(JSON.parse(json)).toEqual(value);
  });
});

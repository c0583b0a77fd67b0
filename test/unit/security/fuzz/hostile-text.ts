import fc from 'fast-check';

/**
 * Structure-aware generators: a valid input (a name, a code, a paste, a zone file, a DNS
 * message) changed in a few places, so that inputs get past the first checks and reach the
 * code behind them, plus the characters that hurt terminals, reports and name parsers.
 */

/** Terminal controls, bidi and invisible characters, look-alikes, escapes and Markdown specials. */
export const HOSTILE_PIECES = [
  '\u0000', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000b', '\u001b', '\u001b[2K\r', '\u001b]52;c;ZXZpbA==\u0007', '\u001b[31m',
  '\u007f', '\u0085', '\u009b', '\u009d', '\u00ad', '\u061c', '\u200b', '\u200c', '\u200d', '\u200e', '\u202a', '\u202e',
  '\u2028', '\u2029', '\u2060', '\u2066', '\u2069', '\ufeff', '\ufff9', '\ud800', '\udfff', '\u{e0001}',
  'ａ', '\uff0e', '\u3002', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '😀', '\u00a0', '\u202f',
  '"', "'", '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '&', '#', '|', '~', '$', '%', '{', '}', ';', '=', ':', '/', '@', ',',
  ' ', '.', '..', '-', '--', 'xn--', 'xn--55555577', '\\#', '\\065', '\\999', '\\.', '<img src=x>', '[x](javascript:alert(1))',
] as const;

export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
);

type EditKind = 'insert' | 'delete' | 'repeat' | 'replace' | 'case' | 'truncate';

interface Edit {
  kind: EditKind;
  at: number;
  span: number;
  times: number;
  text: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('insert', 'insert', 'delete', 'repeat', 'replace', 'replace', 'case', 'truncate'),
  at: fc.nat(),
  span: fc.integer({ min: 1, max: 8 }),
  times: fc.integer({ min: 2, max: 80 }),
  text: hostilePiece,
});

function applyEdit(text: string, { kind, at, span, times, text: piece }: Edit): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  const j = Math.min(text.length, i + span);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(j);
    case 'repeat':
      return text.slice(0, i) + text.slice(i, j).repeat(times) + text.slice(j);
    case 'replace':
      return text.slice(0, i) + piece + text.slice(j);
    case 'case': {
      const part = text.slice(i, j);
      return text.slice(0, i) + (part === part.toUpperCase() ? part.toLowerCase() : part.toUpperCase()) + text.slice(j);
    }
    case 'truncate':
      return text.slice(0, i);
  }
}

/** `base` after up to `maxEdits` edits (inserted hostile pieces, deletions, repeats, case, truncation). */
export function mutated(base: fc.Arbitrary<string>, maxEdits = 3): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(editArb, { minLength: 1, maxLength: maxEdits })).map(([text, edits]) => edits.reduce(applyEdit, text));
}

/** Mostly `base` mutated, sometimes as is (valid inputs must keep working), sometimes anything. */
export function nearValid(base: fc.Arbitrary<string>, maxEdits = 3): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: base },
    { weight: 6, arbitrary: mutated(base, maxEdits) },
    { weight: 1, arbitrary: fc.string({ unit: hostilePiece, maxLength: 12 }) },
  );
}

/** Domain names as people type and paste them, valid and not. */
export const DOMAINS = ['example.com', 'example.com.', 'mail.example.fr', 'bücher.example', 'xn--bcher-kva.example', 'a-b.co.uk', 'EXAMPLE.NET', 'x.y.z.example.org'] as const;

export const domainArb: fc.Arbitrary<string> = nearValid(fc.constantFrom(...DOMAINS));

import { describe, expect, it } from 'vitest';
import { loadZone } from '../../../../src/records/zone-file/load.js';
import { expectSentences } from '../sentences.js';

const zone = (...lines: string[]): string => lines.join('\n') + '\n';

describe('loadZone: what a name server serves from the records read', () => {
  it('ignores records outside the zone, saying so on their line', () => {
    const loaded = loadZone(zone('$ORIGIN example.com.', '$TTL 60', 'www A 192.0.2.1', 'mail.example.net. A 192.0.2.2', 'example.com. MX 10 mail.example.net.'));
    expect(loaded.records.map((entry) => entry.line)).toEqual([3, 5]);
    expect(loaded.skipped.map((line) => [line.line, line.type])).toEqual([[4, 'A']]);
    expectSentences(loaded.skipped.map((line) => line.reason), 'mail.example.net', 'example.com');
  });
  it('serves a record written twice once, naming the first line', () => {
    const loaded = loadZone(zone('$ORIGIN example.com.', '$TTL 60', '@ MX 10 mail', '@ MX 10 MAIL.example.com.', '@ MX 20 mail'));
    expect(loaded.records.map((entry) => entry.line)).toEqual([3, 5]);
    expectSentences(loaded.skipped.map((line) => line.reason));
    expect(loaded.skipped.map((line) => [line.line, line.reason.en, line.reason.fr])).toEqual([[4, expect.stringContaining('line 3'), expect.stringContaining('ligne 3')]]);
  });
  it('gives an RRset one TTL: the first of a run of lines, the last run across runs (BIND)', () => {
    const loaded = loadZone(zone('$ORIGIN example.com.', '$TTL 3600', 'a 10 A 192.0.2.1', '  20 A 192.0.2.2', 'b A 192.0.2.9', 'a 30 A 192.0.2.3', 'c 40 TXT "x"', '  TXT "y"'));
    expect(loaded.records.map((entry) => `${entry.record.name} ${entry.record.ttl}`)).toEqual([
      'a.example.com 30',
      'a.example.com 30',
      'b.example.com 3600',
      'a.example.com 30',
      'c.example.com 40',
      'c.example.com 40',
    ]);
  });
  it('leaves a zone without origin as read (the caller asks for one)', () => {
    const loaded = loadZone('a.example. 60 A 192.0.2.1\na.example. 60 A 192.0.2.1');
    expect(loaded.origin).toBeUndefined();
    expect(loaded.records).toHaveLength(2);
  });
});

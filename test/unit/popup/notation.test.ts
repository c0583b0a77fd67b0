import { describe, expect, test } from 'vitest';
import { displayName, formatDuration } from '../../../src/popup/notation.js';

describe('notation and durations', () => {
  test('FQDN by default, relative with @ when the site wants it', () => {
    expect(displayName('_dmarc.example.com', 'example.com', 'fqdn')).toBe('_dmarc.example.com');
    expect(displayName('_dmarc.example.com', 'example.com', 'relative')).toBe('_dmarc');
    expect(displayName('example.com', 'example.com', 'relative')).toBe('@');
    expect(displayName('mx0.mail.ovh.net', 'example.com', 'relative')).toBe('mx0.mail.ovh.net.');
  });
  test('durations read like a person would say them', () => {
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(86_400 + 3 * 3600 + 5)).toBe('1 d 3 h');
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(0)).toBe('0 s');
  });
  test('French writes days as j, each number bound to its unit by a no-break space', () => {
    expect(formatDuration(86_400, 'fr')).toBe('1\u00a0j');
    expect(formatDuration(2 * 86_400 + 3600, 'fr')).toBe('2\u00a0j 1\u00a0h');
    expect(formatDuration(300, 'fr')).toBe('5\u00a0min');
  });
});

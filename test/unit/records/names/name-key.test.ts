import { describe, it } from 'vitest';
import { nameKey } from '../../../../src/records/names/name-key.js';
import { expectReadings } from '../../../support/readings.js';

describe('nameKey: a name from DNS data in the form names are compared in', () => {
  it('folds case and drops one final dot', () => {
    expectReadings(nameKey, { 'Mail.Example.COM.': 'mail.example.com', 'mail.example.com': 'mail.example.com' });
  });

  it('keeps the root and inner dots as they are (it is no parser)', () => {
    expectReadings(nameKey, { '.': '', 'a..b.': 'a..b' });
  });
});

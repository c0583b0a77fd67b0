import { describe, expect, test } from 'vitest';
import { uiLanguage } from '../../../src/ui/language.js';
import { LATER_TEXT } from '../../../src/ui/later-text.js';
import { fillText, text } from '../../../src/ui/ui-text.js';

describe('UI language', () => {
  test('explicit choice wins, else the first supported browser language, else English', () => {
    expect(uiLanguage('fr', ['en-US'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE'])).toBe('en');
  });
  test('placeholders are filled as text', () => {
    expect(fillText('fr', LATER_TEXT.checkRunning, { done: 2, total: 9 })).toBe('Vérification\u00a0: 2 questions sur 9 traitées…');
    expect(text('en', 'copied', { what: '<b>x</b>' })).toBe('Copied: <b>x</b>');
  });
});

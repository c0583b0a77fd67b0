import { describe, expect, test } from 'vitest';
import { uiLanguage } from '../../../src/i18n/lang.js';
import { checkText } from '../../../src/popup/components/check-text.js';
import { uiText } from '../../../src/ui/ui-text.js';

describe('UI language', () => {
  test('explicit choice wins, else the first supported browser language, else English', () => {
    expect(uiLanguage('fr', ['en-US'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE'])).toBe('en');
  });
  test('placeholders are filled as text', () => {
    expect(checkText('fr')('checkRunning', { done: '2', count: 9 })).toBe('Vérification\u00a0: 2 sur 9\u00a0questions traitées…');
    expect(checkText('fr')('checkRunning', { done: '0', count: 1 })).toBe('Vérification\u00a0: 0 sur 1\u00a0question traitée…');
    expect(uiText('en')('copied', { what: '<b>x</b>' })).toBe('Copied: <b>x</b>');
  });
});

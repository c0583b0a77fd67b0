import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../../src/sites/guides.js';
import { isWireTarget, locatorOfWire, wireTargetOf } from '../../../src/highlight/wire.js';

/** A "Show me" target crosses popup → background → page as plain data; the page rebuilds it, warily. */
describe('highlight targets on the wire', () => {
  it('a red badge known by its word travels as text + scope and comes back as the same locator', () => {
    const guide = GUIDES.find((candidate) => candidate.id === 'email-pro-first-steps')!;
    const step = guide.steps.find((candidate) => candidate.id === 'mx-records')!;
    const wire = wireTargetOf(guide, step);
    expect(wire).toEqual({ locator: [{ text: '^MX$', within: '.oui-badge_error' }] });
    expect(isWireTarget(JSON.parse(JSON.stringify(wire)))).toBe(true);
    const locator = locatorOfWire((wire as { locator: unknown }).locator);
    expect(locator).toEqual([{ within: '.oui-badge_error', text: /^MX$/i }]);
  });

  it.each([
    ['a scope that is not a string', [{ text: 'MX', within: 3 }]],
    ['a scope too long', [{ text: 'MX', within: 'a'.repeat(301) }]],
    ['an unknown key', [{ text: 'MX', onclick: 'x' }]],
    ['a pattern that does not compile', [{ text: '(' }]],
    ['too many entries', Array.from({ length: 13 }, () => '.x')],
    ['nothing', []],
  ])('refuses %s', (_why, wire) => {
    expect(locatorOfWire(wire)).toBeUndefined();
  });
});

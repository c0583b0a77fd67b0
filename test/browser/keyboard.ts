import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A keyboard-only user (issue 15: "keyboard-only use works for the whole task"): keys only, and
 * after each key the focus is where a sighted keyboard user can use it — on an element other
 * than <body>, with an accessible name (the browser's own accessibility tree says it), visible in
 * the window and not under the sticky action bar, with a focus ring (outline or box-shadow) that
 * stands out from the background around it (WCAG 1.4.11: 3:1).
 */
export interface FocusSeen {
  /** `tag#id.class` of the focused element, for the failure messages. */
  element: string;
  role: string;
  name: string;
  /** Its box lies in the window and its own pixels are on top (nothing, such as the sticky bar, covers it). */
  visible: boolean;
  /** Where it is and what is on top of it, for the failure messages. */
  where: string;
  /** Outline or box-shadow drawn, and the outline's contrast with the background behind it (box-shadow: Infinity). */
  ringContrast: number;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdpOf(page: Page): Promise<CDPSession> {
  const known = sessions.get(page);
  if (known) return known;
  const session = await page.context().newCDPSession(page);
  sessions.set(page, session);
  return session;
}

/** The accessible role and name of the focused element, as Chromium computes them for screen readers. */
async function focusedAccessibility(page: Page): Promise<{ role: string; name: string }> {
  const cdp = await cdpOf(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  if (!result.objectId) return { role: '', name: '' };
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const node = nodes[0];
  return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '').trim() };
}

export async function focusSeen(page: Page): Promise<FocusSeen> {
  const seen = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return { element: 'body', visible: false, where: '', ringContrast: 0 };
    const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const box = element.getBoundingClientRect();
    // A point in the element's first line (a tall section is focused at its top after scrollIntoView).
    const x = box.left + Math.min(box.width / 2, 12);
    const y = box.top + Math.min(box.height / 2, 10);
    // Seen when its first line is (a box scrolled a few pixels past the top edge still is).
    const inWindow = box.width > 0 && box.height > 0 && y >= 0 && y < window.innerHeight && box.left > -1 && box.right < window.innerWidth + 1;
    const hit = inWindow ? document.elementFromPoint(x, y) : null;
    const visible = inWindow && hit !== null && (element === hit || element.contains(hit));
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The ring is drawn around the element: the background it stands on is its parent's (the first opaque one up).
    let behind = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      const alpha = rgb(background)[3];
      if (background !== 'transparent' && alpha !== 0) {
        behind = background;
        break;
      }
    }
    const [light, dark] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind))].sort((a, b) => b - a) as [number, number];
    const ringContrast = outline ? (light + 0.05) / (dark + 0.05) : shadow ? Number.POSITIVE_INFINITY : 0;
    const where = `box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${window.innerWidth}×${window.innerHeight}, on top: ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`;
    return { element: label, visible, where, ringContrast };
  });
  return { ...seen, ...(await focusedAccessibility(page)) };
}

const usable = (seen: FocusSeen) => seen.element !== 'body' && seen.name !== '' && seen.visible && seen.ringContrast >= 3;

/** Fails unless the focus is usable as the header of this file says; `step` names the user's step in the message. */
export async function expectUsableFocus(page: Page, step: string): Promise<FocusSeen> {
  // After a key the page may still be drawing what the key did (a re-render, the browser scrolling
  // the focused control into view): the focus is judged once the page shows it in place, not on a
  // frame in between. A focus that never becomes usable still fails, with what was seen last.
  let seen = await focusSeen(page);
  if (!usable(seen)) {
    await expect.poll(async () => usable((seen = await focusSeen(page)))).toBe(true).catch(() => undefined);
  }
  const where = `${step}: focus on ${seen.element} (${seen.role} "${seen.name}")`;
  expect(seen.element, `${step}: the focus was lost to the page`).not.toBe('body');
  expect(seen.name, `${where} has no accessible name`).not.toBe('');
  expect(seen.visible, `${where} is not visible (off the window or under another element: ${seen.where})`).toBe(true);
  expect(seen.ringContrast, `${where} has no focus ring standing out (3:1) from the background`).toBeGreaterThanOrEqual(3);
  return seen;
}

/** One key, then the focus checked. */
export async function press(page: Page, key: string, step: string): Promise<FocusSeen> {
  await page.keyboard.press(key);
  return expectUsableFocus(page, `${step} (${key})`);
}

/**
 * Past the last control (first, with Shift+Tab) the focus leaves the page for the browser's own
 * controls, as it should; the next key brings it back at the other end. True when the focused
 * control is that last (first) stop: the key then leaves the page, and is pressed once here.
 */
async function wrapsAround(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<boolean> {
  const atEdge = await page.evaluate((forward) => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility(),
    );
    return document.activeElement === (forward ? stops.at(-1) : stops[0]);
  }, key === 'Tab');
  if (!atEdge) return false;
  await page.keyboard.press(key);
  const left = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  if (!left) throw new Error(`${key} on the page's ${key === 'Tab' ? 'last' : 'first'} control did not leave the page: a trap.`);
  return true;
}

/**
 * Tab (or Shift+Tab) until the focus is on `selector`, every stop on the way checked; fails after
 * `max` presses (the element is not in the tab order, or a trap keeps the focus elsewhere).
 */
export async function tabTo(page: Page, selector: string, step: string, options: { backward?: boolean; max?: number } = {}): Promise<FocusSeen> {
  const key = options.backward ? 'Shift+Tab' : 'Tab';
  const stops: string[] = [];
  for (let count = 0; count < (options.max ?? 60); count++) {
    if (await wrapsAround(page, key)) stops.push('(out of the page and back)');
    const seen = await press(page, key, `${step}, stop ${count + 1}`);
    stops.push(seen.element);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector)) return seen;
  }
  throw new Error(`${step}: ${selector} never got the focus by ${key}; stops: ${stops.join(' → ')}`);
}

/**
 * Every stop of the page's tab order from its start, each checked, until the focus leaves the
 * page (Tab past the last control): the elements reached, in order. A trap (the focus circling
 * inside a part of the page) fails.
 */
export async function walkTabOrder(page: Page, step: string, max = 120): Promise<string[]> {
  // Tab starts from the top: from a mark focused there and removed (blur() alone keeps the place of the control it leaves).
  await page.evaluate(() => {
    const mark = document.createElement('span');
    mark.tabIndex = -1;
    document.body.prepend(mark);
    mark.focus();
    mark.remove();
  });
  const stops: string[] = [];
  const seenKeys = new Set<string>();
  for (let count = 0; count < max; count++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      // Its place in the document: two stops on one element mean the focus went round in circles.
      const path: number[] = [];
      for (let node: Element | null = element; node?.parentElement; node = node.parentElement) path.unshift([...node.parentElement.children].indexOf(node));
      return path.join('.');
    });
    // Past the last control the focus leaves the page, or (without browser UI to go to) starts over.
    if (here === null || (count > 0 && here === [...seenKeys][0])) return stops;
    if (seenKeys.has(here)) throw new Error(`${step}: the focus came back to a stop it had left (a trap); stops: ${stops.join(' → ')}`);
    seenKeys.add(here);
    stops.push((await expectUsableFocus(page, `${step}, stop ${count + 1}`)).element);
  }
  throw new Error(`${step}: more than ${max} tab stops; stops: ${stops.join(' → ')}`);
}

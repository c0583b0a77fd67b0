import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emailProFirstSteps } from '../../src/guides/email-pro-first-steps.js';
import { wireTargetOf, type WireLocator } from '../../src/highlight/wire.js';
import { useReaderBrowser } from './capture-browser.js';

/**
 * "Show me": the highlight points at the element a guide step names, on the panel fixture,
 * never blocks the page, shows its hint as text (never markup), and leaves no trace.
 */
const session = useReaderBrowser(['ovh-email-panel']);

const HOSTED = '/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1';

type Dsa = {
  findTarget(document: Document, locator: readonly (string | { text: RegExp })[]): Element | undefined;
  showHighlight(target: Element, label: string): { remove(): void };
  locatorOfWire(wire: unknown): readonly (string | { text: RegExp })[] | undefined;
  readPage(): { pageKind: string; domain?: string } | null;
};

const PRO = '/#/web/email_pro/emailpro-ab12345-1';
/** Where each Email Pro page kind is in the fixture. */
const PRO_PAGES: Record<string, string> = {
  'ovh-email-pro-general': '',
  'ovh-email-pro-domains': '/domain',
  'ovh-email-pro-dkim': '/domain/shop.example.net/dkim',
  'ovh-email-pro-accounts': '/account',
};

/** Email Pro steps about a badge that is green on every domain of the fixture platform. */
const GREEN_ONLY: Record<string, string> = { 'mx-records': 'MX', spf: 'SPF' };

async function highlight(page: Page, selector: string, label: string): Promise<void> {
  await page.evaluate(([css, text]) => {
    const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
    const target = dsa.findTarget(document, [css!]);
    if (!target) throw new Error(`nothing at ${css}`);
    (window as unknown as { __handle: { remove(): void } }).__handle = dsa.showHighlight(target, text!);
  }, [selector, label]);
}

const box = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-dsa-highlight]');
    const outline = host?.shadowRoot?.querySelector('.box')?.getBoundingClientRect();
    const tip = host?.shadowRoot?.querySelector('.tip');
    return outline ? { x: outline.x, y: outline.y, w: outline.width, h: outline.height, tip: tip?.textContent, tipChildren: tip?.children.length } : null;
  });

describe('highlight on the panel fixture', () => {
  it('outlines the red CNAME badge (the step\'s target) with the hint, and the page stays clickable', async () => {
    const page = await session.open('ovh-email-panel', `/${HOSTED.slice(1)}/domain`);
    const before = await page.evaluate(() => document.body.outerHTML);
    await page.evaluate(() => {
      const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
      const target = dsa.findTarget(document, ['.oui-badge_error[data-badge="CNAME"]', { text: /^CNAME$/ }]);
      (window as unknown as { __handle: { remove(): void } }).__handle = dsa.showHighlight(target!, 'Cliquez sur la pastille rouge CNAME');
    });
    const badge = await page.locator('tr:has-text("example.com") [data-badge=CNAME]').boundingBox();
    // Once the outline is drawn around the badge (the next frame, however long that takes).
    await expect.poll(async () => Math.abs(((await box(page))?.x ?? Infinity) - (badge!.x - 4))).toBeLessThan(1.5);
    const outline = await box(page);
    expect(outline).not.toBeNull();
    // The outline surrounds the badge (4 px margin each side).
    expect(Math.abs(outline!.x - (badge!.x - 4))).toBeLessThan(1.5);
    expect(Math.abs(outline!.y - (badge!.y - 4))).toBeLessThan(1.5);
    expect(Math.abs(outline!.w - (badge!.width + 8))).toBeLessThan(1.5);
    expect(outline!.tip).toBe('Cliquez sur la pastille rouge CNAME');
    await page.screenshot({ path: '.cache/screenshots/e2e/guides-highlight-cname.png' });

    // Never blocking: a real click at the badge's centre reaches the badge and opens the pop-over.
    await page.mouse.click(badge!.x + badge!.width / 2, badge!.y + badge!.height / 2);
    await expect.poll(() => page.locator('[role=tooltip]').count()).toBe(1);

    // Removed cleanly: the page is exactly as before (minus the pop-over the click opened).
    await page.evaluate(() => (window as unknown as { __handle: { remove(): void } }).__handle.remove());
    await page.evaluate(() => document.querySelectorAll('.oui-popover').forEach((n) => n.remove()));
    expect(await page.evaluate(() => document.querySelectorAll('[data-dsa-highlight]').length)).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await page.close();
  });

  it('shows markup in a hint as text, follows the element, and goes away with Escape', async () => {
    const page = await session.open('ovh-email-panel', `/${HOSTED.slice(1)}/domain`);
    await highlight(page, '#add-domain', '<img src=x onerror="window.__pwned=1">Ajouter');
    const outline = await box(page);
    expect(outline!.tip).toBe('<img src=x onerror="window.__pwned=1">Ajouter');
    expect(outline!.tipChildren).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.evaluate(() => { document.querySelector<HTMLElement>('#add-domain')!.style.marginLeft = '200px'; });
    await expect.poll(async () => (await box(page))!.x - outline!.x).toBeGreaterThan(150);

    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelectorAll('[data-dsa-highlight]').length)).toBe(0);
    await page.close();
  });

  it('disappears when the target leaves the page (the SPA changed screen)', async () => {
    const page = await session.open('ovh-email-panel', `/${HOSTED.slice(1)}/domain`);
    await highlight(page, '#add-domain', 'Ajouter un domaine');
    await page.evaluate(() => { location.hash = '#/web/exchange/hosted-ab12345-1/hosted-ab12345-1'; });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-dsa-highlight]').length)).toBe(0);
    await page.close();
  });

  it('finds the wizard\'s Start button by its text in EN and FR', async () => {
    for (const [q, word] of [['', 'Commencer'], ['?lang=en', 'Start']] as const) {
      const page = await session.open('ovh-email-panel', `/${q}${HOSTED.slice(1)}/setup`);
      const text = await page.evaluate(() => {
        const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
        return dsa.findTarget(document, [{ text: /^(commencer|start)$/i }])?.textContent;
      });
      expect(text).toBe(word);
      await page.close();
    }
  });

  it('Email Pro guide: each "Show me" finds its element on its own page, in FR and EN, the way the content script receives it', async () => {
    const steps = emailProFirstSteps.steps.filter((step) => step.target);
    expect(steps.map((step) => step.id)).toEqual(['add-domain', 'cname-ownership', 'mx-records', 'srv-autodiscover', 'spf', 'diagnostic-badges', 'accounts']);
    for (const q of ['', '?lang=en']) {
      // One visit per page: every step that happens there is looked for on it.
      for (const [pageKind, path] of Object.entries(PRO_PAGES)) {
        const here = steps.filter((step) => step.pageKinds?.includes(pageKind));
        if (here.length === 0) continue;
        const page = await session.open('ovh-email-panel', `/${q}${PRO.slice(1)}${path}`);
        for (const step of here) {
          const wire = wireTargetOf(emailProFirstSteps, step);
          expect(wire && 'locator' in wire, step.id).toBe(true);
          const found = await page.evaluate((locator: WireLocator) => {
            const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
            const target = dsa.findTarget(document, dsa.locatorOfWire(locator)!);
            const row = target?.closest('tr')?.querySelector('td')?.textContent;
            return { kind: dsa.readPage()?.pageKind, text: target?.textContent, row, red: target?.classList.contains('oui-badge_error') };
          }, (wire as { locator: WireLocator }).locator);
          expect(found.kind, `${step.id} ${q}`).toBe(pageKind);
          if (GREEN_ONLY[step.id]) {
            // Only green badges of that name here: "Show me" points at nothing rather than at a green badge.
            expect(await page.locator(`.oui-badge_success[data-badge=${GREEN_ONLY[step.id]}]`).count(), step.id).toBeGreaterThan(0);
            expect(found.text, `${step.id} ${q}`).toBeUndefined();
            continue;
          }
          expect(found.text, `${step.id} ${q}`).toBeTruthy();
          // The steps about a red badge point at the domain that needs it.
          if (step.id === 'cname-ownership' || step.id === 'srv-autodiscover') expect([found.row, found.red], step.id).toEqual(['shop.example.net', true]);
        }
        await page.close();
      }
    }
    // Every targeted step's page was visited.
    expect(steps.filter((step) => !step.pageKinds?.some((kind) => kind in PRO_PAGES))).toEqual([]);
  });

  it('Email Pro guide: the hint shows over the red SRV badge, and the click still opens the values', async () => {
    const page = await session.open('ovh-email-panel', `/${PRO.slice(1)}/domain`);
    const step = emailProFirstSteps.steps.find((s) => s.id === 'srv-autodiscover')!;
    await page.evaluate(([locator, hint]) => {
      const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
      const target = dsa.findTarget(document, dsa.locatorOfWire(locator)!);
      (window as unknown as { __handle: { remove(): void } }).__handle = dsa.showHighlight(target!, hint as string);
    }, [(wireTargetOf(emailProFirstSteps, step) as { locator: WireLocator }).locator, step.target!.hint.fr] as const);
    expect((await box(page))?.tip).toBe('Cliquez sur la pastille rouge SRV pour voir les valeurs');
    await page.locator('tr:has-text("shop.example.net") [data-badge=SRV]').click();
    await expect.poll(() => page.locator('[role=dialog]').innerText()).toContain('pro3.mail.ovh.net');
    await page.screenshot({ path: '.cache/screenshots/e2e/guides-highlight-email-pro-srv.png' });
    await page.close();
  });
});

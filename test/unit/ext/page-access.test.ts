import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPageAccess } from '../../../src/ext/page-access.js';

/** A chrome.* with only what requestPageAccess touches; `request` answers as the user would. */
function stubChrome(permissions: { request?: (p: { origins: string[] }) => Promise<boolean>; addHostAccessRequest?: (r: { tabId: number }) => Promise<void> }) {
  vi.stubGlobal('chrome', { runtime: { id: 'test' }, permissions: { request: async () => false, ...permissions } });
}

describe('asking for access to the tab’s page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the page’s origin alone when the browser told it, and says how the user answered', async () => {
    const request = vi.fn(async () => true);
    stubChrome({ request });
    expect(await requestPageAccess(7, 'https://dns.registrar.example')).toBe('granted');
    expect(request).toHaveBeenCalledWith({ origins: ['https://dns.registrar.example/*'] });
    stubChrome({ request: async () => false });
    expect(await requestPageAccess(7, 'https://dns.registrar.example')).toBe('refused');
    stubChrome({ request: () => Promise.reject(new Error('not in a gesture')) });
    expect(await requestPageAccess(7, 'https://dns.registrar.example')).toBe('refused');
  });

  it('without the origin, puts the request in the browser’s toolbar for that tab, else says to click the toolbar button', async () => {
    const addHostAccessRequest = vi.fn(async () => undefined);
    stubChrome({ addHostAccessRequest });
    expect(await requestPageAccess(7, undefined)).toBe('asked-in-toolbar');
    expect(addHostAccessRequest).toHaveBeenCalledWith({ tabId: 7 });
    stubChrome({ addHostAccessRequest: () => Promise.reject(new Error('no such tab')) });
    expect(await requestPageAccess(7, undefined)).toBe('toolbar-only');
    stubChrome({});
    expect(await requestPageAccess(7, undefined)).toBe('toolbar-only');
  });
});

import { describe, expect, it } from 'vitest';
import { godaddyAdapter as adapter } from '../../../src/sites/godaddy.js';
import { findAdapter } from '../../../src/sites/index.js';
import { editorOf } from '../../../src/sites/editors.js';

const read = (url: string) => adapter.read(new URL(url), {} as Document);

describe('GoDaddy adapter', () => {
  it('reads the domain of the current DNS tab URL', () => {
    const url = 'https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=dns';
    expect(findAdapter(new URL(url))?.id).toBe('godaddy');
    expect(read(url)).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
  });

  it('follows history changes between the tabs of the settings page', () => {
    expect(read('https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=overview')).toEqual({ pageKind: 'domain', domain: 'example.com' });
    expect(read('https://dcc.godaddy.com/control/portfolio/Example.com/settings')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
  });

  it('reads the older URL shapes', () => {
    expect(read('https://dcc.godaddy.com/control/example.com/dns')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    expect(read('https://dcc.godaddy.com/manage/example.com/dns')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    expect(read('https://dcc.secureserver.net/control/EXAMPLE.COM/dns')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    expect(read('https://dcc.godaddy.com/control/dnsmanagement?domainName=example.net')).toEqual({ pageKind: 'dns-zone', domain: 'example.net' });
  });

  it('never takes the panel host or its own pages as the domain', () => {
    for (const url of ['https://dcc.godaddy.com/control/portfolio', 'https://dcc.godaddy.com/', 'https://dcc.godaddy.com/control/dnsmanagement', 'https://www.godaddy.com/control/portfolio/example.com/settings?tab=dns']) {
      expect(adapter.matches(new URL(url)), url).toBe(false);
    }
  });

  it('chooses lowercase type values and splits SRV into service and protocol', () => {
    const control = editorOf(adapter.id)?.typeControl;
    expect(control?.kind === 'native-select' && control.optionValue?.SRV).toBe('srv');
    expect(editorOf(adapter.id)?.conventions.srv).toBe('split-fields');
    expect(Object.keys(editorOf(adapter.id)?.fields('SRV') ?? {})).toEqual(expect.arrayContaining(['service', 'protocol', 'host', 'value', 'priority', 'weight', 'port']));
  });
});

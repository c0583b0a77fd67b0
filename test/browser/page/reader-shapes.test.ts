/**
 * The page reader on small DOM shapes of our own (not Lab pages) that stress the class: a French
 * table with « (racine) » and TTLs in words, cards without table semantics, a listing inside an
 * open shadow root, a listing inside a same-origin iframe, a flat CSS grid with editable cells.
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from '../engine/engine-page.js';
import { pageReaderScript } from './reader-script.js';
import { strictPage } from '../../../src/background/strict-page.js';
import { installUts46Table } from '../../../src/records/names/uts46-install.js';
import type { PageInfo } from '../../../src/sites/types.js';

// The page carries no UTS #46 table (as the content script); the background, here Node, does.
installUts46Table();
const pageOf = (domain: string | undefined): PageInfo => ({ adapterId: 'generic', pageKind: 'dns-editor', notation: 'fqdn', ...(domain !== undefined && { domain }) });

const page = useFillEnginePage(async (opened) => opened.addScriptTag({ content: await pageReaderScript() }));

async function read(html: string, inside: 'body' | 'shadow' | 'frame' = 'body') {
  return page.evaluate(({ markup, where }) => {
    document.title = '';
    document.body.innerHTML = where === 'body' ? markup : where === 'shadow' ? '<zone-list></zone-list>' : '<iframe></iframe>';
    if (where === 'shadow') document.querySelector('zone-list')!.attachShadow({ mode: 'open' }).innerHTML = markup;
    if (where === 'frame') document.querySelector('iframe')!.contentDocument!.body.innerHTML = markup;
    const { editor, domain, records } = window.__pageReader.readZonePage(document);
    return { isEditor: editor.isEditor, domain: domain && `${domain.source}:${domain.domain}`, records: records.map((listed) => ({ ...listed.record, editable: listed.editable })) };
  }, { markup: html, where: inside });
}

describe('the page reader on shapes of its own', () => {
  test('a French table: « (racine) », FQDN with a final dot, TTL in words, quoted TXT, MX priority in its own column', async () => {
    const result = await read(`<h1>Enregistrements DNS de exemple.fr</h1><table><thead><tr><th>Nom</th><th>Type</th><th>Durée de vie</th><th>Priorité</th><th>Valeur</th></tr></thead><tbody>
      <tr><td>(racine)</td><td>MX</td><td>4 heures</td><td>5</td><td>mx1.mail.ovh.net.</td></tr>
      <tr><td>(racine)</td><td>TXT</td><td>1 heure</td><td></td><td>"v=spf1 include:mx.ovh.com " "~all"</td></tr>
      <tr><td>autodiscover.exemple.fr.</td><td>CNAME</td><td>1 jour</td><td></td><td>autodiscover.mail.ovh.net.</td></tr>
      <tr><td>(racine)</td><td>NS</td><td>1 jour</td><td></td><td>dns1.example.net.</td></tr></tbody></table>`);
    expect(result.isEditor).toBe(true);
    expect(result.domain).toBe('heading:exemple.fr');
    expect(result.records).toEqual([
      { type: 'MX', name: 'exemple.fr', ttl: 14400, value: 'mx1.mail.ovh.net', priority: 5, editable: false },
      { type: 'TXT', name: 'exemple.fr', ttl: 3600, value: 'v=spf1 include:mx.ovh.com ~all', editable: false },
      { type: 'CNAME', name: 'autodiscover.exemple.fr', ttl: 86400, value: 'autodiscover.mail.ovh.net', editable: false },
    ]);
  });

  test('an IDN zone shown in Unicode (no UTS #46 table in the page): the zone as written, the records in their DNS form', async () => {
    const result = await read(`<h1>Enregistrements DNS de bücher.example</h1><table><thead><tr><th>Nom</th><th>Type</th><th>Valeur</th></tr></thead><tbody>
      <tr><td>www.bücher.example.</td><td>CNAME</td><td>bücher.example.</td></tr>
      <tr><td>@</td><td>MX</td><td>10 mx.bücher.example.</td></tr></tbody></table>`);
    expect(result.domain).toBe('heading:bücher.example');
    expect(result.records).toEqual([
      { type: 'CNAME', name: 'www.xn--bcher-kva.example', ttl: 3600, value: 'xn--bcher-kva.example', editable: false },
      { type: 'MX', name: 'xn--bcher-kva.example', ttl: 3600, value: 'mx.xn--bcher-kva.example', priority: 10, editable: false },
    ]);
    // The background reads the page's zone strictly (with the table): the zone its records are in.
    expect(strictPage(pageOf('bücher.example'))?.domain).toBe('xn--bcher-kva.example');
  });

  test('a zone only UTS #46 refuses (bidi rule): read as written on the page, refused by the background', async () => {
    const result = await read(`<h1>DNS records of aא.example</h1><table><thead><tr><th>Name</th><th>Type</th><th>Value</th></tr></thead><tbody>
      <tr><td>@</td><td>MX</td><td>10 mx.example.net.</td></tr></tbody></table>`);
    expect(result.domain).toBe('heading:aא.example');
    expect(strictPage(pageOf('aא.example'))).toEqual(pageOf(undefined));
  });

  test('cards: type badge, name heading, data in code, "TTL 300"; the add form’s type buttons are not records', async () => {
    const card = (type: string, name: string, data: string) => `<li><span>${type}</span><h4>${name}</h4><code>${data}</code><small>TTL 300</small><button>Edit</button></li>`;
    const result = await read(`<nav aria-label="Breadcrumb"><ol><li>Domains</li><li>shop-example.net</li></ol></nav>
      <div role="radiogroup"><button role="radio">A</button><button role="radio">MX</button></div>
      <ul>${card('MX', '@', '10 mx.old.example.org.')}${card('SRV', '_sip._tls', '100 1 443 sip.example.org')}${card('A', 'www', '192.0.2.7')}</ul>`);
    expect(result.domain).toBe('breadcrumb:shop-example.net');
    expect(result.records).toEqual([
      { type: 'MX', name: 'shop-example.net', ttl: 300, value: 'mx.old.example.org', priority: 10, editable: false },
      { type: 'SRV', name: '_sip._tls.shop-example.net', ttl: 300, value: 'sip.example.org', priority: 100, weight: 1, port: 443, editable: false },
      { type: 'A', name: 'www.shop-example.net', ttl: 300, value: '192.0.2.7', editable: false },
    ]);
  });

  test('a breadcrumb marked by schema.org or by its class, not by a label, names the zone after the headings', async () => {
    const listing = '<table><thead><tr><th>Name</th><th>Type</th><th>Value</th></tr></thead><tbody><tr><td>@</td><td>A</td><td>192.0.2.7</td></tr></tbody></table>';
    const schema = await read(`<h2>Zone</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>Domains</li><li>trail.example.net</li></ol>${listing}`);
    expect(schema.domain).toBe('breadcrumb:trail.example.net');
    const byClass = await read(`<nav class="app-breadcrumbs"><a href="#">Domains</a><a href="#">crumb.example.org</a></nav>${listing}`);
    expect(byClass.domain).toBe('breadcrumb:crumb.example.org');
  });

  test('an ARIA grid inside an open shadow root, its zone named by the grid itself', async () => {
    const result = await read(`<div role="grid" aria-label="Records of zone.example.org"><div role="row"><span role="columnheader">Host</span><span role="columnheader">Type</span><span role="columnheader">Answer</span></div>
      <div role="row"><span role="gridcell">@</span><span role="gridcell">TXT</span><span role="gridcell">v=DMARC1; p=none</span></div></div>`, 'shadow');
    expect(result.isEditor).toBe(true);
    expect(result.domain).toBe('listing:zone.example.org');
    expect(result.records).toEqual([{ type: 'TXT', name: 'zone.example.org', ttl: 3600, value: 'v=DMARC1; p=none', editable: false }]);
  });

  test('a table inside a same-origin iframe, and a flat CSS grid whose rows hold editable controls', async () => {
    const framed = await read(`<h2>DNS zone example.co.uk</h2><table><tr><th>Record type</th><th>Record name</th><th>Content</th></tr><tr><td>CNAME</td><td>www</td><td>example.co.uk</td></tr></table>`, 'frame');
    expect(framed.domain).toBe('heading:example.co.uk');
    expect(framed.records).toEqual([{ type: 'CNAME', name: 'www.example.co.uk', ttl: 3600, value: 'example.co.uk', editable: false }]);
    const grid = await read(`<h1>DNS records for example.com</h1><div style="display:grid;grid-template-columns:repeat(4,auto)"><b>Type</b><b>Name</b><b>Priority</b><b>Target</b>
      <div>MX</div><div>example.com</div><div><input aria-label="Priority" value="20"></div><div>mx.old.example.net</div></div>`);
    expect(grid.records).toEqual([{ type: 'MX', name: 'example.com', ttl: 3600, value: 'mx.old.example.net', priority: 20, editable: true }]);
  });

  test('staged changes under a pending-changes title (a section, a card title): read beside the table, never the help line', async () => {
    const table = `<h1>DNS records of example.com</h1><table><tr><th>Type</th><th>Host</th><th>Value</th></tr><tr><td>A</td><td>www</td><td>192.0.2.1</td></tr></table>`;
    const english = await read(`${table}<section aria-label="Pending changes"><ul><li>MX example.com 3600 0 mail.example.com</li><li>TXT example.com 3600 v=spf1 include:spf.example.net -all</li></ul>
      <p>Changes wait in the pending list until you publish them.</p><button>Publish changes</button></section>`);
    expect(english.records).toEqual([
      { type: 'A', name: 'www.example.com', ttl: 3600, value: '192.0.2.1', editable: false },
      { type: 'MX', name: 'example.com', ttl: 3600, value: 'mail.example.com', priority: 0, editable: false },
      { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 include:spf.example.net -all', editable: false },
    ]);
    const french = await read(`${table}<div class="card"><div class="head"><div>Modifications en attente (2)</div><button>Publier</button></div>
      <div class="body"><ul><li>Ajout · <span>SRV</span> <span>_autodiscover._tcp</span> 0 0 443 mail.example.net. <button>Annuler</button></li><li>Ajout · TXT @ "v=spf1 -all"</li></ul></div></div>`);
    expect(french.records.slice(1)).toEqual([
      { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, value: 'mail.example.net', priority: 0, weight: 0, port: 443, editable: false },
      { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 -all', editable: false },
    ]);
  });

  test('a page without a listing nor a DNS heading is not an editor', async () => {
    const result = await read(`<h1>Welcome</h1><table><tr><th>Product</th><th>Price</th></tr><tr><td>A</td><td>10</td></tr></table>`);
    expect(result.isEditor).toBe(false);
    expect(result.records).toEqual([]);
  });

  test('a table whose header row is a table of its own above it (el-table, sticky headers): each column read by that header', async () => {
    const result = await read(`<h1>Zone DNS de exemple.fr</h1><div class="grid"><div class="head"><table><thead><tr><th>Nom</th><th>Type</th><th>Priorité</th><th>Valeur</th><th></th></tr></thead></table></div>
      <div class="scroll"><div class="view"><table><tbody>
        <tr><td>@</td><td>MX</td><td>10</td><td>mx1.mail.ovh.net</td><td><button>Modifier</button></td></tr>
        <tr><td>www</td><td>A</td><td></td><td>203.0.113.10</td><td><button>Modifier</button></td></tr></tbody></table></div></div></div>`);
    expect(result.records).toEqual([
      { type: 'MX', name: 'exemple.fr', ttl: 3600, value: 'mx1.mail.ovh.net', priority: 10, editable: false },
      { type: 'A', name: 'www.exemple.fr', ttl: 3600, value: '203.0.113.10', editable: false },
    ]);
  });
});


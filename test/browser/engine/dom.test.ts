/**
 * The engine's DOM pieces in real Chromium (no jsdom): label inference, locator order, deep
 * queries through shadow roots and same-origin frames, framework-safe setting, generic detection.
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

async function withBody<T>(html: string, probe: () => T): Promise<T> {
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
  }, html);
  return page.evaluate(probe);
}

describe('labels and locators', () => {
  test('label texts, strongest first: <label>, aria, placeholder, nearby text, column header, id', async () => {
    const texts = await withBody(
      `<table><thead><tr><th>Host</th></tr></thead><tbody><tr><td><label for="h">Sous-domaine</label><input id="h" aria-label="Nom" placeholder="@ ou www"></td></tr></tbody></table>`,
      () => window.__fillEngine.labelTexts(document.getElementById('h')!),
    );
    expect(texts).toEqual(['Sous-domaine', 'Nom', '@ ou www', 'Sous-domaine', 'Host', 'h']);
  });

  test('a comment is no nearby text (Vue\'s <!--v-if-->); a split header table or an ARIA grid names the column drawn above', async () => {
    const texts = await withBody(
      `<div><table><thead><tr><th style="width:120px">Nom</th><th style="width:200px">Valeur</th></tr></thead></table>
        <div><div><table><colgroup><col style="width:120px"><col style="width:200px"></colgroup><tbody><tr><td><!--v-if--><input id="host" style="width:100px"></td><td><input id="value" style="width:180px"></td></tr></tbody></table></div></div></div>
       <div role="grid"><div role="row"><span role="columnheader" style="display:inline-block;width:90px">TTL</span><span role="columnheader" style="display:inline-block;width:90px">Type</span></div>
        <div role="row"><span role="gridcell" style="display:inline-block;width:90px"><input id="ttl" style="width:80px"></span><span role="gridcell" style="display:inline-block;width:90px"><input id="type" style="width:80px"></span></div></div>`,
      () => ['host', 'value', 'ttl', 'type'].map((id) => window.__fillEngine.labelTexts(document.getElementById(id)!)),
    );
    expect(texts).toEqual([['Nom', 'host'], ['Valeur', 'value'], ['TTL', 'ttl'], ['Type', 'type']]);
  });

  test('a label locator picks the control its own label names over one named by a column header', async () => {
    const id = await withBody(
      `<table><thead><tr><th>Value</th><th></th></tr></thead><tbody><tr><td><input id="by-header"></td><td><label>Valeur <input id="by-label"></label></td></tr></tbody></table>`,
      () => window.__fillEngine.locate([{ label: /valeur|value/i }], document)?.id,
    );
    expect(id).toBe('by-label');
  });

  test('selectors are tried in order; hidden duplicates are skipped unless asked for', async () => {
    const ids = await withBody(
      `<input id="a" name="host" style="display:none"><input id="b" name="host"><select id="s" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px"></select>`,
      () => [window.__fillEngine.locate(['[name=host]'], document)?.id, window.__fillEngine.locate(['#nothing', '#b'], document)?.id, window.__fillEngine.locate(['[name=host]'], document, { includeHidden: true })?.id],
    );
    expect(ids).toEqual(['b', 'b', 'a']);
  });

  test('deep queries reach open shadow roots and same-origin frames', async () => {
    const found = await withBody(`<div id="host"></div><iframe id="f"></iframe>`, () => {
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<label>Cible <input id="in-shadow"></label>';
      const frameDoc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
      frameDoc.body.innerHTML = '<input id="in-frame" aria-label="Poids">';
      const e = window.__fillEngine;
      return [e.collectRoots(document).length, e.locate([{ label: /cible/i }], document)?.id, e.locate([{ label: /poids/i }], document)?.id];
    });
    expect(found).toEqual([3, 'in-shadow', 'in-frame']);
  });
});

describe('generic detection', () => {
  const FORM = `<label for="t">Type</label><select id="t"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select>
    <label for="n">Nom d'hôte</label><input id="n" placeholder="Laisser vide pour example.com"><label for="v">Pointe vers</label><input id="v">`;

  test('a type select with A/AAAA/CNAME/MX/TXT, a host and a value field make a DNS form; conventions read off the host field', async () => {
    const editor = await withBody(FORM, () => {
      const found = window.__fillEngine.buildGenericEditor(document, 'example.com');
      return found && { typeControl: found.typeControl, conventions: found.conventions };
    });
    expect(editor?.typeControl).toEqual({ kind: 'native-select', locator: ['#t'] });
    expect(editor?.conventions).toMatchObject({ apex: '', host: 'fqdn' });
  });

  test('a custom type dropdown (listbox portaled at the end of body) is detected by its label and chosen by pointer events', async () => {
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<label id="tl">Record type</label><button id="trigger" role="combobox" aria-labelledby="tl" aria-haspopup="listbox">Choose…</button>
        <label>Host <input name="x1"></label><label>Target <input name="x2"></label>`;
      const trigger = document.getElementById('trigger')!;
      // Opens on pointerdown only (Ark/zag style), renders its options in a portal.
      trigger.addEventListener('pointerdown', () => {
        const list = document.createElement('div');
        list.setAttribute('role', 'listbox');
        for (const type of ['AAAA — IPv6', 'A — IPv4', 'MX — Mail']) {
          const option = document.createElement('div');
          option.setAttribute('role', 'option');
          option.textContent = type;
          option.addEventListener('click', () => ((trigger.textContent = type), list.remove()));
          list.append(option);
        }
        document.body.append(list);
      });
      const engine = window.__fillEngine;
      const editor = engine.buildGenericEditor(document)!;
      const chosen = await engine.chooseType(editor.typeControl, document, 'A');
      return { kind: editor.typeControl.kind, chosen, shown: trigger.textContent };
    });
    expect(result).toEqual({ kind: 'combobox', chosen: true, shown: 'A — IPv4' });
  });

  test('an editable row inserted in the zone table is the add form: its fields (a type combobox too) named by the column headers above', async () => {
    const form = await withBody(
      `<div><table><thead><tr><th style="width:150px">Nom</th><th style="width:120px">Type</th><th style="width:220px">Valeur</th><th style="width:200px"></th></tr></thead></table>
        <div><div><table><tbody>
          <tr id="new"><td style="width:150px"><input style="width:130px"></td><td style="width:120px"><input role="combobox" aria-haspopup="listbox" aria-expanded="false" style="width:100px"></td><td style="width:220px"><input style="width:200px"></td><td><button>Enregistrer</button></td></tr>
          <tr><td>www</td><td>A</td><td>203.0.113.10</td><td><button>Supprimer</button></td></tr></tbody></table></div></div></div>`,
      () => window.__fillEngine.readOpenForm(),
    );
    expect(form).toEqual({ scope: 'TR ', type: 'combobox', fields: { host: 'INPUT text Nom', value: 'INPUT text Valeur' } });
  });

  test('a login form or a select of countries is not a DNS form', async () => {
    const none = await withBody(`<select><option>France</option><option>A</option></select><label>Name <input></label><label>Value <input></label>`, () =>
      window.__fillEngine.buildGenericEditor(document) === undefined,
    );
    expect(none).toBe(true);
  });

  test('zone tables are read as records (EN/FR headers, MX priority column, SRV numbers in the value)', async () => {
    const rows = await withBody(
      `<table><thead><tr><th>Type</th><th>Nom</th><th>Valeur</th><th>Priorité</th><th>TTL</th></tr></thead><tbody>
       <tr><td>MX</td><td>@</td><td>mx.example.net.</td><td>10</td><td>300</td></tr>
       <tr><td>SRV</td><td>_autodiscover._tcp</td><td>0 443 ex5.mail.ovh.net</td><td>1</td><td>3600</td></tr>
       <tr><td>TXT</td><td>@</td><td>"v=spf1 -all"</td><td></td><td>3600</td></tr></tbody></table>`,
      () => window.__fillEngine.readGenericRows(document, 'example.com'),
    );
    expect(rows).toEqual([
      { type: 'MX', name: 'example.com', ttl: 300, value: 'mx.example.net', priority: 10 },
      { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, value: 'ex5.mail.ovh.net', priority: 1, weight: 0, port: 443 },
      { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 -all' },
    ]);
  });
});

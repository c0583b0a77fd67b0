/**
 * The generic driver's add button, in real Chromium: found by role and accessible name (text,
 * aria-label, title), a name that says "record" before a bare verb, a menu trigger last and only
 * through a record item of its menu; never a button inside a listed row.
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

/** The id of the button the driver would press on `html`. */
const openerOf = (html: string) =>
  page.evaluate((markup) => {
    document.body.innerHTML = markup;
    return window.__fillEngine.findOpener(document)?.id;
  }, html);

describe('the add button', () => {
  test('a name that says "record" wins over a bare "Create" menu button before it in page order', async () => {
    expect(await openerOf('<button id="menu" aria-haspopup="menu">Create</button><button id="rec">Create record</button>')).toBe('rec');
  });

  test('icon buttons count by aria-label or title; links and role=button too; EN and FR', async () => {
    expect(await openerOf('<button id="icon" aria-label="Add DNS record"><svg width="10" height="10"></svg></button>')).toBe('icon');
    expect(await openerOf('<span role="button" tabindex="0" id="t" title="Nouvel enregistrement"><svg width="10" height="10"></svg></span>')).toBe('t');
    expect(await openerOf('<a href="#new" id="l">Créer un enregistrement</a>')).toBe('l');
    expect(await openerOf('<button id="plus">+ Entrée</button>')).toBe('plus');
  });

  test('a bare "Add" counts when nothing says more; a button in a listed row, a disabled or hidden one never does', async () => {
    expect(await openerOf('<button id="add">Add</button>')).toBe('add');
    expect(await openerOf('<table><tr><td><button id="row">Add record</button></td></tr></table><button id="add" disabled>Add record</button><button hidden>Add record</button>')).toBeUndefined();
  });

  test('inside an open shadow root and a same-origin frame', async () => {
    const ids = await page.evaluate(() => {
      document.body.innerHTML = '<div id="host"></div>';
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<button id="in-shadow">Ajouter une entrée</button>';
      const inShadow = window.__fillEngine.findOpener(document)?.id;
      document.body.innerHTML = '<iframe id="f"></iframe>';
      (document.getElementById('f') as HTMLIFrameElement).contentDocument!.body.innerHTML = '<button id="in-frame">New record</button>';
      return [inShadow, window.__fillEngine.findOpener(document)?.id];
    });
    expect(ids).toEqual(['in-shadow', 'in-frame']);
  });

  test('a menu trigger opens the form through its record item, and is closed again when its menu has none', async () => {
    const opened = await page.evaluate(async () => {
      const form = '<form id="form"><label>Type <select><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select></label><label>Name <input></label><label>Value <input></label></form>';
      document.body.innerHTML = `<button id="menu" aria-haspopup="menu">Add</button><div id="items" role="menu" hidden><div role="menuitem">Domain</div><div role="menuitem" id="item">DNS record</div></div><div id="slot"></div>`;
      document.getElementById('menu')!.addEventListener('click', () => (document.getElementById('items')!.hidden = false));
      document.getElementById('item')!.addEventListener('click', () => (document.getElementById('slot')!.innerHTML = form));
      const viaItem = (await window.__fillEngine.openAddForm(document))?.scope.id;
      document.body.innerHTML = '<button id="menu" aria-haspopup="menu">Create</button><div id="items" role="menu" hidden><div role="menuitem">Mailbox</div></div>';
      document.getElementById('menu')!.addEventListener('click', () => (document.getElementById('items')!.hidden = false));
      return [viaItem, (await window.__fillEngine.openAddForm(document))?.scope.id ?? 'none'];
    });
    expect(opened).toEqual(['form', 'none']);
  });
});

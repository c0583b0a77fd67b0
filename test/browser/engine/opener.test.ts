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
      const scopeId = (opened: Awaited<ReturnType<typeof window.__fillEngine.openAddForm>>) => (opened && 'scope' in opened ? opened.scope.id : 'none');
      const viaItem = scopeId(await window.__fillEngine.openAddForm(document, 'A'));
      document.body.innerHTML = '<button id="menu" aria-haspopup="menu">Create</button><div id="items" role="menu" hidden><div role="menuitem">Mailbox</div></div>';
      document.getElementById('menu')!.addEventListener('click', () => (document.getElementById('items')!.hidden = false));
      return [viaItem, scopeId(await window.__fillEngine.openAddForm(document, 'A'))];
    });
    expect(opened).toEqual(['form', 'none']);
  });

  test('a menu that a busy page draws seconds after the press is still waited for (the button announced it)', async () => {
    const opened = await page.evaluate(async () => {
      const form = '<form id="form"><label>Type <select><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select></label><label>Name <input></label><label>Value <input></label></form>';
      document.body.innerHTML = '<button id="menu" aria-haspopup="menu">Add</button><div id="items" role="menu" hidden><div role="menuitem" id="item">DNS record</div></div><div id="slot"></div>';
      document.getElementById('menu')!.addEventListener('click', () => setTimeout(() => (document.getElementById('items')!.hidden = false), 2500));
      document.getElementById('item')!.addEventListener('click', () => (document.getElementById('slot')!.innerHTML = form));
      const result = await window.__fillEngine.openAddForm(document, 'A');
      return result && 'scope' in result ? result.scope.id : 'none';
    });
    expect(opened).toBe('form');
  });

  test('a menu button\'s caret is no part of its name: "Add record ▾" says "record"', async () => {
    expect(await openerOf('<button id="bare">Add</button><button id="caret" aria-haspopup="menu">Add record <span>▾</span></button>')).toBe('caret');
  });

  test('a menu of record types: the record\'s own type item opens a form for that type, which must show it', async () => {
    const opened = await page.evaluate(async () => {
      const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];
      document.body.innerHTML = `<button id="menu" aria-haspopup="menu">Add record ▾</button><div id="items" role="menu" hidden>${TYPES.map((t) => `<div role="menuitem">${t} <small>record</small></div>`).join('')}</div><div id="slot"></div>`;
      const items = document.getElementById('items')!;
      document.getElementById('menu')!.addEventListener('click', () => (items.hidden = false));
      for (const item of items.children) {
        // The page's dialog for the type chosen: its title names it, the type is not editable.
        item.addEventListener('click', () => {
          items.hidden = true;
          const type = item.firstChild!.textContent!.trim();
          document.getElementById('slot')!.innerHTML = `<div role="dialog" id="for-${type}" aria-labelledby="t"><h2 id="t">New ${type} record</h2><label>Host <input></label><label>Value <input></label></div>`;
        });
      }
      const mx = await window.__fillEngine.openAddForm(document, 'MX');
      const fields = mx && 'scope' in mx ? window.__fillEngine.formFields(mx.scope, mx.type, () => false) : {};
      const read = Object.fromEntries(Object.entries(fields).map(([role, field]) => [role, field.label]));
      document.getElementById('slot')!.innerHTML = '';
      const srv = await window.__fillEngine.openAddForm(document, 'SRV');
      return { mx: mx && 'scope' in mx ? [mx.scope.id, mx.type] : mx, read, srv, menuClosed: items.hidden || document.activeElement?.id };
    });
    expect(opened.mx).toEqual(['for-MX', { kind: 'fixed', type: 'MX' }]);
    expect(opened.read).toEqual({ host: 'Host', value: 'Value' });
    expect(opened.srv).toEqual({ missingType: 'SRV' });
  });

  test('a form opened for a type must show that type: a dialog titled for another type is not taken', async () => {
    const found = await page.evaluate(() => {
      document.body.innerHTML = '<div role="dialog" id="d" aria-label="Add a record"><span>AAAA</span><label>Type <input readonly value="TXT"></label><label>Host <input></label></div>';
      const { formForType } = window.__fillEngine;
      return [formForType(document, 'A')?.id ?? 'none', formForType(document, 'TXT')?.id, formForType(document, 'AAAA')?.id];
    });
    expect(found).toEqual(['none', 'd', 'd']);
  });
});

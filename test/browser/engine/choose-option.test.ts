/**
 * The generic driver's choice in a custom combobox, in real Chromium: the list it opened is closed
 * on the option chosen before it returns (aria-expanded false, the options gone), closed with
 * Escape on the control when the page leaves it open, and the choice read back; a list that will
 * not close at all fails the choice instead of leaving a layer over the user's Save.
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

/** A combobox that opens on click; `closeOnChoice` and `closeOnEscape` say what the page does. */
const combobox = (behaviour: { closeOnChoice: boolean; closeOnEscape: boolean }) =>
  page.evaluate(async ({ closeOnChoice, closeOnEscape }) => {
    document.body.innerHTML = '<button id="ttl" role="combobox" aria-label="TTL" aria-expanded="false" aria-controls="list">Auto</button><div id="list" role="listbox" hidden><div role="option">5 min</div><div role="option">1 hr</div></div>';
    const trigger = document.getElementById('ttl')!;
    const list = document.getElementById('list')!;
    window.__fillEngine.scriptCombobox(trigger, list, { closeOnChoice, closeOnEscape });
    const chosen = await window.__fillEngine.chooseOption(trigger, (texts) => texts.indexOf('1 hr'));
    return { chosen, expanded: trigger.getAttribute('aria-expanded'), listHidden: list.hidden, shown: trigger.textContent };
  }, behaviour);

describe('a choice in a custom combobox', () => {
  test('a list the page closes on the option: chosen, closed', async () => {
    expect(await combobox({ closeOnChoice: true, closeOnEscape: false })).toEqual({ chosen: '1 hr', expanded: 'false', listHidden: true, shown: '1 hr' });
  });

  test('a list the page leaves open on the option: closed with Escape on the control, the choice read back', async () => {
    expect(await combobox({ closeOnChoice: false, closeOnEscape: true })).toEqual({ chosen: '1 hr', expanded: 'false', listHidden: true, shown: '1 hr' });
  });

  test('a list that will not close: no choice reported (the run stops and says so), never a silent open layer', async () => {
    expect((await combobox({ closeOnChoice: false, closeOnEscape: false })).chosen).toBeUndefined();
  });

  test('a list that will not close while a text field of the form has focus: the field is never sent Escape (a dialog would close with what was typed)', async () => {
    const result = await page.evaluate(async () => {
      document.body.innerHTML = '<div role="dialog"><input id="name" value="mail"><button id="ttl" role="combobox" aria-label="TTL" aria-expanded="false" aria-controls="list">Auto</button><div id="list" role="listbox" hidden><div role="option">1 hr</div></div></div>';
      const dialog = document.querySelector('[role=dialog]')!;
      const trigger = document.getElementById('ttl')!;
      let escapes = 0;
      dialog.addEventListener('keydown', (event) => void ((event as KeyboardEvent).key === 'Escape' && event.target instanceof HTMLInputElement && (escapes += 1)));
      trigger.addEventListener('click', () => ((document.getElementById('list')!.hidden = false), trigger.setAttribute('aria-expanded', 'true')));
      document.getElementById('name')!.focus();
      const chosen = await window.__fillEngine.chooseOption(trigger, (texts) => texts.indexOf('1 hr'));
      return { chosen, escapes };
    });
    expect(result).toEqual({ chosen: undefined, escapes: 0 });
  });
});

/**
 * Two comboboxes, the first one's list left open (a late frame reopened it, the page left it so):
 * a modal list, above the rest of the form, that an outside press closes (its exit animation lasts
 * `exitMs`) and swallows, as a modal layer does; Escape closes it too.
 */
const secondWhileFirstOpen = (exitMs: number) =>
  page.evaluate(async (exit) => {
    document.body.innerHTML = '<button id="type" role="combobox" aria-label="Type" aria-expanded="true" aria-controls="types">A</button><button id="ttl" role="combobox" aria-label="TTL" aria-expanded="false">Auto</button>';
    const type = document.getElementById('type')!;
    const ttl = document.getElementById('ttl')!;
    const portal = (id: string, options: string[]) => {
      const list = document.createElement('div');
      list.id = id;
      list.setAttribute('role', 'listbox');
      list.innerHTML = options.map((option) => `<div role="option">${option}</div>`).join('');
      document.body.append(list);
      return list;
    };
    let types: HTMLElement | undefined = portal('types', ['A', 'AAAA', 'CNAME', 'MX']);
    let swallow = false;
    const closeTypes = () => {
      if (!types) return;
      const closing = types;
      types = undefined;
      type.setAttribute('aria-expanded', 'false');
      setTimeout(() => closing.remove(), exit);
    };
    document.addEventListener('keydown', (event) => event.key === 'Escape' && closeTypes());
    document.addEventListener('pointerdown', (event) => {
      swallow = types !== undefined && event.target !== type;
      closeTypes();
    }, true);
    ttl.addEventListener('click', () => {
      if (swallow) return;
      const list = portal('ttls', ['Auto', '5 min', '1 hr']);
      ttl.setAttribute('aria-expanded', 'true');
      for (const option of list.children) option.addEventListener('click', () => {
        ttl.textContent = option.textContent;
        ttl.setAttribute('aria-expanded', 'false');
        list.remove();
      });
    });
    const chosen = await window.__fillEngine.chooseOption(ttl, (texts) => texts.indexOf('1 hr'));
    return { chosen, shown: ttl.textContent, expanded: document.querySelectorAll('[aria-expanded=true]').length };
  }, exitMs);

describe('a choice while another control\'s list is open', () => {
  test('the other list (closing slowly on the press, or closed with Escape) is never taken for this control\'s: chosen, nothing left open', async () => {
    expect(await secondWhileFirstOpen(400)).toEqual({ chosen: '1 hr', shown: '1 hr', expanded: 0 });
  });
});

test('a control the page replaces on the choice (the form rebuilt for the new type): chosen, the old element\'s last word not taken for an open list', async () => {
  const outcome = await page.evaluate(async () => {
    document.body.innerHTML = '<div id="form"><button id="type" role="combobox" aria-label="Type" aria-expanded="false" aria-controls="types">A</button></div>';
    const trigger = document.getElementById('type')!;
    trigger.addEventListener('click', () => {
      trigger.setAttribute('aria-expanded', 'true');
      document.body.insertAdjacentHTML('beforeend', '<div id="types" role="listbox"><div role="option">A</div><div role="option">MX</div></div>');
      document.querySelector('#types [role=option]:last-child')!.addEventListener('click', () => {
        // The whole form rendered again for MX: a new trigger; the old one keeps saying "expanded".
        document.getElementById('types')!.remove();
        document.getElementById('form')!.innerHTML = '<button role="combobox" aria-label="Type" aria-expanded="false">MX</button>';
      });
    });
    const chosen = await window.__fillEngine.chooseOption(trigger, (texts) => texts.indexOf('MX'));
    return { chosen, expanded: document.querySelectorAll('[aria-expanded=true]').length };
  });
  expect(outcome).toEqual({ chosen: 'MX', expanded: 0 });
});

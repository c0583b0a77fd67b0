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
    const show = (open: boolean) => {
      list.hidden = !open;
      trigger.setAttribute('aria-expanded', String(open));
    };
    trigger.addEventListener('click', () => show(true));
    for (const option of list.children) option.addEventListener('click', () => {
      trigger.textContent = option.textContent;
      if (closeOnChoice) show(false);
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && closeOnEscape) show(false);
    });
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
});

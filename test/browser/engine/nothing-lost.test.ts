/**
 * "Nothing is lost", in real Chromium: the SPF edit never replaces a form someone typed into or a
 * wizard waiting for its last step; a Cancel is not a save; a record the stage button did not
 * take stops the run; a Submit the user asked for that is not on the page is said, not awaited.
 */
import { describe, expect, test } from 'vitest';
import type { EditorSpec } from '../../../src/fill/editor-spec.js';
import { useFillEnginePage } from './engine-page.js';

declare global {
  interface Window {
    /** A small editor built in the page: rows are `#rows li` holding `TYPE name value`. */
    __safetyEditor(overrides: Partial<EditorSpec>): EditorSpec;
    /** Resolves after `ms`. */
    __sleep(ms: number): Promise<void>;
  }
}

// The editor is built in the page (EditorSpec holds functions: it cannot cross evaluate).
const page = useFillEnginePage((opened) =>
  opened.addScriptTag({
    content: `window.__sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    window.__safetyEditor = (overrides) => window.__fillEngine.testEditor({
      capabilities: ['A', 'MX', 'TXT'],
      ready: ['#rows'],
      readRows: (doc) => [...doc.querySelectorAll('#rows li')].map((li) => {
        const [type, name, ...value] = li.textContent.split(' ');
        return { type, name, ttl: 3600, value: value.join(' ') };
      }),
      ...overrides,
    });`,
  }),
);

const FORM = `<div id="form"><select id="type"><option>A</option><option>MX</option><option>TXT</option></select><input id="host"><input id="value"></div>`;
const OLD_SPF = 'TXT example.com v=spf1 include:_spf.old.example.net ~all';

async function setBody(html: string): Promise<void> {
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
  }, html);
}

describe('replacing the SPF never replaces an open form', () => {
  /** The SPF edit with an edit control that, like OVH legacy's, would replace any open form. */
  const replaceSpf = () =>
    page.evaluate(async (spfRow) => {
      const e = window.__fillEngine;
      let pressed = false;
      const editor = window.__safetyEditor({
        commit: { kind: 'save', button: ['#save'], pending: ['.wizard'] },
        editControl: () => {
          const button = document.createElement('button');
          button.addEventListener('click', () => {
            pressed = true;
            document.getElementById('form')?.remove();
          });
          return button;
        },
      });
      const [, name, ...value] = spfRow.split(' ');
      const existing = { type: 'TXT', name: name!, ttl: 3600, value: value.join(' ') } as const;
      const replacement = { ...existing, value: 'v=spf1 include:_spf.old.example.net include:mx.ovh.com ~all' };
      const result = await e.replaceRecord(editor, document, 'example.com', existing, { value: existing.value }, replacement, { value: replacement.value });
      return { pressed, problem: result.ok ? undefined : result.problem.en, host: (document.getElementById('host') as HTMLInputElement | null)?.value };
    }, OLD_SPF);

  test('a half-typed add form stops the run before the edit control is pressed', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    await page.fill('#host', 'webmail');
    expect(await replaceSpf()).toEqual({ pressed: false, problem: expect.stringMatching(/already holds "webmail" in its host \(name\) field.*Nothing was changed/), host: 'webmail' });
  });

  test('a wizard waiting for its last step (no fields left) stops the run before the edit control is pressed', async () => {
    await setBody(`<div class="wizard"><p>Summary: A webmail 203.0.113.10 — Confirm?</p></div><ul id="rows"><li>${OLD_SPF}</li></ul>`);
    expect(await replaceSpf()).toEqual({ pressed: false, problem: expect.stringMatching(/still open.*Nothing was changed/), host: undefined });
  });
});

describe('a form that closes without the row showing is not a save', () => {
  /** Fills the first exchange-onprem A record, lets `user` act on the page, returns the phases and last message. */
  const runThenUser = (user: 'cancel' | 'save-late') =>
    page.evaluate(async (action) => {
      const e = window.__fillEngine;
      const editor = window.__safetyEditor({});
      const set = e.expandService('exchange-onprem', 'example.com', { ip: '203.0.113.10' });
      if (!set.ok) throw new Error('setup');
      const only = set.set.records.filter((record) => record.type === 'A').slice(0, 1);
      const plan = e.planFill({ ...set.set, records: only }, editor.readRows(document, 'example.com'), editor.capabilities, editor.conventions, {});
      const seen: { phase: string; en: string }[] = [];
      const run = e.runFill({ document, editor, plan, options: {}, onProgress: (p) => seen.push({ phase: p.phase, en: p.message.en }), saveTimeoutMs: 5000, saveGraceMs: 800 });
      // The user acts once the filler waits for the save (not after a fixed time: filling may take long on a busy machine).
      while (!seen.some((step) => step.phase === 'awaiting-save')) await window.__sleep(10);
      document.getElementById('form')!.remove();
      if (action === 'save-late') {
        // The table re-renders after the site's answer, a moment after its form closed.
        await window.__sleep(300);
        const li = document.createElement('li');
        li.textContent = `A ${only[0]!.name} ${only[0]!.value}`;
        document.getElementById('rows')!.append(li);
      }
      const result = await run;
      return { ok: result.ok, phases: seen.map((s) => s.phase), last: seen.at(-1)!.en };
    }, user);

  test('Cancel: after a short grace the run stops, saying the record was not saved', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    const outcome = await runThenUser('cancel');
    expect(outcome).toEqual({ ok: false, phases: ['filling', 'awaiting-save', 'stopped'], last: expect.stringMatching(/^The form of A mail\.example\.com 203\.0\.113\.10 closed, but .* not saved/) });
  });

  test('a row that shows a moment after the form closed is a save', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    const outcome = await runThenUser('save-late');
    expect(outcome).toEqual({ ok: true, phases: ['filling', 'awaiting-save', 'saved', 'done'], last: expect.stringMatching(/^Done: 1 record/) });
  });
});

describe('stage-then-submit: staging and the Submit are verified', () => {
  /** A staging form: `#stage` takes the record (clears the form) unless `refuse`; `#submit` saves the staged rows. */
  const stageRun = (setup: { refuse: boolean; submitButton: boolean }) =>
    page.evaluate(async ({ refuse, submitButton }) => {
      const e = window.__fillEngine;
      const staged: string[] = [];
      const stage = document.createElement('button');
      stage.id = 'stage';
      stage.addEventListener('click', () => {
        if (refuse) return; // a validation message, the form keeps the record
        const host = document.getElementById('host') as HTMLInputElement;
        const value = document.getElementById('value') as HTMLInputElement;
        staged.push(`A ${host.value}.example.com ${value.value}`);
        host.value = '';
        value.value = '';
      });
      document.getElementById('form')!.append(stage);
      if (submitButton) {
        const submit = document.createElement('button');
        submit.id = 'submit';
        submit.addEventListener('click', () => {
          for (const text of staged) {
            const li = document.createElement('li');
            li.textContent = text;
            document.getElementById('rows')!.append(li);
          }
        });
        document.body.append(submit);
      }
      const editor = window.__safetyEditor({ commit: { kind: 'stage-then-submit', stage: ['#stage'], submit: ['#submit'] } });
      const set = e.expandService('exchange-onprem', 'example.com', { ip: '203.0.113.10' });
      if (!set.ok) throw new Error('setup');
      const only = set.set.records.filter((record) => record.type === 'A');
      const plan = e.planFill({ ...set.set, records: only }, editor.readRows(document, 'example.com'), editor.capabilities, editor.conventions, {});
      const seen: { phase: string; en: string }[] = [];
      // Longer than the test may run: a run that waited for a save instead of saying what is missing would fail it.
      const result = await e.runFill({ document, editor, plan, options: { pressSubmit: true }, onProgress: (p) => seen.push({ phase: p.phase, en: p.message.en }), saveTimeoutMs: 600_000, stageTimeoutMs: 600 });
      return { ok: result.ok, phases: seen.map((s) => s.phase), last: seen.at(-1)!.en };
    }, setup);

  test('a record the stage button did not take stops the run, naming it', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    const outcome = await stageRun({ refuse: true, submitButton: true });
    expect(outcome).toMatchObject({ ok: false, phases: ['filling', 'stopped'], last: expect.stringMatching(/^A mail\.example\.com 203\.0\.113\.10 was not added to the records waiting/) });
  });

  test('a Submit the user asked for that is not on the page is said at once, not awaited', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    const outcome = await stageRun({ refuse: false, submitButton: false });
    expect(outcome).toMatchObject({ ok: false, phases: ['filling', 'stopped'], last: expect.stringMatching(/1 record is staged, but the site's button that submits it was not found/) });
  });

  test('staged, then submitted by the filler: done', async () => {
    await setBody(`${FORM}<ul id="rows"><li>${OLD_SPF}</li></ul>`);
    const outcome = await stageRun({ refuse: false, submitButton: true });
    expect(outcome).toMatchObject({ ok: true, phases: ['filling', 'done'], last: expect.stringMatching(/^Done: 1 record/) });
  });
});

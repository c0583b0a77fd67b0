import { collectRoots, documentOf, type QueryRoot } from './deep-query.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `changed` on every change in `roots` (each observed with its own window's observer: frames have their own). */
function observeAll(roots: readonly QueryRoot[], changed: () => void): MutationObserver[] {
  return roots.map((root) => {
    const observer = new (documentOf(root).defaultView ?? window).MutationObserver(changed);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  });
}

/**
 * Resolves once nothing in `roots` changed for `quietMs` (the framework finished re-rendering
 * after a type change), or after `maxMs` at worst: a page with a ticking clock never goes quiet,
 * and the caller re-queries and verifies anyway.
 */
export function waitForQuiet(roots: readonly QueryRoot[], quietMs = 25, maxMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout>;
    const observers = observeAll(roots, () => restart());
    const finish = () => {
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      observers.forEach((observer) => observer.disconnect());
      resolve();
    };
    const restart = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, quietMs);
    };
    const maxTimer = setTimeout(finish, maxMs);
    restart();
  });
}

/** True while the page draws no frames: its tab is in the background, its window minimized. */
const drawsNoFrames = (document: Document) => document.visibilityState === 'hidden';

/**
 * Resolves once the page has drawn its next frame: what the page asked to run on that frame has
 * run (frame callbacks run in the order they were asked for). A page that draws no frames (a tab
 * in the background) will run them only once it shows again: there is nothing to wait for; a
 * page that draws none while it shows (a busy machine) lets it go after `maxMs`.
 */
export function nextFrame(document: Document, maxMs = 3000): Promise<void> {
  const view = document.defaultView;
  if (!view || drawsNoFrames(document)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    document.addEventListener('visibilitychange', done);
    view.requestAnimationFrame(done);
  });
}

/** Resolves on the next change anywhere in `roots` (the page answered), or after `ms`. */
function changeOrTimeout(roots: readonly QueryRoot[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observers.forEach((observer) => observer.disconnect());
      resolve();
    };
    const observers = observeAll(roots, done);
    const timer = setTimeout(done, ms);
  });
}

/** Resolves once `performance.now()` reaches `time` (timers count whole milliseconds: never early). */
async function sleepUntil(time: number): Promise<void> {
  for (let left = time - performance.now(); left > 0; left = time - performance.now()) await sleep(Math.ceil(left));
}

/**
 * Polls `probe` until it returns a value (not undefined/false) or `timeoutMs` passes: every
 * `intervalMs`, and, given the page's `watch`ed document, as soon as the page changes (its
 * answer to an action is seen when it happens, not on the next tick: a list that opens, a row
 * that shows). Probes stay a fifth of the interval (at most 50 ms) apart: a page that never stops
 * changing (an animation) does not turn a costly probe (the whole listing) into a busy loop.
 */
export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs: number, intervalMs = 25, watch?: Document): Promise<T | undefined> {
  const deadline = performance.now() + timeoutMs;
  const roots = watch ? collectRoots(watch) : [];
  const gap = Math.min(intervalMs / 5, 50);
  for (;;) {
    const probed = performance.now();
    const value = probe();
    if (value !== undefined && value !== false) return value;
    const left = deadline - performance.now();
    if (left <= 0) return undefined;
    if (roots.length === 0) await sleep(Math.min(intervalMs, left));
    else {
      await changeOrTimeout(roots, Math.min(intervalMs, left));
      await sleepUntil(probed + gap);
    }
  }
}

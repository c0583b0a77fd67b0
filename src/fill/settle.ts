import { documentOf, type QueryRoot } from './deep-query.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once nothing in `roots` changed for `quietMs` (the framework finished re-rendering
 * after a type change), or after `maxMs` at worst: a page with a ticking clock never goes quiet,
 * and the caller re-queries and verifies anyway.
 */
export function waitForQuiet(roots: readonly QueryRoot[], quietMs = 25, maxMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout>;
    const observers = roots.map((root) => {
      const view = documentOf(root).defaultView ?? window;
      const observer = new view.MutationObserver(() => restart());
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      return observer;
    });
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

/** Polls `probe` until it returns a value (not undefined/false) or `timeoutMs` passes. */
export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs: number, intervalMs = 25): Promise<T | undefined> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (performance.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}

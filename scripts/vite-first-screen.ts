import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

/** The popup's UI entry: what main.ts imports once the loading shell is painted. */
const FIRST_SCREEN_ENTRY = fileURLToPath(new URL('../src/popup/start.tsx', import.meta.url));

/** The engine's pure modules (layer 0) and the libraries they bring: what the group may take. */
const ENGINE = /\/src\/(lib|i18n|records|services|storage|messages)\/|\/node_modules\/punycode\//;

/**
 * A code-splitting group: the engine modules the popup's first screen imports statically, in one
 * chunk. Left alone, the bundler splits them by which other pages and lazy chunks share each one,
 * and the popup fetched seven small chunks before its setup form; a list of paths instead drifts,
 * and pulled into the first load modules only the lazy chunks use. The set is the static import
 * closure of start.tsx, computed once per build from the bundler's own graph.
 */
export function firstScreenGroup(name: string): { name: (id: string, ctx: ChunkingContext) => string | null; debugName: string; test: RegExp } {
  let closure: Set<string> | undefined;
  const staticClosure = (ctx: ChunkingContext): Set<string> => {
    const seen = new Set<string>();
    const queue = [FIRST_SCREEN_ENTRY];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return {
    debugName: name,
    test: ENGINE,
    name: (id, ctx) => {
      closure ??= staticClosure(ctx);
      return closure.has(id) ? name : null;
    },
  };
}

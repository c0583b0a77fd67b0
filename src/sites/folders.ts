/**
 * `./godaddy/adapter.ts` → `godaddy`: a site's id is its folder's name. The registries glob the
 * folders (`import.meta.glob`) and key what they find with this, sorted by id.
 */
export function byFolder<T>(modules: Record<string, T>): [string, T][] {
  return Object.entries(modules)
    .map(([path, value]): [string, T] => [path.split('/').at(-2)!, value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The demo site's folder (demo/dns-editor.html): only the demo and test builds glob it, by this name. */
export const DEMO_SITE = 'demo';

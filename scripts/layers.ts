/**
 * The house's layer table (issue 10, README "Architecture"): every folder of src/ and the layer it
 * stands on. A folder imports its own layer and the layers below, never above, and folders never
 * import each other in a circle. scripts/check-layers.ts holds the import graph to this table.
 */
export interface Layer {
  level: number;
  name: string;
  folders: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { level: 0, name: 'core', folders: ['lib', 'i18n', 'hosts', 'records', 'services', 'dns', 'guides', 'share', 'report', 'capture'] },
  { level: 1, name: 'page engines', folders: ['fill', 'highlight', 'page'] },
  { level: 2, name: 'sites', folders: ['sites'] },
  { level: 3, name: 'extension plumbing', folders: ['ext', 'messages', 'storage'] },
  { level: 4, name: 'surfaces', folders: ['background', 'content', 'popup', 'ui', 'options', 'cli'] },
];

/** Folders that may reach lower than their layer allows: the CLI runs in Node, on the core alone. */
export const HIGHEST_IMPORT: Readonly<Record<string, number>> = { cli: 0 };

/** The one folder that may touch the browsers' extension APIs (`chrome.*`, `browser.*`, webextension-polyfill). */
export const BROWSER_FACADE = 'ext';

/** Files at the top of src/ that belong to a folder: the CLI's entry point. */
export const ROOT_FILES: Readonly<Record<string, string>> = { 'cli.ts': 'cli' };

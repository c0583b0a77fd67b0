import type { Plugin } from 'vite';

interface Manifest {
  web_accessible_resources?: { resources: string[] }[];
}

/**
 * crx lists every `?iife` script in web_accessible_resources for all http(s) pages. Ours is only
 * injected with scripting.executeScript, which needs no such entry, and exposing it would let any
 * site detect the extension. This drops those entries from the emitted manifest.
 */
export function noExposedScripts(): Plugin & { renderCrxManifest(manifest: Manifest): Manifest } {
  return {
    name: 'dsa:no-exposed-scripts',
    enforce: 'post',
    // A hook of the crx plugin: it runs on the final manifest, after crx added its entries.
    renderCrxManifest(manifest: Manifest): Manifest {
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((file) => !file.startsWith('src/content/')) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

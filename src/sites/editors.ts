import { cloudflareEditor } from './cloudflare/adapter.js';
import { cpanelEditor } from './cpanel/adapter.js';
import type { EditorSpec } from '../fill/editor-spec.js';
import { gandiEditor } from './gandi/adapter.js';
import { godaddyEditor } from './godaddy/adapter.js';
import { hostingerEditor } from './hostinger/adapter.js';
import { ionosEditor } from './ionos/adapter.js';
import { namecheapEditor } from './namecheap/adapter.js';
import { ovhZoneLegacyEditor } from './ovh-zone-legacy/adapter.js';
import { ovhZoneReactEditor } from './ovh-zone-react/adapter.js';
import { pleskEditor } from './plesk/adapter.js';
import { porkbunEditor } from './porkbun/adapter.js';

/**
 * Each site adapter's DNS editor, by adapter id. Apart from src/sites/registry.ts on purpose: the
 * page reader runs on every registrar page load and needs no editor, so only the filler, the
 * background and the tests import this file. Sites without an editor (the demo page, the OVH
 * e-mail panel) are absent: the generic filler or nothing takes over there.
 */
const SITE_EDITORS: Readonly<Record<string, EditorSpec>> = {
  'ovh-zone-legacy': ovhZoneLegacyEditor,
  'ovh-zone-react': ovhZoneReactEditor,
  godaddy: godaddyEditor,
  cloudflare: cloudflareEditor,
  namecheap: namecheapEditor,
  porkbun: porkbunEditor,
  hostinger: hostingerEditor,
  gandi: gandiEditor,
  ionos: ionosEditor,
  cpanel: cpanelEditor,
  plesk: pleskEditor,
};

/** The editor of the adapter with this id, or undefined when the site has none. */
export function editorOf(adapterId: string): EditorSpec | undefined {
  return Object.hasOwn(SITE_EDITORS, adapterId) ? SITE_EDITORS[adapterId] : undefined;
}

import { cloudflareEditor } from './cloudflare.js';
import { cpanelEditor } from './cpanel.js';
import type { EditorSpec } from './editor-spec.js';
import { gandiEditor } from './gandi.js';
import { godaddyEditor } from './godaddy.js';
import { hostingerEditor } from './hostinger.js';
import { ionosEditor } from './ionos.js';
import { namecheapEditor } from './namecheap.js';
import { ovhZoneLegacyEditor } from './ovh-zone-legacy.js';
import { ovhZoneReactEditor } from './ovh-zone-react.js';
import { pleskEditor } from './plesk.js';
import { porkbunEditor } from './porkbun.js';

/**
 * Each site adapter's DNS editor, by adapter id. Apart from src/sites/index.ts on purpose: the
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

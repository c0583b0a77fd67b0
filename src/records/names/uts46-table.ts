/**
 * The UTS #46 mapping table, loaded with the module that imports this one: for entries that read
 * names synchronously from their start (background, CLI, filler, options). The popup does not
 * import it: it loads the table on demand (uts46.ts, loadUts46).
 */
import { toASCII } from 'tr46';
import { setUts46Table } from './uts46.js';

export function installUts46Table(): void {
  setUts46Table(toASCII);
}

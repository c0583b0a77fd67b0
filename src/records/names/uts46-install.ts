/**
 * The UTS #46 table installed with the module that imports this one: for entries that read names
 * synchronously from their start (background, CLI, filler, options). The popup does not import it.
 */
import { setUts46Table } from './uts46.js';
import { uts46ToAscii } from './uts46-table.js';

export function installUts46Table(): void {
  setUts46Table(uts46ToAscii);
}

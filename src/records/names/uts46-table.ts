/**
 * The UTS #46 mapping table (tr46's toASCII), in an ES module of its own: tr46 is CommonJS, and
 * importing it from uts46.ts would put the bundler's CommonJS interop into the popup's first load.
 * Entries that read names from their start install it (uts46-install.ts); the popup loads it on
 * demand (uts46.ts, loadUts46).
 */
export { toASCII as uts46ToAscii } from 'tr46';

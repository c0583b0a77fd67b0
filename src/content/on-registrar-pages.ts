// The manifest's content script on the adapters' registrar pages (scripts/manifest-for.ts). The
// same code as the on-demand injection, as its own entry: the crx plugin cannot use one file both
// as a manifest content script and as the background's `?iife` import.
import './page-reader.js';

import { pageScript } from '../engine/engine-bundle.js';

/** The page reader bundle (reader-entry.ts) as one classic script, for page.addScriptTag. */
export const pageReaderScript = () => pageScript(new URL('./reader-entry.ts', import.meta.url), 'pageReaderBundle');

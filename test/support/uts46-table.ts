// Every test reads names as the background and the CLI do: with the UTS #46 table loaded from the
// start (src/records/names/uts46-install.ts). The popup's on-demand loading has its own tests.
import { installUts46Table } from '../../src/records/names/uts46-install.js';

installUts46Table();

import type { LoopbackDns } from './dns/loopback-dns.js';

// What global-setup.ts provides to the tests: `inject('dns')` is typed by this.
declare module 'vitest' {
  export interface ProvidedContext {
    dns: LoopbackDns;
  }
}

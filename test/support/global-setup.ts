import type { TestProject } from 'vitest/node';
import { startLoopbackDns } from './dns/loopback-dns.js';

/**
 * Starts the loopback DoH servers once for the whole run (ports are free ones, so parallel
 * test files and parallel runs never collide); tests read their addresses with inject('dns').
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dns = await startLoopbackDns();
  project.provide('dns', dns.info);
  return dns.stop;
}

import { fleetMessages } from './fleet-messages.js';
import { UsageError } from '../usage-error.js';

/** `--shard K/N`: this process checks every N-th setup of the file, starting with the K-th (both 1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** More shards than any cluster runs pods for one file; also keeps K and N exact integers. */
const MAX_SHARDS = 1_000_000;

export function readShard(given: readonly string[]): Shard | undefined {
  const value = given[0];
  if (value === undefined) return undefined;
  const match = /^\s*(\d{1,7})\s*\/\s*(\d{1,7})\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count)) {
    throw new UsageError(fleetMessages.badShard(value, MAX_SHARDS));
  }
  return { index, count };
}

/**
 * Whether the setup at `position` among the file's setups (1-based; blank and comment lines are
 * not setups) is this shard's: (position − 1) mod N = K − 1. Every setup is in exactly one shard.
 */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || (position - 1) % shard.count === shard.index - 1;
}

import type fc from 'fast-check';

/**
 * One seed for the whole fuzzing run, printed, so that CI is repeatable and any failure can be
 * replayed on a laptop: `FUZZ_SEED=<n> npx vitest run test/unit/security/fuzz`. `FUZZ_SEED=random`
 * draws a new one (printed too); `FUZZ_RUNS=<n>` runs every property n times instead of its own
 * share of the budget (a long local session: FUZZ_RUNS=20000).
 */
const DEFAULT_SEED = 20_261_207;

function seedFromEnv(): number {
  const given = process.env.FUZZ_SEED?.trim();
  if (given === undefined || given === '') return DEFAULT_SEED;
  if (given === 'random') return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not "${given}".`);
  return seed;
}

function runsFromEnv(): number | undefined {
  const given = process.env.FUZZ_RUNS?.trim();
  if (given === undefined || given === '') return undefined;
  const runs = Number(given);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not "${given}".`);
  return runs;
}

export const FUZZ_SEED = seedFromEnv();
const RUNS_OVERRIDE = runsFromEnv();

/**
 * Generated inputs per property in one `npm test`: at least 2,000 in all (issue 11), cheap
 * enough that the whole suite stays well under a minute on two busy cores.
 */
export const FUZZ_BUDGET = {
  cliArguments: 400,
  cliWithDnsData: 100,
  names: 300,
  shareCodes: 300,
  codeFinder: 200,
  pastes: 300,
  zoneFiles: 250,
  dohBodies: 300,
  dohMutations: 200,
  templates: 200,
  reports: 150,
} as const;

export type FuzzTarget = keyof typeof FUZZ_BUDGET;

/**
 * An input that takes this long is stuck, not slow: the cap catches a hang or a runaway loop
 * (a pointer loop, a backtracking pattern), never measures performance. Generous, because the
 * machine running the tests may be shared by many jobs.
 */
export const HANG_MS = 3_000;

let printed = false;

/** fast-check parameters for one property: the run's seed, the target's share of the budget, the hang cap. */
export function fuzzParams<T>(target: FuzzTarget): fc.Parameters<T> {
  if (!printed) {
    printed = true;
    console.info(`fuzz seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED}; more inputs: FUZZ_RUNS=n)`);
  }
  return { seed: FUZZ_SEED, numRuns: RUNS_OVERRIDE ?? FUZZ_BUDGET[target], timeout: HANG_MS };
}

/** A vitest timeout for a fuzz block: room for its budget on a busy machine, more when FUZZ_RUNS asks for more. */
export const FUZZ_TEST_TIMEOUT = 60_000 + (RUNS_OVERRIDE ?? 0) * 100;

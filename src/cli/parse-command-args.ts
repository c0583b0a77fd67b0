import { parseArgs } from 'node:util';
import { cliMessages } from './cli-messages.js';
import { UsageError } from './usage-error.js';

/** The options a command takes; all take a value except `help` and the `flags`. `repeatable` ones may be given several times. */
export interface CommandOptions {
  command: string;
  options: readonly string[];
  repeatable?: readonly string[];
  /** Switches without a value (`--authoritative`). */
  flags?: readonly string[];
}

export interface ParsedArgs {
  /** Every value given for each option, in order (single options hold at most one). */
  values: Record<string, string[]>;
  help: boolean;
  /** The `flags` given. */
  flags: ReadonlySet<string>;
  positionals: string[];
}

/**
 * node:util parseArgs, with its English-only errors turned into our one-line sentences and
 * a repeated single option refused rather than silently keeping the last one.
 */
export function parseCommandArgs(args: readonly string[], spec: CommandOptions): ParsedArgs {
  const options: Record<string, { type: 'string'; multiple: true } | { type: 'boolean' }> = Object.fromEntries(spec.options.map((name) => [name, { type: 'string', multiple: true }]));
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw toUsageError(error, spec.command);
  }
  const values: Record<string, string[]> = {};
  for (const name of spec.options) {
    const given = (parsed.values as Record<string, unknown>)[name];
    const list = Array.isArray(given) ? given.filter((v): v is string => typeof v === 'string') : [];
    if (list.length > 1 && !spec.repeatable?.includes(name)) throw new UsageError(cliMessages.optionRepeated(`--${name}`));
    values[name] = list;
  }
  const flags = new Set((spec.flags ?? []).filter((name) => (parsed.values as Record<string, unknown>)[name] === true));
  return { values, help: (parsed.values as Record<string, unknown>).help === true, flags, positionals: parsed.positionals };
}

function toUsageError(error: unknown, command: string): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs names the option in quotes: "Unknown option '--x'", "Option '--service <value>' argument missing".
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? message.split('\n')[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(cliMessages.optionNeedsValue(command, option));
  return new UsageError(cliMessages.unknownOption(command, option));
}

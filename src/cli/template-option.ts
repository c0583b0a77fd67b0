import { readFile, stat } from 'node:fs/promises';
import { applyTemplate } from '../services/domain-connect/apply-template.js';
import { MAX_TEMPLATE_BYTES, parseTemplate } from '../services/domain-connect/parse-template.js';
import type { DesiredSet } from '../services/desired.js';
import { templateMessages } from '../services/domain-connect/template-messages.js';
import { cliMessages } from './cli-messages.js';
import { readVars } from './option-values.js';
import type { ParsedArgs } from './parse-command-args.js';
import { oneLine } from './read-setup.js';
import { UsageError } from './usage-error.js';
import { readZoneArgument, type Tell } from './zone-argument.js';

/** The options `records` and `check` take for a Domain Connect template. */
export const TEMPLATE_OPTIONS = ['template', 'group', 'host'] as const;

/**
 * `<domain> --template FILE.json [--group ID]… [--host SUB] --var NAME=VALUE…`: the records the
 * template writes, or a usage error (exit 2) naming every missing variable or bad field.
 * `undefined` when no --template was given (the --service or --code path).
 */
export async function readTemplateSetup(command: string, args: ParsedArgs, tell: Tell): Promise<DesiredSet | undefined> {
  const { values, positionals } = args;
  const path = values.template?.[0];
  if (path === undefined) {
    const stray = (['group', 'host'] as const).find((name) => values[name]?.length);
    if (stray) throw new UsageError(cliMessages.templateOptionsAlone(`--${stray}`));
    return undefined;
  }
  if (values.service?.length || values.code?.length) throw new UsageError(cliMessages.templateWithService);
  const [domain, ...extra] = positionals;
  if (extra[0] !== undefined) throw new UsageError(cliMessages.unexpectedArgument(command, extra[0]));
  if (domain === undefined) throw new UsageError(cliMessages.missingDomain(command));
  const zone = readZoneArgument(domain, tell);
  const parsed = parseTemplate(await readTemplateFile(path));
  if (!parsed.ok) throw new UsageError(oneLine(parsed.problems));
  const result = applyTemplate(parsed.template, {
    domain: zone,
    host: values.host?.[0] ?? '',
    vars: readVars(values.var ?? []),
    groups: values.group ?? [],
  });
  if (!result.ok) throw new UsageError(oneLine(result.problems));
  return result.set;
}

/** The file's text; a file over the size cap is refused before it is read. */
async function readTemplateFile(path: string): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(cliMessages.cannotReadTemplate(path, error.code ?? 'error'));
  });
  if (!info.isFile()) throw new UsageError(cliMessages.cannotReadTemplate(path, 'EISDIR'));
  if (info.size > MAX_TEMPLATE_BYTES) throw new UsageError(templateMessages.tooLarge(info.size, MAX_TEMPLATE_BYTES));
  return readFile(path, 'utf8');
}

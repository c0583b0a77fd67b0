import type { Localized } from '../i18n/lang.js';
import { expandService } from '../services/expand.js';
import type { DesiredSet, Setup } from '../services/desired.js';
import { readShareCode } from '../share/share-code.js';
import { cliMessages } from './cli-messages.js';
import type { ParsedArgs } from './parse-command-args.js';
import { readVars } from './option-values.js';
import { UsageError } from './usage-error.js';
import { readZoneArgument, type Tell } from './zone-argument.js';

/**
 * The setup of `records`, `check` and `share`: `<domain> --service ID [--var name=value]…`,
 * or `--code` alone (when `acceptsCode`): a DSA2 or DSA1 code, or any text holding one (an e-mail, a chat message).
 */
export function readSetup(command: string, args: ParsedArgs, acceptsCode: boolean, tell: Tell): Setup {
  const { values, positionals } = args;
  const code = acceptsCode ? values.code?.[0] : undefined;
  const [domain, ...extra] = positionals;
  if (extra[0] !== undefined) throw new UsageError(cliMessages.unexpectedArgument(command, extra[0]));
  if (code !== undefined) {
    if (domain !== undefined || values.service?.length || values.var?.length) throw new UsageError(cliMessages.codeWithSetup);
    const decoded = readShareCode(code);
    if (!decoded.ok) throw new UsageError(decoded.problem);
    return decoded.setup;
  }
  if (domain === undefined) {
    throw new UsageError(acceptsCode ? cliMessages.missingDomain(command) : cliMessages.missingDomainForShare);
  }
  const service = values.service?.[0];
  if (service === undefined || service.trim() === '') throw new UsageError(cliMessages.missingService);
  return { domain: readZoneArgument(domain, tell), service, vars: readVars(values.var ?? []) };
}

/** The records of the setup, or a usage error holding every problem the engine found, on one line. */
export function expandSetup(setup: Setup): DesiredSet {
  const result = expandService(setup.service, setup.domain, setup.vars);
  if (!result.ok) throw new UsageError(oneLine(result.problems));
  return result.set;
}

/** Every problem on one line: the CLI prints a usage error as one line (visibleText shows any line break of the input). */
export function oneLine(problems: readonly Localized[]): Localized {
  return { en: problems.map((p) => p.en).join(' '), fr: problems.map((p) => p.fr).join(' ') };
}

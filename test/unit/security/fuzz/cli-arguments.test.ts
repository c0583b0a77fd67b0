import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../../src/cli/run-cli.js';
import { expectSentence, expectTerminalSafe } from './expect-safe.js';
import { fuzzIo, type FileContent } from './cli-io-for-fuzz.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams } from './fuzz-settings.js';
import { DOMAINS, domainArb, hostilePiece, nearValid } from './hostile-text.js';
import { serviceVariables } from '../../../../src/services/service-variables.js';
import { SERVICES } from '../../../../src/services/index.js';
import { CODES, SERVICE_IDS, ZONE_FILES } from './samples.js';

/**
 * Command lines as people type them, and as a pasted hostile string makes them: every command,
 * every option, near-valid values. Whatever the line, the CLI answers with one of its four exit
 * codes (never 70, a bug), puts nothing raw on the terminal, and a refusal (2) is one sentence
 * per line on stderr with nothing on stdout.
 */
const oneOf = (...values: string[]) => nearValid(fc.constantFrom(...values), 2);
/** Mostly the valid value, sometimes mutated: most lines get past the first check and reach the command. */
const mostly = (...values: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: oneOf(...values) });
const flag = (name: string, values: fc.Arbitrary<string>) => fc.option(values.map((value) => [name, value]), { nil: [], freq: 3 });

const codeArb = fc.oneof(
  nearValid(fc.constantFrom(...CODES)),
  fc.tuple(fc.string({ unit: hostilePiece, maxLength: 6 }), fc.constantFrom(...CODES), fc.string({ unit: hostilePiece, maxLength: 6 })).map((parts) => parts.join(' ')),
);
const domainOrMostly = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DOMAINS) }, { weight: 2, arbitrary: domainArb });

/** `<domain> --service ID --var …`: the service's required variables mostly there, optional ones sometimes. */
const setupArgs: fc.Arbitrary<string[]> = fc.constantFrom(...SERVICES).chain((service) =>
  fc
    .tuple(
      domainOrMostly,
      mostly(service.id),
      ...serviceVariables(service).map((spec) => fc.option(mostly(`${spec.name}=${spec.example}`), { nil: undefined, freq: spec.required ? 12 : 2 })),
    )
    .map(([domain, id, ...vars]) => [domain, '--service', id, ...vars.flatMap((text) => (text === undefined ? [] : ['--var', text]))]),
);
const setupOrCode = fc.oneof({ weight: 3, arbitrary: setupArgs }, { weight: 1, arbitrary: codeArb.map((code) => ['--code', code]) });
const checkRun = fc
  .tuple(
    flag('--resolver', mostly('https://one.test/dns-query', 'http://127.0.0.1:8053/dns-query', 'https://[2001:db8::1]/dns-query')),
    flag('--timeout', mostly('40', '4000', '600001', '0')),
    flag('--deadline', mostly('40', '5000', '-5', '1e3')),
  )
  .map((parts) => parts.flat());
const lang = flag('--lang', mostly('en', 'fr'));
const format = (...formats: string[]) => flag('--format', mostly(...formats));

/** Each command with its own options, as its help shows them. */
const commandLines: fc.Arbitrary<string[]>[] = [
  fc.tuple(setupOrCode, format('table', 'json', 'zone'), lang).map((parts) => ['records', ...parts.flat()]),
  fc.tuple(setupOrCode, checkRun, format('table', 'json'), lang).map((parts) => ['check', ...parts.flat()]),
  fc.tuple(setupArgs, flag('--zone-file', fc.constant('example.com.zone')), format('table', 'json'), lang).map((parts) => ['check', ...parts.flat()]),
  fc.tuple(setupOrCode, checkRun, lang).map((parts) => ['report', ...parts.flat()]),
  fc.tuple(flag('--service', mostly(...SERVICE_IDS)), flag('--concurrency', mostly('1', '4', '0')), flag('--shard', mostly('1/2', '2/2', '3/2')), checkRun, lang).map((parts) => ['check', '--domains', '-', ...parts.flat()]),
  fc.tuple(setupArgs, format('dsa2', 'dsa1'), lang).map((parts) => ['share', ...parts.flat()]),
  fc.tuple(oneOf('example.com.zone', '-'), flag('--origin', domainOrMostly), format('json', 'zone'), lang).map(([path, ...parts]) => ['zone', path, ...parts.flat()]),
  fc.tuple(format('table', 'json'), lang).map((parts) => ['services', ...parts.flat()]),
  fc.tuple(mostly(...SERVICE_IDS), flag('--provider-id', mostly('ovhcloud.com', 'example.net')), lang).map(([id, ...parts]) => ['services', 'export', id, ...parts.flat()]),
];

/** Whatever does not belong: an option of another command, a stray word, a bare flag. */
const strayArb: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(fc.constantFrom('--service', '--var', '--code', '--origin', '--group', '--host', '--template', '--format', '--lang'), domainArb),
  oneOf('--help', '-h', '--', '--frob', '-x', '--var=token=ab1cd', '--lang=fr', '--service').map((text) => [text]),
  domainArb.map((positional) => [positional]),
);

export const argvArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 12, arbitrary: fc.oneof(...commandLines) },
  { weight: 3, arbitrary: fc.tuple(fc.oneof(...commandLines), strayArb, fc.nat()).map(([line, stray, at]) => [...line.slice(0, 1 + (at % line.length)), ...stray, ...line.slice(1 + (at % line.length))]) },
  { weight: 1, arbitrary: fc.tuple(oneOf('help', '--help', 'records', 'check', 'zone'), fc.array(strayArb, { maxLength: 3 })).map(([command, rest]) => [command, ...rest.flat()]) },
);

/** A `check --domains` file: a domain per line, or a domain, a service and variables, or a code. */
const domainsLine = fc.oneof(domainOrMostly, fc.tuple(domainOrMostly, mostly(...SERVICE_IDS), mostly('server=ex5.mail.ovh.net', 'ip=203.0.113.10', 'region=eu')).map((words) => words.join(' ')), codeArb, fc.constantFrom('# comment', ''));
const domainsFile = fc.array(domainsLine, { maxLength: 4 }).map((lines) => new TextEncoder().encode(lines.join('\n')));

export const fileArb: fc.Arbitrary<FileContent> = fc.oneof(
  nearValid(fc.constantFrom(...ZONE_FILES), 4).map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom({ errorCode: 'ENOENT' }, { errorCode: 'EISDIR' }, { errorCode: 'EACCES' }, { errorCode: 'ELOOP' }),
);

describe('fuzz: the CLI in-process', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('any command line: an exit code of the contract, nothing raw on the terminal, refusals as sentences', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, fileArb, domainsFile, async (argv, file, stdin) => {
        const { io, out } = fuzzIo(file, undefined, stdin);
        const code = await runCli(argv, io);
        expect([0, 1, 2, 3], `exit ${code}, stderr ${JSON.stringify(out.stderr)}`).toContain(code);
        expectTerminalSafe(out.stdout, 'stdout');
        expectTerminalSafe(out.stderr, 'stderr');
        // check --domains prints one JSON object per setup as it finishes; a bad line is one of them, with its sentence.
        const fleetLines = argv.includes('--domains') && out.stdout !== '' ? out.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { exit: number; error?: string }) : undefined;
        for (const line of fleetLines ?? []) {
          expect([0, 1, 2, 3], JSON.stringify(line)).toContain(line.exit);
          if (line.error !== undefined) expectSentence(line.error, 'fr', 'a bad line of --domains');
        }
        if (fleetLines !== undefined) {
          // A line that cannot be checked is also said on stderr, as `stdin:LINE: sentence`.
          for (const line of out.stderr.split('\n').filter(Boolean)) expectSentence(line, 'fr', 'a bad line on stderr');
        } else if (code === 2) {
          expect(out.stdout).toBe('');
          expect(out.stderr).toMatch(/\n$/);
          for (const line of out.stderr.slice(0, -1).split('\n')) expectSentence(line, 'fr', 'a refusal on stderr');
        } else {
          expect(out.stderr, 'stderr without a refusal').toBe('');
        }
      }),
      fuzzParams('cliArguments'),
    );
  });
});

import { format, localized } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { exportZone } from '../../records/zone-file/format.js';
import type { CliIo } from '../cli-io.js';
import { cliMessages } from '../cli-messages.js';
import { EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { printJson, zoneJson } from '../json-shapes.js';
import { checkLang, readFormat } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { visibleText } from '../../lib/visible-text.js';
import { UsageError } from '../usage-error.js';
import type { LoadedZone } from '../../records/zone-file/load.js';
import { loadZoneFile, readOriginOption, readZoneFileText, zoneErrorLines } from '../zone-file-input.js';

/**
 * `zone FILE [--origin NAME] [--format json|zone] [--lang en|fr]`: the records a name server
 * would serve from the file, of the types this tool manages, and every line skipped with why.
 * Exit 0 when every line was read or skipped with a reason; 2 with `FILE:LINE: reason` lines.
 */
export async function zoneCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, { command: 'zone', options: ['origin', 'format', 'lang'] });
  if (parsed.help) {
    io.stdout(helpText('zone', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], ['json', 'zone'] as const);
  const [path, ...extra] = parsed.positionals;
  if (path === undefined) throw new UsageError(cliMessages.missingZoneFile);
  if (extra[0] !== undefined) throw new UsageError(cliMessages.unexpectedArgument('zone', extra[0]));
  const origin = readOriginOption(parsed.values.origin?.[0]);
  const zone = loadZoneFile(path, await readZoneFileText(path, io), origin);
  if (zone.errors.length > 0) {
    io.stderr(zoneErrorLines(path, zone.errors, lang));
    return EXIT.usage;
  }
  io.stdout(format === 'json' ? printJson(zoneJson(zone, lang)) : zoneText(path, zone, lang));
  return EXIT.ok;
}

const ZONE_TEXT = {
  read: { en: 'Read from {file} by dns-setup-assistant zone: {records}, {skipped}.', fr: 'Lu dans {file} par dns-setup-assistant zone : {records}, {skipped}.' },
  records: { en: { one: '{count} record', other: '{count} records' }, fr: { one: '{count} enregistrement', other: '{count} enregistrements' } },
  skipped: { en: { one: '{count} line skipped', other: '{count} lines skipped' }, fr: { one: '{count} ligne ignorée', other: '{count} lignes ignorées' } },
  line: { en: 'line {line}: {reason}', fr: 'ligne {line} : {reason}' },
} as const;

/** The records as a zone file, its header saying where they come from and which lines were skipped. */
function zoneText(path: string, zone: LoadedZone, lang: Lang): string {
  const file = visibleText(path);
  const read = format(lang, ZONE_TEXT.read, {
    file,
    records: localized(ZONE_TEXT.records, { count: zone.records.length }),
    skipped: localized(ZONE_TEXT.skipped, { count: zone.skipped.length }),
  });
  // A line number is a position, not a quantity: given as text.
  const skipped = zone.skipped.map((line) => format(lang, ZONE_TEXT.line, { line: String(line.line), reason: visibleText(line.reason[lang]) }));
  return exportZone(zone.records.map((entry) => entry.record), zone.origin, { header: [read, ...skipped].join('\n') });
}

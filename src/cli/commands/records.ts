import { colon } from '../../i18n/phrases.js';
import type { Lang } from '../../i18n/lang.js';
import { exportZone, formatRdata } from '../../records/zone-file/index.js';
import type { DesiredSet } from '../../services/desired.js';
import { serviceName } from '../../services/index.js';
import { cliText } from '../cli-labels.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { printJson, recordsJson } from '../json-shapes.js';
import { checkLang, readFormat } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { expandSetup, readSetup } from '../read-setup.js';
import { readTemplateSetup, TEMPLATE_OPTIONS } from '../template-option.js';
import { formatColumns } from '../text-table.js';
import { tellOn } from '../zone-argument.js';
import { visibleText } from '../../lib/visible-text.js';

/** `records <domain> --service ID [--var name=value]… [--format table|json|zone]`, or `--code`, or `--template FILE.json`. */
export async function recordsCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, {
    command: 'records',
    options: ['service', 'var', 'code', 'format', 'lang', ...TEMPLATE_OPTIONS],
    repeatable: ['var', 'group'],
  });
  if (parsed.help) {
    io.stdout(helpText('records', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], ['table', 'json', 'zone'] as const);
  const tell = tellOn(io, lang);
  const set = (await readTemplateSetup('records', parsed, tell)) ?? expandSetup(readSetup('records', parsed, true, tell));
  if (format === 'json') io.stdout(printJson(recordsJson(set)));
  else if (format === 'zone') io.stdout(exportZone(set.records, set.domain));
  else io.stdout(recordsTable(set, lang));
  return EXIT.ok;
}

function recordsTable(set: DesiredSet, lang: Lang): string {
  const label = cliText(lang);
    const rows = set.records.map((record) => [record.type, record.name, String(record.ttl), formatRdata(record)]);
  const lines = [
    `${set.domain}${colon(lang)}${serviceName(set.serviceId, lang)} (${set.serviceId})`,
    '',
    ...formatColumns([[label('type'), label('name'), label('ttl'), label('value')], ...rows]),
  ];
  const notes = set.records.filter((record) => record.note !== undefined);
  if (notes.length > 0) {
    lines.push('', `${label('notes')}${colon(lang).trimEnd()}`, ...notes.map((record) => `  ${record.type} ${record.name}${colon(lang)}${record.note?.[lang]}`));
  }
  // The domain and values come from the command line, a code or a template file: shown through the one escape.
  return lines.map(visibleText).join('\n') + '\n';
}

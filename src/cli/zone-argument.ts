import type { Lang, Localized } from '../i18n/lang.js';
import { visibleText } from '../lib/visible-text.js';
import { parseZoneName, type ZoneName } from '../records/names/zone-name.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

/** Where a command says what it did to its input (an invisible character removed): one stderr line each. */
export type Tell = (notice: Localized) => void;

export function tellOn(io: CliIo, lang: Lang): Tell {
  return (notice) => io.stderr(`${visibleText(notice[lang])}\n`);
}

/** A domain typed on the command line, parsed once: its ZoneName, or a usage error (exit 2) saying why. */
export function readZoneArgument(text: string, tell: Tell): ZoneName {
  const parsed = parseZoneName(text);
  if (!parsed.ok) throw new UsageError(parsed.problem);
  parsed.notices.forEach(tell);
  return parsed.name;
}

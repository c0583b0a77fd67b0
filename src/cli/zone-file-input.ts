import { format, localized } from '../i18n/format.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { loadZone, type LoadedZone } from '../records/zone-file/load.js';
import { parseOrigin } from '../records/names/zone-name.js';
import { isAtOrBelow } from '../records/zone-file/name.js';
import { relativeSoaOwner } from '../records/zone-file/origin.js';
import type { ZoneLine } from '../records/zone-file/read.js';
import type { CliIo } from './cli-io.js';
import { visibleText } from '../lib/visible-text.js';
import { UsageError } from './usage-error.js';

/*
 * A zone file named on the command line (`zone FILE`, `check --zone-file FILE`): read from disk
 * here, at the surface, and handed to the parser as text (src/records does no I/O).
 */

/**
 * An export from a registrar is kilobytes; 16 MiB is about 200,000 records. A larger file is
 * refused with a sentence before it is read any further (at most this many bytes are read).
 */
export const MAX_ZONE_FILE_BYTES = 16 * 1024 * 1024;
/** After this many `FILE:LINE: reason` lines, the rest are counted, not printed. */
const MAX_ERROR_LINES = 20;

/** The file's text: UTF-8 (a byte-order mark dropped), within the size cap, or a usage error that says why not. */
export async function readZoneFileText(path: string, io: CliIo): Promise<string> {
  if (!io.readFile) throw new Error('this CLI was started without file access');
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path, MAX_ZONE_FILE_BYTES);
  } catch (error) {
    throw new UsageError(unreadable(path, (error as { code?: unknown }).code));
  }
  if (bytes.length > MAX_ZONE_FILE_BYTES) throw new UsageError(tooBig(path));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(start));
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new UsageError(notUtf8(path, line));
  }
}

/** `--origin example.com` (the final dot optional, `.` the root) in model form, by the one name parser. */
export function readOriginOption(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const name = parseOrigin(given);
  if (!name.ok) throw new UsageError(localized({ en: `Cannot use --origin: {problem}`, fr: `Impossible d’utiliser --origin : {problem}` }, { problem: name.problem }));
  return name.name;
}

/**
 * The zone as a server loads it, read against `origin`, else the file's own ($ORIGIN, SOA), else
 * `fallback` (`check` knows the domain); without any, a usage error asking for --origin.
 */
export function loadZoneFile(path: string, text: string, origin: string | undefined, fallback?: string): LoadedZone {
  let zone = loadZone(text, origin === undefined ? {} : { origin });
  if (zone.origin === undefined && fallback !== undefined) zone = loadZone(text, { origin: fallback });
  if (zone.origin === undefined) throw new UsageError(noOrigin(path, relativeSoaOwner(text)));
  return { ...zone, origin: zone.origin };
}

/** `check --zone-file`: the file's zone, which must hold the domain checked. */
export async function readZoneForCheck(path: string, domain: string, io: CliIo): Promise<LoadedZone> {
  return zoneForDomain(path, await readZoneFileText(path, io), domain);
}

/** The zone of the file's text, which must hold `domain` (`check --domains` reads the file once for every line). */
export function zoneForDomain(path: string, text: string, domain: string): LoadedZone {
  const zone = dumpedZone(text, loadZoneFile(path, text, undefined, domain));
  if (isAtOrBelow(domain, zone.origin)) return zone;
  const file = visibleText(path);
  const origin = zone.origin === '' ? '.' : zone.origin;
  throw new UsageError(localized({
    en: `{file} is the zone {origin}, which does not hold {domain}: give the zone file of {domain}.`,
    fr: `{file} est la zone {origin}, qui ne contient pas {domain} : donnez le fichier de zone de {domain}.`,
  }, { file, origin, domain }));
}

/**
 * A file that starts from the root (`$ORIGIN .` first, as BIND writes its dumps of a zone) is the
 * zone its SOA names: read again with that zone, as `named-compilezone ZONE FILE` reads it, so that
 * its apex NS and its SOA (how long an absence is cached) count.
 */
function dumpedZone(text: string, zone: LoadedZone): LoadedZone {
  const apex = zone.origin === '' ? zone.skipped.find((line) => line.type === 'SOA')?.name : undefined;
  return apex ? { ...loadZone(text, { origin: apex }), origin: apex } : zone;
}

/** `FILE:LINE: reason` lines for stderr, terminal-safe, the first 20 and a count of the others. */
export function zoneErrorLines(path: string, errors: readonly ZoneLine[], lang: Lang): string {
  return errorLines(path, errors, lang).join('\n') + '\n';
}

/** The same on one line (an NDJSON `error` of `check --domains --zone-file`). */
export function zoneErrorsSentence(path: string, errors: readonly ZoneLine[]): Localized {
  return { en: errorLines(path, errors, 'en').join(' '), fr: errorLines(path, errors, 'fr').join(' ') };
}

function errorLines(path: string, errors: readonly ZoneLine[], lang: Lang): string[] {
  const shownPath = visibleText(path);
  const lines = errors.slice(0, MAX_ERROR_LINES).map((error) => `${shownPath}:${error.line}: ${visibleText(error.reason[lang])}`);
  const more = errors.length - MAX_ERROR_LINES;
  if (more > 0) {
    lines.push(format(lang, {
      en: { one: '{path}: {count} more error.', other: '{path}: {count} more errors.' },
      fr: { one: '{path} : {count} autre erreur.', other: '{path} : {count} autres erreurs.' },
    }, { path: shownPath, count: more }));
  }
  return lines;
}

function unreadable(path: string, code: unknown): Localized {
  const file = visibleText(path);
  if (code === 'ENOENT') return localized({ en: `{file} does not exist: check the path of the zone file.`, fr: `{file} n’existe pas : vérifiez le chemin du fichier de zone.` }, { file });
  if (code === 'EISDIR') return localized({ en: `{file} is a folder: give the zone file inside it.`, fr: `{file} est un dossier : donnez le fichier de zone qu’il contient.` }, { file });
  if (code === 'EACCES' || code === 'EPERM') return localized({ en: `{file} cannot be read (permission denied): check its permissions.`, fr: `{file} ne peut pas être lu (permission refusée) : vérifiez ses droits.` }, { file });
  const why = typeof code === 'string' ? code : 'error';
  return localized({ en: `{file} cannot be read ({why}): check the path of the zone file.`, fr: `{file} ne peut pas être lu ({why}) : vérifiez le chemin du fichier de zone.` }, { file, why });
}

function tooBig(path: string): Localized {
  const file = visibleText(path);
  const mib = MAX_ZONE_FILE_BYTES / 1024 / 1024;
  return localized({
    en: `{file} is larger than {mib} MiB, more than a domain's zone file: give the zone file of the domain you check.`,
    fr: `{file} dépasse {mib} Mio, plus que le fichier de zone d’un domaine : donnez le fichier de zone du domaine vérifié.`,
  }, { file, mib });
}

function notUtf8(path: string, line: number): Localized {
  const file = visibleText(path);
  return localized({
    en: `{file}:{line}: the file is not UTF-8 text: save it as UTF-8 (for example iconv -f latin1 -t utf-8), then try again.`,
    fr: `{file}:{line} : le fichier n’est pas du texte UTF-8 : enregistrez-le en UTF-8 (par exemple iconv -f latin1 -t utf-8), puis réessayez.`,
  }, { file, line });
}

function noOrigin(path: string, soaOwner: string | undefined): Localized {
  const file = visibleText(path);
  if (soaOwner !== undefined) {
    const owner = visibleText(soaOwner);
    return localized({
      en: `{file} does not name its zone: the owner of its SOA record, "{owner}", has no final dot, so it is read relative to a zone the file does not give. If the zone is {owner}, give it with --origin {owner}.`,
      fr: `{file} ne nomme pas sa zone : le propriétaire de son enregistrement SOA, « {owner} », n’a pas de point final, il se lit donc relativement à une zone que le fichier ne donne pas. Si la zone est {owner}, donnez-la avec --origin {owner}.`,
    }, { file, owner });
  }
  return localized({
    en: `{file} has no $ORIGIN line and no SOA record that name its zone: give the zone with --origin, e.g. --origin example.com.`,
    fr: `{file} n’a ni ligne $ORIGIN ni enregistrement SOA qui nomme sa zone : donnez la zone avec --origin, par exemple --origin example.com.`,
  }, { file });
}

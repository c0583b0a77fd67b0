import type { Localized } from '../../i18n/lang.js';
import { parseZone } from '../../records/zone-file/index.js';
import { buildCapture } from '../build-capture.js';
import { commonZone } from '../domain-guess.js';
import { inferFromRecords } from '../infer-from-records.js';
import { type CaptureSource, type PasteResult, pasteRefused } from '../types.js';
import { localized } from '../../i18n/format.js';
import { nameKey } from '../../records/names/name-key.js';

/**
 * Zone-file lines (`ab1cd-check 3600 IN CNAME ovh.com.`), parsed by the record model's own
 * zone parser. Relative names need the domain: from the caller, from $ORIGIN, or from the
 * absolute names of the lines themselves.
 */
// Spaces and tabs only, never `\s`, after `^` in these multi-line patterns: `^\s*` ran from every
// line start across all the blank lines below it (quadratic: 60 KB of newlines took 7 s).
export function looksLikeBind(text: string): boolean {
  return /^[ \t]*(?:\$ORIGIN|\$TTL|\S+[ \t]+(?:\d+[ \t]+)?(?:IN[ \t]+)?(?:\d+[ \t]+)?(?:A|AAAA|CNAME|MX|TXT|SRV|NS|SOA|CAA)[ \t]+\S)/im.test(text);
}

function originOf(text: string, domain: string | undefined): string | undefined {
  if (domain) return domain;
  const directive = /^[ \t]*\$ORIGIN[ \t]+(\S+)/im.exec(text)?.[1];
  if (directive) return nameKey(directive);
  // The zone the absolute owner names share; a relative owner means we cannot tell.
  const owners = [...text.matchAll(/^(?![ \t]*[$;])[ \t]*(\S+)/gm)].map((m) => m[1]!);
  if (owners.length === 0 || owners.some((owner) => !owner.endsWith('.'))) return undefined;
  return commonZone(owners);
}

export function parseBindSnippet(text: string, context: { domain?: string; service?: string } = {}): PasteResult {
  const origin = originOf(text, context.domain);
  if (!origin) {
    return pasteRefused(localized({
      en: 'These zone-file lines use relative names and do not say their domain: type the domain first, or add "$ORIGIN example.com." at the top.',
      fr: 'Ces lignes de fichier de zone utilisent des noms relatifs sans dire leur domaine : indiquez d’abord le domaine, ou ajoutez « $ORIGIN example.com. » en tête.',
    }));
  }
  const parsed = parseZone(text, { origin });
  const notes: Localized[] = parsed.problems.map((problem) => problem.message);
  // Lines that are broken (not merely of a type we skip) make the whole paste suspect.
  const broken = parsed.problems.filter((problem) => !problem.skippedType);
  if (parsed.records.length === 0 || broken.length > 0) {
    const first = broken[0]?.message ?? notes[0];
    return pasteRefused(localized({
      en: `These zone-file lines could not all be read{why}: fix them or paste only the record lines.`,
      fr: `Ces lignes de fichier de zone n’ont pas toutes pu être lues{why} : corrigez-les ou collez seulement les lignes d’enregistrements.`,
    }, { why: first ? localized({ en: ' ({first})', fr: ' ({first})' }, { first }) : '' }));
  }
  const outside = parsed.records.filter((r) => r.name !== origin && !r.name.endsWith(`.${origin}`));
  if (outside.length > 0) {
    return pasteRefused(localized({
      en: `{name} is not inside {origin}: paste only records of the domain you set up.`,
      fr: `{name} n’est pas dans {origin} : collez seulement des enregistrements du domaine que vous configurez.`,
    }, { name: outside[0]!.name, origin }));
  }
  const inferred = inferFromRecords(parsed.records, origin, context.service);
  notes.push(...inferred.notes);
  const source: CaptureSource = 'pasted-bind';
  const values = Object.fromEntries(Object.entries(inferred.vars).map(([name, value]) => [name, { value, source }]));
  if (!inferred.service) {
    return pasteRefused(localized({
      en: {
        one: 'Read {count} record, but it does not say which service it is for: choose the service first, then paste again.',
        other: 'Read {count} records, but they do not say which service they are for: choose the service first, then paste again.',
      },
      fr: {
        one: '{count} enregistrement lu, mais il ne dit pas pour quel service : choisissez d’abord le service, puis collez de nouveau.',
        other: '{count} enregistrements lus, mais ils ne disent pas pour quel service : choisissez d’abord le service, puis collez de nouveau.',
      },
    }, { count: parsed.records.length }));
  }
  const built = buildCapture(origin, inferred.service, values);
  if (!built.capture) return pasteRefused(built.notes[0]!);
  return { ok: true, shape: 'bind', capture: built.capture, records: parsed.records, notes: [...notes, ...built.notes] };
}

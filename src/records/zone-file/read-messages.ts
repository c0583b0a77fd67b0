/** The sentences of zone-read.ts: what a zone file's line lacks, or why it is skipped. */
import type { Localized } from '../../i18n/lang.js';
import { shownToken } from './shown.js';
import { localized } from '../../i18n/format.js';

export const NO_OWNER: Localized = localized({
  en: 'The line starts with a space, so it takes the name of the record before it, but no record comes before it: start the line with the name, or @ for the zone itself.',
  fr: 'La ligne commence par une espace, elle reprend donc le nom de l’enregistrement précédent, mais aucun ne la précède : commencez la ligne par le nom, ou @ pour la zone elle-même.',
});

export const NO_TTL: Localized = localized({
  en: 'This record has no TTL, and neither a $TTL line nor a record before it gives one: add "$TTL 3600" at the top of the file, or a TTL to the record.',
  fr: 'Cet enregistrement n’a pas de TTL, et ni une ligne $TTL ni un enregistrement précédent n’en donne : ajoutez « $TTL 3600 » en tête du fichier, ou un TTL à l’enregistrement.',
});

export const GENERATE_SKIPPED: Localized = localized({
  en: 'This $GENERATE line is skipped: the records it stands for are not read; list them in the file if they matter.',
  fr: 'Cette ligne $GENERATE est ignorée : les enregistrements qu’elle représente ne sont pas lus ; écrivez-les dans le fichier s’ils comptent.',
});

export function includeSkipped(file: string): Localized {
  const shown = shownToken(file);
  return localized({
    en: `This $INCLUDE line is skipped: the records of "{shown}" are not read; paste that file's records in place of the line to have them read.`,
    fr: `Cette ligne $INCLUDE est ignorée : les enregistrements de « {shown} » ne sont pas lus ; collez ceux de ce fichier à la place de la ligne pour qu’ils soient lus.`,
  }, { shown });
}

export function directiveValue(directive: string): Localized {
  const example = { $ORIGIN: '$ORIGIN example.com.', $TTL: '$TTL 3600', $INCLUDE: '$INCLUDE other.zone', $GENERATE: '$GENERATE 1-9 host$ A 192.0.2.$' }[directive] ?? directive;
  const what = directive === '$ORIGIN' || directive === '$TTL' ? localized({ en: 'exactly one value', fr: 'exactement une valeur' }) : localized({ en: 'a value', fr: 'une valeur' });
  return localized({ en: `{directive} takes {what}, such as {example}.`, fr: `{directive} prend {what}, comme {example}.` }, { directive, what, example });
}

export function badTtl(written: string): Localized {
  const shown = shownToken(written);
  return localized({
    en: `"$TTL {shown}" is not a duration: write seconds, such as $TTL 3600, or units, such as $TTL 1h.`,
    fr: `« $TTL {shown} » n’est pas une durée : écrivez des secondes, comme $TTL 3600, ou des unités, comme $TTL 1h.`,
  }, { shown });
}

export function unknownDirective(directive: string): Localized {
  const shown = shownToken(directive);
  return localized({
    en: `"{shown}" is not a zone-file directive: the directives are $ORIGIN, $TTL, $INCLUDE and $GENERATE.`,
    fr: `« {shown} » n’est pas une directive de fichier de zone : les directives sont $ORIGIN, $TTL, $INCLUDE et $GENERATE.`,
  }, { shown });
}

/** RFC 3597 §5: a type known only by its number has no text form; its data is written `\# length hex`. */
export function noTextForm(type: string): Localized {
  return localized({
    en: `{type} is known only by its number, so its data has no text form: write it as \\# followed by its length in bytes and its bytes in hexadecimal, such as \\# 2 0a0b.`,
    fr: `{type} n’est connu que par son numéro, ses données n’ont donc pas de forme texte : écrivez-les \\# suivi de leur longueur en octets et de leurs octets en hexadécimal, comme \\# 2 0a0b.`,
  }, { type });
}

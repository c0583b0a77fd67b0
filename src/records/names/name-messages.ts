import { format, localized } from '../../i18n/format.js';
/**
 * Every sentence the name parser says, EN and FR. What the user typed is quoted through
 * visibleText (parse-name.ts does it once), so a control or bidi character inside shows as
 * `\DDD` or `\u{…}` and never reaches a terminal or a page raw.
 */
import type { Localized } from '../../i18n/lang.js';

export const nameMessages = {
  empty: (): Localized => localized({
    en: 'The domain is empty: type the domain whose zone you edit, e.g. example.com.',
    fr: 'Le domaine est vide : indiquez le domaine dont vous modifiez la zone, par exemple example.com.',
  }),
  tooLong: (shown: string, length: number, max: number): Localized => localized({
    en: `"{shown}" is {length} characters long (in its ASCII form); a domain name has at most {max}: shorten it.`,
    fr: `« {shown} » fait {length} caractères (sous sa forme ASCII) ; un nom de domaine en a au plus {max} : raccourcissez-le.`,
  }, { shown, length, max }),
  labelTooLong: (shown: string, label: string, length: number, max: number): Localized => localized({
    en: `The label "{label}" in "{shown}" is {length} characters long (in its ASCII form); a label has at most {max}: shorten it.`,
    fr: `Le label « {label} » de « {shown} » fait {length} caractères (sous sa forme ASCII) ; un label en a au plus {max} : raccourcissez-le.`,
  }, { label, shown, length, max }),
  emptyLabel: (shown: string): Localized => localized({
    en: `"{shown}" has an empty label (two dots in a row, or a dot at the start): remove the extra dot.`,
    fr: `« {shown} » contient un label vide (deux points de suite, ou un point au début) : supprimez le point en trop.`,
  }, { shown }),
  control: (shown: string, char: string): Localized => localized({
    en: `"{shown}" contains the control character {char}, which no name may hold: type the name again without it.`,
    fr: `« {shown} » contient le caractère de contrôle {char}, interdit dans un nom : saisissez le nom à nouveau sans lui.`,
  }, { shown, char }),
  invisible: (shown: string, char: string): Localized => localized({
    en: `"{shown}" contains the invisible character {char}, which would make it a different name than it looks: type the name again without it.`,
    fr: `« {shown} » contient le caractère invisible {char}, qui en ferait un autre nom que celui affiché : saisissez le nom à nouveau sans lui.`,
  }, { shown, char }),
  space: (shown: string): Localized => localized({
    en: `"{shown}" contains a space: a domain name has none, remove it.`,
    fr: `« {shown} » contient une espace : un nom de domaine n’en a pas, supprimez-la.`,
  }, { shown }),
  disallowed: (shown: string, char: string): Localized => localized({
    en: `"{shown}" contains "{char}", a character domain names cannot hold (UTS #46): remove it or replace it with a letter or digit.`,
    fr: `« {shown} » contient « {char} », un caractère interdit dans les noms de domaine (UTS #46) : retirez-le ou remplacez-le par une lettre ou un chiffre.`,
  }, { shown, char }),
  ascii: (shown: string, label: string, chars: readonly string[], underscore: boolean): Localized => localized({
    en: `The label "{label}" in "{shown}" contains {chars}{why}: use only letters, digits and hyphens.`,
    fr: `Le label « {label} » de « {shown} » contient {chars}{why} : n’utilisez que des lettres, des chiffres et des tirets.`,
  }, {
    label, shown,
    // Each character quoted the way its language quotes: "_" "*", « _ » « * ».
    chars: { en: chars.map((char) => `"${char}"`).join(' '), fr: chars.map((char) => format('fr', { en: '{char}', fr: '« {char} »' }, { char })).join(' ') },
    why: underscore ? localized({ en: ' (an underscore is only for service names such as _dmarc)', fr: ' (le tiret bas est réservé aux noms de service comme _dmarc)' }) : '',
  }),
  hyphenEdge: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" starts or ends with a hyphen: remove that hyphen.`,
    fr: `Le label « {label} » de « {shown} » commence ou finit par un tiret : retirez ce tiret.`,
  }, { label, shown }),
  hyphen34: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" has hyphens in its 3rd and 4th places, which are kept for encoded names such as xn--: check the spelling.`,
    fr: `Le label « {label} » de « {shown} » a des tirets en 3e et 4e positions, réservées aux noms encodés comme xn-- : vérifiez l’orthographe.`,
  }, { label, shown }),
  badPunycode: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" is not a valid xn-- label (the ASCII form of an international name): check the spelling, or type the name in its own script.`,
    fr: `Le label « {label} » de « {shown} » n’est pas un label xn-- valide (la forme ASCII d’un nom international) : vérifiez l’orthographe, ou saisissez le nom dans son écriture.`,
  }, { label, shown }),
  combiningStart: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" starts with a combining accent: put the accent after its letter.`,
    fr: `Le label « {label} » de « {shown} » commence par un accent combinant : placez l’accent après sa lettre.`,
  }, { label, shown }),
  joiner: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" holds an invisible joiner (U+200C or U+200D) where its script does not use one: remove it.`,
    fr: `Le label « {label} » de « {shown} » contient un liant invisible (U+200C ou U+200D) là où son écriture n’en emploie pas : retirez-le.`,
  }, { label, shown }),
  bidi: (shown: string): Localized => localized({
    en: `"{shown}" mixes right-to-left and left-to-right text in a way IDNA forbids (RFC 5893), so it could display as another name: check each label.`,
    fr: `« {shown} » mêle texte de droite à gauche et de gauche à droite d’une façon que l’IDNA interdit (RFC 5893), il pourrait s’afficher comme un autre nom : vérifiez chaque label.`,
  }, { shown }),
  notIdna: (shown: string, label: string): Localized => localized({
    en: `The label "{label}" in "{shown}" is not a valid international label (UTS #46): check the spelling.`,
    fr: `Le label « {label} » de « {shown} » n’est pas un label international valide (UTS #46) : vérifiez l’orthographe.`,
  }, { label, shown }),
  numericTop: (shown: string, label: string): Localized => localized({
    en: `"{shown}" ends in the all-digit label "{label}", and no top-level domain is all digits: if this is an IP address, it belongs in an A record, not here.`,
    fr: `« {shown} » se termine par le label numérique « {label} », or aucune extension n’est faite de chiffres : s’il s’agit d’une adresse IP, elle va dans un enregistrement A, pas ici.`,
  }, { shown, label }),
  singleLabel: (shown: string): Localized => localized({
    en: `"{shown}" is a single label, not a domain: type the whole domain with its extension, such as {shown}.com or {shown}.fr.`,
    fr: `« {shown} » est un label seul, pas un domaine : saisissez le domaine entier avec son extension, comme {shown}.com ou {shown}.fr.`,
  }, { shown }),
  outsideZone: (shown: string, zone: string): Localized => localized({
    en: `"{shown}" ends with a dot, so it names a domain outside {zone}: give the name inside {zone} (such as mail, or @ for {zone} itself).`,
    fr: `« {shown} » finit par un point, il désigne donc un domaine hors de {zone} : indiquez le nom dans {zone} (comme mail, ou @ pour {zone} lui-même).`,
  }, { shown, zone }),
  removed: (shown: string, chars: string): Localized => localized({
    en: `Removed the invisible character {chars} from "{shown}": domain names ignore it.`,
    fr: `Caractère invisible {chars} retiré de « {shown} » : les noms de domaine l’ignorent.`,
  }, { chars, shown }),
};

/**
 * Every sentence the name parser says, EN and FR. What the user typed is quoted through
 * visibleText (parse-name.ts does it once), so a control or bidi character inside shows as
 * `\DDD` or `\u{…}` and never reaches a terminal or a page raw.
 */
import type { Localized } from '../../i18n/lang.js';

export const nameMessages = {
  empty: (): Localized => ({
    en: 'The domain is empty: type the domain whose zone you edit, e.g. example.com.',
    fr: 'Le domaine est vide\u00a0: indiquez le domaine dont vous modifiez la zone, par exemple example.com.',
  }),
  tooLong: (shown: string, length: number, max: number): Localized => ({
    en: `"${shown}" is ${length} characters long (in its ASCII form); a domain name has at most ${max}: shorten it.`,
    fr: `«\u00a0${shown}\u00a0» fait ${length} caractères (sous sa forme ASCII)\u202f; un nom de domaine en a au plus ${max}\u00a0: raccourcissez-le.`,
  }),
  labelTooLong: (shown: string, label: string, length: number, max: number): Localized => ({
    en: `The label "${label}" in "${shown}" is ${length} characters long (in its ASCII form); a label has at most ${max}: shorten it.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» fait ${length} caractères (sous sa forme ASCII)\u202f; un label en a au plus ${max}\u00a0: raccourcissez-le.`,
  }),
  emptyLabel: (shown: string): Localized => ({
    en: `"${shown}" has an empty label (two dots in a row, or a dot at the start): remove the extra dot.`,
    fr: `«\u00a0${shown}\u00a0» contient un label vide (deux points de suite, ou un point au début)\u00a0: supprimez le point en trop.`,
  }),
  control: (shown: string, char: string): Localized => ({
    en: `"${shown}" contains the control character ${char}, which no name may hold: type the name again without it.`,
    fr: `«\u00a0${shown}\u00a0» contient le caractère de contrôle ${char}, interdit dans un nom\u00a0: saisissez le nom à nouveau sans lui.`,
  }),
  invisible: (shown: string, char: string): Localized => ({
    en: `"${shown}" contains the invisible character ${char}, which would make it a different name than it looks: type the name again without it.`,
    fr: `«\u00a0${shown}\u00a0» contient le caractère invisible ${char}, qui en ferait un autre nom que celui affiché\u00a0: saisissez le nom à nouveau sans lui.`,
  }),
  space: (shown: string): Localized => ({
    en: `"${shown}" contains a space: a domain name has none, remove it.`,
    fr: `«\u00a0${shown}\u00a0» contient une espace\u00a0: un nom de domaine n’en a pas, supprimez-la.`,
  }),
  disallowed: (shown: string, char: string): Localized => ({
    en: `"${shown}" contains "${char}", a character domain names cannot hold (UTS #46): remove it or replace it with a letter or digit.`,
    fr: `«\u00a0${shown}\u00a0» contient «\u00a0${char}\u00a0», un caractère interdit dans les noms de domaine (UTS #46)\u00a0: retirez-le ou remplacez-le par une lettre ou un chiffre.`,
  }),
  ascii: (shown: string, label: string, chars: string, underscore: boolean): Localized => ({
    en: `The label "${label}" in "${shown}" contains ${chars}${underscore ? ' (an underscore is only for service names such as _dmarc)' : ''}: use only letters, digits and hyphens.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» contient ${chars}${underscore ? ' (le tiret bas est réservé aux noms de service comme _dmarc)' : ''}\u00a0: n’utilisez que des lettres, des chiffres et des tirets.`,
  }),
  hyphenEdge: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" starts or ends with a hyphen: remove that hyphen.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» commence ou finit par un tiret\u00a0: retirez ce tiret.`,
  }),
  hyphen34: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" has hyphens in its 3rd and 4th places, which are kept for encoded names such as xn--: check the spelling.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» a des tirets en 3e et 4e positions, réservées aux noms encodés comme xn--\u00a0: vérifiez l’orthographe.`,
  }),
  badPunycode: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" is not a valid xn-- label (the ASCII form of an international name): check the spelling, or type the name in its own script.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» n’est pas un label xn-- valide (la forme ASCII d’un nom international)\u00a0: vérifiez l’orthographe, ou saisissez le nom dans son écriture.`,
  }),
  combiningStart: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" starts with a combining accent: put the accent after its letter.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» commence par un accent combinant\u00a0: placez l’accent après sa lettre.`,
  }),
  joiner: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" holds an invisible joiner (U+200C or U+200D) where its script does not use one: remove it.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» contient un liant invisible (U+200C ou U+200D) là où son écriture n’en emploie pas\u00a0: retirez-le.`,
  }),
  bidi: (shown: string): Localized => ({
    en: `"${shown}" mixes right-to-left and left-to-right text in a way IDNA forbids (RFC 5893), so it could display as another name: check each label.`,
    fr: `«\u00a0${shown}\u00a0» mêle texte de droite à gauche et de gauche à droite d’une façon que l’IDNA interdit (RFC 5893), il pourrait s’afficher comme un autre nom\u00a0: vérifiez chaque label.`,
  }),
  notIdna: (shown: string, label: string): Localized => ({
    en: `The label "${label}" in "${shown}" is not a valid international label (UTS #46): check the spelling.`,
    fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${shown}\u00a0» n’est pas un label international valide (UTS #46)\u00a0: vérifiez l’orthographe.`,
  }),
  numericTop: (shown: string, label: string): Localized => ({
    en: `"${shown}" ends in the all-digit label "${label}", and no top-level domain is all digits: if this is an IP address, it belongs in an A record, not here.`,
    fr: `«\u00a0${shown}\u00a0» se termine par le label numérique «\u00a0${label}\u00a0», or aucune extension n’est faite de chiffres\u00a0: s’il s’agit d’une adresse IP, elle va dans un enregistrement A, pas ici.`,
  }),
  singleLabel: (shown: string): Localized => ({
    en: `"${shown}" is a single label, not a domain: type the whole domain with its extension, such as ${shown}.com or ${shown}.fr.`,
    fr: `«\u00a0${shown}\u00a0» est un label seul, pas un domaine\u00a0: saisissez le domaine entier avec son extension, comme ${shown}.com ou ${shown}.fr.`,
  }),
  outsideZone: (shown: string, zone: string): Localized => ({
    en: `"${shown}" ends with a dot, so it names a domain outside ${zone}: give the name inside ${zone} (such as mail, or @ for ${zone} itself).`,
    fr: `«\u00a0${shown}\u00a0» finit par un point, il désigne donc un domaine hors de ${zone}\u00a0: indiquez le nom dans ${zone} (comme mail, ou @ pour ${zone} lui-même).`,
  }),
  removed: (shown: string, chars: string): Localized => ({
    en: `Removed the invisible character ${chars} from "${shown}": domain names ignore it.`,
    fr: `Caractère invisible ${chars} retiré de «\u00a0${shown}\u00a0»\u00a0: les noms de domaine l’ignorent.`,
  }),
};

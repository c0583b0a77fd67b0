/**
 * Domain-name validation, label by label, in the ASCII form the DNS stores (an IDN
 * label counts by its `xn--` length), so Unicode input is accepted here and left to
 * normalize.ts to encode. Every problem is reported, each naming the bad label.
 */
import { format, localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { toAsciiLabel } from './normalize.js';

export interface NameRules {
  /** `_dmarc`, `_autodiscover._tcp`, DKIM selectors: service labels, not host names. */
  allowUnderscore?: boolean;
  /** `*` as the whole leftmost label (a wildcard owner). */
  allowWildcard?: boolean;
}

const MAX_LABEL_BYTES = 63;
const MAX_NAME_BYTES = 253;

export function validateDomainName(name: string, rules: NameRules = {}): Localized[] {
  // A single final dot is the zone-file spelling of the same absolute name.
  const text = name.endsWith('.') && name !== '.' ? name.slice(0, -1) : name;
  if (text.trim() === '') {
    return [
      localized({
        en: 'The domain name is empty: type a name such as example.com.',
        fr: 'Le nom de domaine est vide : saisissez un nom comme example.com.',
      }),
    ];
  }
  const problems: Localized[] = [];
  const labels = text.split('.');
  if (labels.some((label) => label === '')) {
    problems.push(localized({
      en: `"{name}" has an empty label (two dots in a row, or a dot at the start): remove the extra dot.`,
      fr: `« {name} » contient un label vide (deux points de suite, ou un point au début) : supprimez le point en trop.`,
    }, { name }));
  }
  const asciiLabels = labels.map(toAsciiLabel);
  for (const [index, label] of labels.entries()) {
    if (label === '') continue;
    problems.push(...labelProblems(name, label, asciiLabels[index] ?? label, index, rules));
  }
  const length = asciiLabels.join('.').length;
  if (length > MAX_NAME_BYTES) {
    problems.push(localized({
      en: `"{name}" is {length} characters long (in its ASCII form); a domain name has at most {max}: shorten it.`,
      fr: `« {name} » fait {length} caractères (sous sa forme ASCII) ; un nom de domaine en a au plus {max} : raccourcissez-le.`,
    }, { name, length, max: MAX_NAME_BYTES }));
  }
  const last = asciiLabels[asciiLabels.length - 1] ?? '';
  if (labels.length > 1 && /^[0-9]+$/.test(last)) {
    problems.push(localized({
      en: `"{name}" ends in the all-digit label "{last}", and no top-level domain is all digits: if this is an IP address, it belongs in an A record, not here.`,
      fr: `« {name} » se termine par le label numérique « {last} », or aucune extension n’est faite de chiffres : s’il s’agit d’une adresse IP, elle va dans un enregistrement A, pas ici.`,
    }, { name, last }));
  }
  return problems;
}

function labelProblems(
  name: string,
  label: string,
  ascii: string,
  index: number,
  rules: NameRules,
): Localized[] {
  if (label === '*') {
    if (rules.allowWildcard && index === 0) return [];
    return [
      localized({
        en: `"{name}" contains the wildcard "*", which is only allowed as the first label of a record's name: remove it or write a real name.`,
        fr: `« {name} » contient le joker « * », permis seulement comme premier label du nom d’un enregistrement : retirez-le ou écrivez un vrai nom.`,
      }, { name }),
    ];
  }
  const problems: Localized[] = [];
  if (ascii.length > MAX_LABEL_BYTES) {
    const encoded = ascii === label ? '' : ` (${ascii})`;
    problems.push(localized({
      en: `The label "{label}"{encoded} in "{name}" is {length} characters long; a label has at most {max}: shorten it.`,
      fr: `Le label « {label} »{encoded} de « {name} » fait {length} caractères ; un label en a au plus {max} : raccourcissez-le.`,
    }, { label, encoded, name, length: ascii.length, max: MAX_LABEL_BYTES }));
  }
  const allowed = rules.allowUnderscore ? /[a-z0-9_-]/ : /[a-z0-9-]/;
  const bad = [...new Set([...ascii].filter((char) => !allowed.test(char)))];
  if (bad.length > 0) {
    const chars: Localized = {
      en: bad.map((char) => (char === ' ' ? 'space' : char)).join(' '),
      fr: frenchList(bad.map((char) => (char === ' ' ? 'une espace' : format('fr', { en: '{char}', fr: '« {char} »' }, { char })))),
    };
    const underscoreHint =
      !rules.allowUnderscore && bad.includes('_')
        ? localized({ en: ' (an underscore is only for service names such as _dmarc)', fr: ' (le tiret bas est réservé aux noms de service comme _dmarc)' })
        : '';
    problems.push(localized({
      en: `The label "{label}" in "{name}" contains {chars}{underscoreHint}: use only letters, digits and hyphens.`,
      fr: `Le label « {label} » de « {name} » contient {chars}{underscoreHint} : n’utilisez que des lettres, des chiffres et des tirets.`,
    }, { label, name, chars, underscoreHint }));
  }
  if (ascii.startsWith('-') || ascii.endsWith('-')) {
    problems.push(localized({
      en: `The label "{label}" in "{name}" starts or ends with a hyphen: remove that hyphen.`,
      fr: `Le label « {label} » de « {name} » commence ou finit par un tiret : retirez ce tiret.`,
    }, { label, name }));
  }
  return problems;
}

/** `a, b et c`: French joins the last item with « et », not a comma. */
function frenchList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/**
 * Domain-name validation, label by label, in the ASCII form the DNS stores (an IDN
 * label counts by its `xn--` length), so Unicode input is accepted here and left to
 * normalize.ts to encode. Every problem is reported, each naming the bad label.
 */
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
      {
        en: 'The domain name is empty: type a name such as example.com.',
        fr: 'Le nom de domaine est vide\u00a0: saisissez un nom comme example.com.',
      },
    ];
  }
  const problems: Localized[] = [];
  const labels = text.split('.');
  if (labels.some((label) => label === '')) {
    problems.push({
      en: `"${name}" has an empty label (two dots in a row, or a dot at the start): remove the extra dot.`,
      fr: `«\u00a0${name}\u00a0» contient un label vide (deux points de suite, ou un point au début)\u00a0: supprimez le point en trop.`,
    });
  }
  const asciiLabels = labels.map(toAsciiLabel);
  for (const [index, label] of labels.entries()) {
    if (label === '') continue;
    problems.push(...labelProblems(name, label, asciiLabels[index] ?? label, index, rules));
  }
  const length = asciiLabels.join('.').length;
  if (length > MAX_NAME_BYTES) {
    problems.push({
      en: `"${name}" is ${length} characters long (in its ASCII form); a domain name has at most ${MAX_NAME_BYTES}: shorten it.`,
      fr: `«\u00a0${name}\u00a0» fait ${length} caractères (sous sa forme ASCII)\u202f; un nom de domaine en a au plus ${MAX_NAME_BYTES}\u00a0: raccourcissez-le.`,
    });
  }
  const last = asciiLabels[asciiLabels.length - 1] ?? '';
  if (labels.length > 1 && /^[0-9]+$/.test(last)) {
    problems.push({
      en: `"${name}" ends in the all-digit label "${last}", and no top-level domain is all digits: if this is an IP address, it belongs in an A record, not here.`,
      fr: `«\u00a0${name}\u00a0» se termine par le label numérique «\u00a0${last}\u00a0», or aucune extension n’est faite de chiffres\u00a0: s’il s’agit d’une adresse IP, elle va dans un enregistrement A, pas ici.`,
    });
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
      {
        en: `"${name}" contains the wildcard "*", which is only allowed as the first label of a record's name: remove it or write a real name.`,
        fr: `«\u00a0${name}\u00a0» contient le joker «\u00a0*\u00a0», permis seulement comme premier label du nom d’un enregistrement\u00a0: retirez-le ou écrivez un vrai nom.`,
      },
    ];
  }
  const problems: Localized[] = [];
  if (ascii.length > MAX_LABEL_BYTES) {
    const encoded = ascii === label ? '' : ` (${ascii})`;
    problems.push({
      en: `The label "${label}"${encoded} in "${name}" is ${ascii.length} characters long; a label has at most ${MAX_LABEL_BYTES}: shorten it.`,
      fr: `Le label «\u00a0${label}\u00a0»${encoded} de «\u00a0${name}\u00a0» fait ${ascii.length} caractères\u202f; un label en a au plus ${MAX_LABEL_BYTES}\u00a0: raccourcissez-le.`,
    });
  }
  const allowed = rules.allowUnderscore ? /[a-z0-9_-]/ : /[a-z0-9-]/;
  const bad = [...new Set([...ascii].filter((char) => !allowed.test(char)))];
  if (bad.length > 0) {
    const shown = bad.map((char) => (char === ' ' ? 'space' : char)).join(' ');
    const shownFr = frenchList(bad.map((char) => (char === ' ' ? 'une espace' : `«\u00a0${char}\u00a0»`)));
    const underscoreHint =
      !rules.allowUnderscore && bad.includes('_')
        ? { en: ' (an underscore is only for service names such as _dmarc)', fr: ' (le tiret bas est réservé aux noms de service comme _dmarc)' }
        : { en: '', fr: '' };
    problems.push({
      en: `The label "${label}" in "${name}" contains ${shown}${underscoreHint.en}: use only letters, digits and hyphens.`,
      fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${name}\u00a0» contient ${shownFr}${underscoreHint.fr}\u00a0: n’utilisez que des lettres, des chiffres et des tirets.`,
    });
  }
  if (ascii.startsWith('-') || ascii.endsWith('-')) {
    problems.push({
      en: `The label "${label}" in "${name}" starts or ends with a hyphen: remove that hyphen.`,
      fr: `Le label «\u00a0${label}\u00a0» de «\u00a0${name}\u00a0» commence ou finit par un tiret\u00a0: retirez ce tiret.`,
    });
  }
  return problems;
}

/** `a, b et c`: French joins the last item with « et », not a comma. */
function frenchList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

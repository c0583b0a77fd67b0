import { localized } from '../../i18n/format.js';
import type { Localized } from '../../i18n/lang.js';

const LINE_SHAPE = localized({
  en: 'a line is a domain, a domain followed by a service id and name=value variables, or a share code',
  fr: 'une ligne est un domaine, un domaine suivi d’un identifiant de service et de variables nom=valeur, ou un code de partage',
});

/** `check --domains`: the usage errors of its options, and why a line of the file is refused (its `error`). */
export const fleetMessages = {
  // Bounds and positions are no quantity of the word after them: given as text.
  badShard: (value: string, max: number): Localized => localized({
    en: `--shard "{value}" is not K/N with 1 ≤ K ≤ N ≤ {max}: e.g. --shard 2/8 checks the 2nd, 10th, 18th… setup of the file.`,
    fr: `--shard « {value} » n’est pas K/N avec 1 ≤ K ≤ N ≤ {max} : par exemple --shard 2/8 vérifie la 2e, la 10e, la 18e… configuration du fichier.`,
  }, { value, max: String(max) }),
  badConcurrency: (value: string, max: number): Localized => localized({
    en: `--concurrency "{value}" is not a whole number between 1 and {max}, e.g. --concurrency 16.`,
    fr: `--concurrency « {value} » n’est pas un nombre entier entre 1 et {max}, par exemple --concurrency 16.`,
  }, { value, max: String(max) }),
  domainsWithSetup: localized({
    en: '--domains FILE gives one setup per line: give no <domain>, --code or --template beside it (--service and --var apply to the lines that give a domain alone).',
    fr: '--domains FICHIER donne une configuration par ligne : ne donnez ni <domaine>, ni --code, ni --template à côté (--service et --var s’appliquent aux lignes qui ne donnent qu’un domaine).',
  }),
  optionWithoutDomains: (option: string): Localized => localized({
    en: `{option} goes with --domains FILE (a file of setups to check): add it, or remove {option}.`,
    fr: `{option} va avec --domains FICHIER (un fichier de configurations à vérifier) : ajoutez-le, ou retirez {option}.`,
  }, { option }),
  cannotRead: (path: string, reason: string): Localized => localized({
    en: `Cannot read the domains file {path} ({reason}): check the path, or give --domains - to read standard input.`,
    fr: `Impossible de lire le fichier de domaines {path} ({reason}) : vérifiez le chemin, ou donnez --domains - pour lire l’entrée standard.`,
  }, { path, reason }),
  lineTooLong: (maxBytes: number): Localized => localized({
    en: `This line is longer than {maxBytes} bytes: {shape}; put one setup per line.`,
    fr: `Cette ligne dépasse {maxBytes} octets : {shape} ; mettez une configuration par ligne.`,
  }, { maxBytes, shape: LINE_SHAPE }),
  lineNotUtf8: localized({
    en: 'This line is not UTF-8 text: save the file as UTF-8.',
    fr: 'Cette ligne n’est pas du texte UTF-8 : enregistrez le fichier en UTF-8.',
  }),
  lineHidden: (shown: string, column: number): Localized => localized({
    en: `This line holds a control or invisible character ({shown}) at column {column}: remove it; {shape}.`,
    fr: `Cette ligne contient un caractère de contrôle ou invisible ({shown}) en colonne {column} : retirez-le ; {shape}.`,
  }, { shown, column: String(column), shape: LINE_SHAPE }),
  unclosedQuote: localized({
    en: 'This line opens a " that it does not close: write a value with spaces as name="v=DMARC1; p=none".',
    fr: 'Cette ligne ouvre un guillemet droit (") qu’elle ne ferme pas : écrivez une valeur avec des espaces sous la forme `nom="v=DMARC1; p=none"`.',
  }),
  noService: localized({
    en: 'This line gives a domain alone and no --service was given: add the service id after the domain (e.g. example.com ovh-mx-plan), or give --service ID.',
    fr: 'Cette ligne ne donne qu’un domaine et --service n’est pas donné : ajoutez l’identifiant du service après le domaine (par exemple example.com ovh-mx-plan), ou donnez --service ID.',
  }),
  variableInPlaceOfService: (word: string): Localized => localized({
    en: `"{word}" stands where the service id goes: write the domain, then the service id, then name=value variables (e.g. example.com ovh-hosted-exchange server=ex5.mail.ovh.net).`,
    fr: `« {word} » est à la place de l’identifiant du service : écrivez le domaine, puis l’identifiant du service, puis les variables nom=valeur (par exemple example.com ovh-hosted-exchange server=ex5.mail.ovh.net).`,
  }, { word }),
  badVariable: (word: string): Localized => localized({
    en: `"{word}" is not of the form name=value, e.g. server=ex5.mail.ovh.net.`,
    fr: `« {word} » n’est pas de la forme nom=valeur, par exemple server=ex5.mail.ovh.net.`,
  }, { word }),
  repeatedVariable: (name: string): Localized => localized({
    en: `The variable {name} is given more than once on this line: keep one {name}=….`,
    fr: `La variable {name} est donnée plusieurs fois sur cette ligne : gardez un seul {name}=….`,
  }, { name }),
  progress: (checked: number, running: number, attention: number): Localized => localized({
    en: `Checking setups… {checked}, {attention}, {running}`,
    fr: `Vérification des configurations… {checked}, {attention}, {running}`,
  }, {
    checked: localized({ en: '{count} done', fr: { one: '{count} terminée', other: '{count} terminées' } }, { count: checked }),
    attention: localized({ en: { one: '{count} needs attention', other: '{count} need attention' }, fr: '{count} à revoir' }, { count: attention }),
    running: localized({ en: '{count} running', fr: '{count} en cours' }, { count: running }),
  }),
} as const;

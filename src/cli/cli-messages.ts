import type { Localized } from '../i18n/lang.js';

const HELP_HINT = { en: 'see dns-setup-assistant --help', fr: 'voir dns-setup-assistant --help' };
const commandHint = (command: string) => ({
  en: `see dns-setup-assistant ${command} --help`,
  fr: `voir dns-setup-assistant ${command} --help`,
});

/** Usage errors: one sentence each, naming the bad value and what to type instead. */
export const cliMessages = {
  missingCommand: {
    en: `No command given: use services, records, check, report, share, zone or host (${HELP_HINT.en}).`,
    fr: `Aucune commande\u00a0: utilisez services, records, check, report, share, zone ou host (${HELP_HINT.fr}).`,
  },
  unknownCommand: (command: string): Localized => ({
    en: `Unknown command "${command}": use services, records, check, report, share, zone or host (${HELP_HINT.en}).`,
    fr: `Commande inconnue «\u00a0${command}\u00a0»\u00a0: utilisez services, records, check, report, share, zone ou host (${HELP_HINT.fr}).`,
  }),
  unknownOption: (command: string, option: string): Localized => ({
    en: `Unknown option ${option} for ${command} (${commandHint(command).en}).`,
    fr: `Option inconnue ${option} pour ${command} (${commandHint(command).fr}).`,
  }),
  optionNeedsValue: (command: string, option: string): Localized => ({
    en: `The option ${option} needs a value, e.g. ${option} VALUE (${commandHint(command).en}).`,
    fr: `L’option ${option} demande une valeur, par exemple ${option} VALEUR (${commandHint(command).fr}).`,
  }),
  optionRepeated: (option: string): Localized => ({
    en: `The option ${option} is given more than once: give it once.`,
    fr: `L’option ${option} est donnée plusieurs fois\u00a0: donnez-la une seule fois.`,
  }),
  unexpectedArgument: (command: string, argument: string): Localized => ({
    en: `Unexpected argument "${argument}" for ${command} (${commandHint(command).en}).`,
    fr: `Argument inattendu «\u00a0${argument}\u00a0» pour ${command} (${commandHint(command).fr}).`,
  }),
  missingDomain: (command: string): Localized => ({
    en: `No domain given: type dns-setup-assistant ${command} example.com --service ID, or --code DSA2-….`,
    fr: `Aucun domaine\u00a0: tapez dns-setup-assistant ${command} example.com --service ID, ou --code DSA2-….`,
  }),
  missingHostDomain: {
    en: 'No domain given: type dns-setup-assistant host example.com.',
    fr: 'Aucun domaine\u00a0: tapez dns-setup-assistant host example.com.',
  },
  missingDomainForShare: {
    en: 'No domain given: type dns-setup-assistant share example.com --service ID --var name=value.',
    fr: 'Aucun domaine\u00a0: tapez dns-setup-assistant share example.com --service ID --var nom=valeur.',
  },
  missingZoneFile: {
    en: 'No zone file given: type dns-setup-assistant zone example.com.zone [--origin example.com].',
    fr: 'Aucun fichier de zone\u00a0: tapez dns-setup-assistant zone example.com.zone [--origin example.com].',
  },
  nsAddressWithoutAuthoritative: {
    en: '--ns-address says where to reach a name server that --authoritative asks: add --authoritative.',
    fr: '--ns-address dit où joindre un serveur de noms qu’interroge --authoritative : ajoutez --authoritative.',
  },
  badNsAddress: (value: string): Localized => ({
    en: `"${value}" is not NAME=IP[:PORT]: write it like ns1.example.com=192.0.2.53 or ns1.example.com=[2001:db8::53]:5353.`,
    fr: `« ${value} » n’est pas de la forme NOM=IP[:PORT] : écrivez par exemple ns1.example.com=192.0.2.53 ou ns1.example.com=[2001:db8::53]:5353.`,
  }),
  zoneFileWithResolver: {
    en: '--zone-file checks a zone file offline, and --resolver asks DNS: give one or the other.',
    fr: '--zone-file vérifie un fichier de zone hors ligne, et --resolver interroge le DNS\u00a0: donnez l’un ou l’autre.',
  },
  missingService: {
    en: 'No service given: add --service ID (dns-setup-assistant services lists the ids).',
    fr: 'Aucun service\u00a0: ajoutez --service ID (dns-setup-assistant services liste les identifiants).',
  },
  templateWithService: {
    en: '--template names the service itself: give either --template FILE.json or --service ID (or --code), not both.',
    fr: '--template désigne lui-même le service : donnez soit --template FICHIER.json, soit --service ID (ou --code), pas les deux.',
  },
  templateOptionsAlone: (option: string): Localized => ({
    en: `${option} goes with --template FILE.json (a Domain Connect template): add it, or remove ${option}.`,
    fr: `${option} va avec --template FICHIER.json (un modèle Domain Connect) : ajoutez-le, ou retirez ${option}.`,
  }),
  cannotReadTemplate: (path: string, reason: string): Localized => ({
    en: `Cannot read the template ${path} (${reason}): check the path.`,
    fr: `Impossible de lire le modèle ${path} (${reason}) : vérifiez le chemin.`,
  }),
  exportWhichService: (id: string | undefined, ids: readonly string[]): Localized => ({
    en: `${id === undefined ? 'No service given' : `Unknown service "${id}"`}: type dns-setup-assistant services export ID, with ID one of ${ids.join(', ')}.`,
    fr: `${id === undefined ? 'Aucun service' : `Service inconnu « ${id} »`} : tapez dns-setup-assistant services export ID, où ID est l’un de ${ids.join(', ')}.`,
  }),
  badProviderId: (id: string): Localized => ({
    en: `--provider-id "${id}" may hold only letters, digits, dots, - and _ (a domain such as example.com).`,
    fr: `--provider-id « ${id} » ne peut contenir que des lettres, chiffres, points, - et _ (un domaine comme example.com).`,
  }),
  codeWithSetup: {
    en: '--code already holds the domain, service and variables: give either --code or a domain with --service and --var, not both.',
    fr: '--code contient déjà le domaine, le service et les variables\u00a0: donnez soit --code, soit un domaine avec --service et --var, pas les deux.',
  },
  badVar: (text: string): Localized => ({
    en: `--var "${text}" is not of the form name=value, e.g. --var server=ex5.mail.ovh.net.`,
    fr: `--var «\u00a0${text}\u00a0» n’est pas de la forme nom=valeur, par exemple --var server=ex5.mail.ovh.net.`,
  }),
  hiddenCharacterInVar: (name: string, shown: string): Localized => ({
    en: `--var ${name} holds an invisible or control character (${shown}): type the value again without it.`,
    fr: `--var ${name} contient un caractère invisible ou de contrôle (${shown})\u00a0: retapez la valeur sans lui.`,
  }),
  repeatedVar: (name: string): Localized => ({
    en: `The variable ${name} is given more than once: keep one --var ${name}=….`,
    fr: `La variable ${name} est donnée plusieurs fois\u00a0: gardez un seul --var ${name}=….`,
  }),
  badFormat: (value: string, allowed: readonly string[]): Localized => ({
    en: `Unknown format "${value}": use --format ${allowed.join(', ')}.`,
    fr: `Format inconnu «\u00a0${value}\u00a0»\u00a0: utilisez --format ${allowed.join(', ')}.`,
  }),
  badLang: (value: string): Localized => ({
    en: `Unknown language "${value}": use --lang en or --lang fr.`,
    fr: `Langue inconnue «\u00a0${value}\u00a0»\u00a0: utilisez --lang en ou --lang fr.`,
  }),
  /** `--timeout` or `--deadline`; `example` is its default. */
  badMilliseconds: (option: string, value: string, example: number): Localized => ({
    en: `${option} "${value}" is not a number of milliseconds between 1 and 600000, e.g. ${option} ${example}.`,
    fr: `${option} «\u00a0${value}\u00a0» n’est pas un nombre de millisecondes entre 1 et 600000, par exemple ${option} ${example}.`,
  }),
  /** `problem` comes from the shared resolver-URL rule and names the bad address itself. */
  badResolver: (problem: Localized): Localized => ({
    en: `Cannot use --resolver: ${problem.en}`,
    fr: `Impossible d’utiliser --resolver\u00a0: ${problem.fr}`,
  }),
  internal: (text: string): Localized => ({
    en: `Internal error: ${text}. Please report it with the command you typed.`,
    fr: `Erreur interne\u00a0: ${text}. Merci de la signaler avec la commande tapée.`,
  }),
  progress: (done: number, total: number): Localized => ({
    en: `Checking… ${done}/${total} queries done`,
    fr: `Vérification… ${done}/${total} requêtes terminées`,
  }),
} as const;

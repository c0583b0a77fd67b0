import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

const HELP_HINT = localized({ en: 'see dns-setup-assistant --help', fr: 'voir dns-setup-assistant --help' });
const commandHint = (command: string) => localized({
  en: `see dns-setup-assistant {command} --help`,
  fr: `voir dns-setup-assistant {command} --help`,
}, { command });

/** Usage errors: one sentence each, naming the bad value and what to type instead. */
export const cliMessages = {
  missingCommand: localized({
    en: `No command given: use services, records, check, report, share, zone or host ({help}).`,
    fr: `Aucune commande : utilisez services, records, check, report, share, zone ou host ({help}).`,
  }, { help: HELP_HINT }),
  unknownCommand: (command: string): Localized => localized({
    en: `Unknown command "{command}": use services, records, check, report, share, zone or host ({help}).`,
    fr: `Commande inconnue « {command} » : utilisez services, records, check, report, share, zone ou host ({help}).`,
  }, { command, help: HELP_HINT }),
  unknownOption: (command: string, option: string): Localized => localized({
    en: `Unknown option {option} for {command} ({hint}).`,
    fr: `Option inconnue {option} pour {command} ({hint}).`,
  }, { option, command, hint: commandHint(command) }),
  optionNeedsValue: (command: string, option: string): Localized => localized({
    en: `The option {option} needs a value, e.g. {option} VALUE ({hint}).`,
    fr: `L’option {option} demande une valeur, par exemple {option} VALEUR ({hint}).`,
  }, { option, hint: commandHint(command) }),
  optionRepeated: (option: string): Localized => localized({
    en: `The option {option} is given more than once: give it once.`,
    fr: `L’option {option} est donnée plusieurs fois : donnez-la une seule fois.`,
  }, { option }),
  unexpectedArgument: (command: string, argument: string): Localized => localized({
    en: `Unexpected argument "{argument}" for {command} ({hint}).`,
    fr: `Argument inattendu « {argument} » pour {command} ({hint}).`,
  }, { argument, command, hint: commandHint(command) }),
  missingDomain: (command: string): Localized => localized({
    en: `No domain given: type dns-setup-assistant {command} example.com --service ID, or --code DSA2-….`,
    fr: `Aucun domaine : tapez dns-setup-assistant {command} example.com --service ID, ou --code DSA2-….`,
  }, { command }),
  missingHostDomain: localized({
    en: 'No domain given: type dns-setup-assistant host example.com.',
    fr: 'Aucun domaine : tapez dns-setup-assistant host example.com.',
  }),
  missingDomainForShare: localized({
    en: 'No domain given: type dns-setup-assistant share example.com --service ID --var name=value.',
    fr: 'Aucun domaine : tapez dns-setup-assistant share example.com --service ID --var nom=valeur.',
  }),
  missingZoneFile: localized({
    en: 'No zone file given: type dns-setup-assistant zone example.com.zone [--origin example.com].',
    fr: 'Aucun fichier de zone : tapez dns-setup-assistant zone example.com.zone [--origin example.com].',
  }),
  nsAddressWithoutAuthoritative: localized({
    en: '--ns-address says where to reach a name server that --authoritative asks: add --authoritative.',
    fr: '--ns-address dit où joindre un serveur de noms qu’interroge --authoritative : ajoutez --authoritative.',
  }),
  badNsAddress: (value: string): Localized => localized({
    en: '"{value}" is not NAME=IP[:PORT]: write it like ns1.example.com=192.0.2.53 or ns1.example.com=[2001:db8::53]:5353.',
    fr: '« {value} » n’est pas de la forme NOM=IP[:PORT] : écrivez par exemple ns1.example.com=192.0.2.53 ou ns1.example.com=[2001:db8::53]:5353.',
  }, { value }),
  zoneFileWithResolver: localized({
    en: '--zone-file checks a zone file offline, and --resolver asks DNS: give one or the other.',
    fr: '--zone-file vérifie un fichier de zone hors ligne, et --resolver interroge le DNS : donnez l’un ou l’autre.',
  }),
  missingService: localized({
    en: 'No service given: add --service ID (dns-setup-assistant services lists the ids).',
    fr: 'Aucun service : ajoutez --service ID (dns-setup-assistant services liste les identifiants).',
  }),
  templateWithService: localized({
    en: '--template names the service itself: give either --template FILE.json or --service ID (or --code), not both.',
    fr: '--template désigne lui-même le service : donnez soit --template FICHIER.json, soit --service ID (ou --code), pas les deux.',
  }),
  templateOptionsAlone: (option: string): Localized => localized({
    en: `{option} goes with --template FILE.json (a Domain Connect template): add it, or remove {option}.`,
    fr: `{option} va avec --template FICHIER.json (un modèle Domain Connect) : ajoutez-le, ou retirez {option}.`,
  }, { option }),
  cannotReadTemplate: (path: string, reason: string): Localized => localized({
    en: `Cannot read the template {path} ({reason}): check the path.`,
    fr: `Impossible de lire le modèle {path} ({reason}) : vérifiez le chemin.`,
  }, { path, reason }),
  exportWhichService: (id: string | undefined, ids: readonly string[]): Localized => localized({
    en: `{which}: type dns-setup-assistant services export ID, with ID one of {ids}.`,
    fr: `{which} : tapez dns-setup-assistant services export ID, où ID est l’un de {ids}.`,
  }, {
    which: id === undefined ? localized({ en: 'No service given', fr: 'Aucun service' }) : localized({ en: 'Unknown service "{id}"', fr: 'Service inconnu « {id} »' }, { id }),
    ids: ids.join(', '),
  }),
  badProviderId: (id: string): Localized => localized({
    en: `--provider-id "{id}" may hold only letters, digits, dots, - and _ (a domain such as example.com).`,
    fr: `--provider-id « {id} » ne peut contenir que des lettres, chiffres, points, - et _ (un domaine comme example.com).`,
  }, { id }),
  codeWithSetup: localized({
    en: '--code already holds the domain, service and variables: give either --code or a domain with --service and --var, not both.',
    fr: '--code contient déjà le domaine, le service et les variables : donnez soit --code, soit un domaine avec --service et --var, pas les deux.',
  }),
  badVar: (text: string): Localized => localized({
    en: `--var "{text}" is not of the form name=value, e.g. --var server=ex5.mail.ovh.net.`,
    fr: `--var « {text} » n’est pas de la forme nom=valeur, par exemple --var server=ex5.mail.ovh.net.`,
  }, { text }),
  hiddenCharacterInVar: (name: string, shown: string): Localized => localized({
    en: `--var {name} holds an invisible or control character ({shown}): type the value again without it.`,
    fr: `--var {name} contient un caractère invisible ou de contrôle ({shown}) : retapez la valeur sans lui.`,
  }, { name, shown }),
  repeatedVar: (name: string): Localized => localized({
    en: `The variable {name} is given more than once: keep one --var {name}=….`,
    fr: `La variable {name} est donnée plusieurs fois : gardez un seul --var {name}=….`,
  }, { name }),
  badFormat: (value: string, allowed: readonly string[]): Localized => localized({
    en: `Unknown format "{value}": use --format {formats}.`,
    fr: `Format inconnu « {value} » : utilisez --format {formats}.`,
  }, { value, formats: allowed.join(', ') }),
  badLang: (value: string): Localized => localized({
    en: `Unknown language "{value}": use --lang en or --lang fr.`,
    fr: `Langue inconnue « {value} » : utilisez --lang en ou --lang fr.`,
  }, { value }),
  /** `--timeout` or `--deadline`; `example` is its default. */
  badMilliseconds: (option: string, value: string, example: number): Localized => localized({
    en: `{option} "{value}" is not a number of milliseconds between 1 and 600000, e.g. {option} {example}.`,
    fr: `{option} « {value} » n’est pas un nombre de millisecondes entre 1 et 600000, par exemple {option} {example}.`,
  }, { option, value, example }),
  /** `problem` comes from the shared resolver-URL rule and names the bad address itself. */
  badResolver: (problem: Localized): Localized => localized({
    en: `Cannot use --resolver: {problem}`,
    fr: `Impossible d’utiliser --resolver : {problem}`,
  }, { problem }),
  internal: (text: string): Localized => localized({
    en: `Internal error: {text}. Please report it with the command you typed.`,
    fr: `Erreur interne : {text}. Merci de la signaler avec la commande tapée.`,
  }, { text }),
  progress: (done: number, total: number): Localized => localized({
    en: `Checking… {done}/{total} queries done`,
    fr: `Vérification… {done}/{total} requêtes terminées`,
  }, { done, total }),
} as const;

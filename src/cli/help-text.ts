import { format, localized, type Message } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

type HelpTopic = 'main' | 'services' | 'records' | 'check' | 'report' | 'share' | 'zone';

const EXIT_CODES = {
  en: `Exit codes:
  0  every record is in place
  1  the zone has problems (missing, wrong or conflicting records)
  3  nothing wrong was found, but some records could not be verified everywhere,
     or are not visible everywhere yet (pending: check again after retryAfterSeconds)
  2  bad input or usage (one line on stderr says which value)`,
  fr: `Codes de sortie :
  0  tous les enregistrements sont en place
  1  la zone a des problèmes (enregistrements absents, incorrects ou en conflit)
  3  rien d’incorrect, mais certains enregistrements n’ont pas pu être vérifiés partout,
     ou ne sont pas encore visibles partout (en attente : revérifiez après retryAfterSeconds)
  2  saisie ou usage incorrect (une ligne sur stderr dit quelle valeur)`,
};

const SETUP_OPTIONS = {
  en: `  <domain>              the domain whose zone you edit, e.g. example.com
  --service ID          the e-mail service (see: dns-setup-assistant services)
  --var name=value      a variable of the service; repeat for each one
  --code CODE           a share code (DSA2-… or DSA1:…) instead of <domain>, --service and
                        --var; any text holding one will do (an e-mail, a chat message)
  --template FILE.json  a Domain Connect template instead of --service (its variables with --var)
  --group ID            apply only this group of the template; repeat for several (default: all)
  --host SUB            apply the template below the domain, at SUB (default: the domain itself)`,
  fr: `  <domaine>             le domaine dont vous modifiez la zone, par exemple example.com
  --service ID          le service de messagerie (voir : dns-setup-assistant services)
  --var nom=valeur      une variable du service ; répétez pour chacune
  --code CODE           un code de partage (DSA2-… ou DSA1:…) à la place de <domaine>, --service
                        et --var ; tout texte qui en contient un convient (e-mail, message)
  --template FICHIER.json  un modèle Domain Connect à la place de --service (ses variables avec --var)
  --group ID            n’appliquer que ce groupe du modèle ; répétez pour plusieurs (par défaut : tous)
  --host SOUS           appliquer le modèle sous le domaine, à SOUS (par défaut : le domaine lui-même)`,
};

const CHECK_RUN_HELP = {
  en: `  --resolver URL        an RFC 8484 endpoint; repeat for several; replaces the defaults
                        (https://cloudflare-dns.com/dns-query, https://dns.google/dns-query)
  --timeout ms          time allowed to each query (default 4000)
  --deadline ms         time allowed to the whole check (default 5000): each query gets the
                        smaller of --timeout and the time left, a resolver that timed out is
                        not asked again, and the command returns within it (plus 0.5 s at most)
  --authoritative       also ask the zone's own name servers (UDP, TCP when truncated), shown as
                        ns:<name> beside the resolvers: a record they hold that the resolvers do
                        not show yet is pending (exit 3)
  --ns-address NAME=IP[:PORT]   reach that name server there (split DNS, tests); repeatable`,
  fr: `  --resolver URL        un point d’accès RFC 8484 ; répétez pour plusieurs ; remplace ceux par défaut
                        (https://cloudflare-dns.com/dns-query, https://dns.google/dns-query)
  --timeout ms          temps accordé à chaque requête (4000 par défaut)
  --deadline ms         temps accordé à toute la vérification (5000 par défaut) : chaque requête
                        a le plus petit de --timeout et du temps restant, un résolveur qui n’a pas
                        répondu à temps n’est plus interrogé, et la commande rend la main dans ce
                        délai (plus 0,5 s au plus)
  --authoritative       interroge aussi les serveurs de noms de la zone (UDP, TCP si la réponse est
                        tronquée), affichés ns:<nom> à côté des résolveurs : un enregistrement
                        qu’ils ont et que les résolveurs ne montrent pas encore est en attente (code 3)
  --ns-address NOM=IP[:PORT]   joindre ce serveur de noms à cette adresse (DNS scindé, tests) ; répétable`,
};

const LANG_OPTION = {
  en: '  --lang en|fr          language of the output (default: from LANG, else en)',
  fr: '  --lang en|fr          langue de la sortie (par défaut : selon LANG, sinon en)',
};

/** Every command's synopsis, written once: French differs only in the words of its placeholders. */
const SYNOPSIS = [
  'services [--format table|json]',
  'records <domain> --service ID [--var name=value]… [--format table|json|zone]',
  'check <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]',
  'check <domain> --service ID [--var name=value]… --zone-file FILE',
  'check --domains FILE|- [--service ID] [--var name=value]… [--concurrency N] [--shard K/N] [options]',
  'report <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr]',
  'share <domain> --service ID [--var name=value]… [--format dsa2|dsa1]',
  'services export ID [--provider-id ID]',
  'zone FILE [--origin NAME] [--format json|zone]',
];
const FRENCH_PLACEHOLDERS: Readonly<Record<string, string>> = { '<domain>': '<domaine>', 'name=value': 'nom=valeur', FILE: 'FICHIER', NAME: 'NOM' };

function synopsis(lang: Lang): string {
  const words = (line: string) => (lang === 'fr' ? line.replace(/<domain>|name=value|FILE|NAME/g, (word) => FRENCH_PLACEHOLDERS[word]!) : line);
  return SYNOPSIS.map((line) => `  dns-setup-assistant ${words(line)}`).join('\n');
}

const HELP = {
  main: {
    en: `dns-setup-assistant: the DNS records e-mail services need, and whether a zone has them.

Usage:
{synopsis}
  dns-setup-assistant host <domain> [--resolver URL]… [--format table|json]   (who serves the zone's DNS)
  records, check and report also take --code CODE instead of <domain>, --service and --var,
  or --template FILE.json [--group ID]… [--host SUB] (a Domain Connect template) instead of --service.

dns-setup-assistant <command> --help describes each command.

{exitCodes}
`,
    fr: `dns-setup-assistant : les enregistrements DNS dont les services de messagerie ont besoin, et si une zone les contient.

Usage :
{synopsis}
  dns-setup-assistant host <domaine> [--resolver URL]… [--format table|json]   (qui sert le DNS de la zone)
  records, check et report acceptent aussi --code CODE à la place de <domaine>, --service et --var,
  ou --template FICHIER.json [--group ID]… [--host SOUS] (un modèle Domain Connect) à la place de --service.

dns-setup-assistant <commande> --help décrit chaque commande.

{exitCodes}
`,
  },
  services: {
    en: `Usage: dns-setup-assistant services [--format table|json] [--lang en|fr]

Lists the e-mail services and the variables each one takes.
  --format table|json   table (default) or JSON: [{"id","name","variables":[{"name","required","description","example"}]}]
{langOption}

Usage: dns-setup-assistant services export ID [--provider-id ID]

Prints the service as a Domain Connect template (JSON) its provider can submit to the Templates repository.
  --provider-id ID      the template's providerId (default: the vendor's domain, e.g. ovhcloud.com)
`,
    fr: `Usage : dns-setup-assistant services [--format table|json] [--lang en|fr]

Liste les services de messagerie et les variables de chacun.
  --format table|json   tableau (par défaut) ou JSON : [{"id","name","variables":[{"name","required","description","example"}]}]
{langOption}
`,
  },
  records: {
    en: `Usage: dns-setup-assistant records <domain> --service ID [--var name=value]… [--format table|json|zone]
       dns-setup-assistant records --code CODE [--format table|json|zone]

Prints the records the service needs in the zone.
{setupOptions}
  --format table|json|zone   table (default), JSON, or a BIND zone file with $ORIGIN
{langOption}
`,
    fr: `Usage : dns-setup-assistant records <domaine> --service ID [--var nom=valeur]… [--format table|json|zone]
        dns-setup-assistant records --code CODE [--format table|json|zone]

Affiche les enregistrements dont le service a besoin dans la zone.
{setupOptions}
  --format table|json|zone   tableau (par défaut), JSON, ou fichier de zone BIND avec $ORIGIN
{langOption}
`,
  },
  check: {
    en: `Usage: dns-setup-assistant check <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--authoritative [--ns-address NAME=IP[:PORT]]…] [--lang en|fr] [--format table|json]
       dns-setup-assistant check --code CODE [options]
       dns-setup-assistant check --domains FILE|- [--service ID] [--var name=value]… [--concurrency N] [--shard K/N] [options]

Asks DNS-over-HTTPS resolvers for every record the service needs and says, per record, what to do.
{setupOptions}
{checkRunHelp}
  --zone-file FILE      check against this zone file instead of DNS (an export from the DNS host):
                        offline, no query is sent; SPF includes are not followed. Each record's
                        answer (JSON byResolver, keyed by FILE) and message name FILE:LINE
  --domains FILE|-      one setup per line (- reads standard input): a domain (which takes
                        --service and --var), a domain followed by a service id and name=value
                        variables, or a share code; blank lines and # comments are skipped.
                        Prints one JSON object per line as each check finishes (NDJSON, whatever
                        --format says): the check's JSON plus "line" and "exit", or
                        {"line", "input", "exit": 2, "error"} for a line that cannot be checked.
                        Exits with the worst code (2 > 1 > 3 > 0); --deadline applies per domain
  --concurrency N       checks at once with --domains (default 16); they share every query
  --shard K/N           with --domains, check only setups K, K+N, K+2N… of the file (1-based)
{langOption}
  --format table|json   table (default) or JSON

{exitCodes}
`,
    fr: `Usage : dns-setup-assistant check <domaine> --service ID [--var nom=valeur]… [--resolver URL]… [--timeout ms] [--deadline ms] [--authoritative [--ns-address NOM=IP[:PORT]]…] [--lang en|fr] [--format table|json]
        dns-setup-assistant check --code CODE [options]

Interroge des résolveurs DNS-over-HTTPS sur chaque enregistrement du service et dit, pour chacun, quoi faire.
{setupOptions}
{checkRunHelp}
  --zone-file FICHIER   vérifie ce fichier de zone au lieu du DNS (un export de l’hébergeur DNS) :
                        hors ligne, aucune requête n’est envoyée ; les include SPF ne sont pas suivis.
                        La réponse de chaque enregistrement (byResolver en JSON, clé FICHIER) et
                        son message citent FICHIER:LIGNE
  --domains FICHIER|-   une configuration par ligne (- lit l’entrée standard) : un domaine (qui
                        prend --service et --var), un domaine suivi d’un identifiant de service et
                        de variables nom=valeur, ou un code de partage ; lignes vides et
                        commentaires # ignorés. Affiche un objet JSON par ligne dès que sa
                        vérification finit (NDJSON, quel que soit --format) : le JSON de check
                        plus \`line\` et \`exit\`, ou \`{"line", "input", "exit": 2, "error"}\` pour une
                        ligne impossible à vérifier. Sort avec le pire code (2 > 1 > 3 > 0) ;
                        --deadline vaut pour chaque domaine
  --concurrency N       vérifications simultanées avec --domains (16 par défaut) ; elles
                        partagent chaque requête
  --shard K/N           avec --domains, ne vérifie que les configurations K, K+N, K+2N… du fichier
{langOption}
  --format table|json   tableau (par défaut) ou JSON

{exitCodes}
`,
  },
  report: {
    en: `Usage: dns-setup-assistant report <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr]
       dns-setup-assistant report --code CODE [options]

Checks the zone as check does and prints the diagnostic report the extension's "Copy report"
gives: Markdown, a heading naming the domain, then each record with its status and expected value.
{setupOptions}
{checkRunHelp}
{langOption}

{exitCodes}
`,
    fr: `Usage : dns-setup-assistant report <domaine> --service ID [--var nom=valeur]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr]
        dns-setup-assistant report --code CODE [options]

Vérifie la zone comme check et affiche le rapport de diagnostic que donne « Copier le rapport »
dans l’extension : du Markdown, un titre qui nomme le domaine, puis chaque enregistrement avec
son état et sa valeur attendue.
{setupOptions}
{checkRunHelp}
{langOption}

{exitCodes}
`,
  },
  share: {
    en: `Usage: dns-setup-assistant share <domain> --service ID [--var name=value]… [--format dsa2|dsa1]

Prints a share code holding the setup, once it is valid, alone on stdout. Paste it into the
extension, give it to records, check or report with --code, or read it out on the phone:
DSA2-, then digits and letters in groups of 4, the last ones a checksum that catches any
mistyped or swapped character.
  --format dsa2|dsa1    DSA2 (default, compact) or DSA1 (the older base64 form)
{langOption}
`,
    fr: `Usage : dns-setup-assistant share <domaine> --service ID [--var nom=valeur]… [--format dsa2|dsa1]

Affiche seul sur stdout un code de partage contenant la configuration, une fois celle-ci valide.
Collez-le dans l’extension, donnez-le à records, check ou report avec --code, ou dictez-le au
téléphone : DSA2-, puis des chiffres et des lettres par groupes de 4, les derniers formant un
code de contrôle qui détecte tout caractère mal tapé ou inversé.
  --format dsa2|dsa1    DSA2 (par défaut, compact) ou DSA1 (l’ancienne forme en base64)
{langOption}
`,
  },
  zone: {
    en: `Usage: dns-setup-assistant zone FILE [--origin NAME] [--format json|zone] [--lang en|fr]

Reads a BIND-style zone file (an export from a DNS host) the way BIND's named-compilezone does, and
prints the records a name server would serve from it, of the types this tool manages (A, AAAA,
CNAME, MX, TXT, SRV). Every other line is skipped with a sentence: other types, $INCLUDE (the file
it names is not read), $GENERATE, records outside the zone, records written twice.
  FILE                  the zone file (UTF-8, at most 16 MiB)
  --origin NAME         the zone, e.g. example.com (default: the file's first $ORIGIN, else its SOA's name)
  --format json|zone    JSON (default): \`{"origin","records":[{"type","name","value","ttl","priority"?,
                        "weight"?,"port"?,"line"}],"skipped":[{"line","reason"}]}\`: names without the
                        final dot, the root as \`.\`; TXT unquoted, its strings joined; \`line\` where the
                        record starts. zone: the records as a zone file (a TXT over 255 bytes as
                        several quoted strings)
{langOption}

Exit codes:
  0  every line was read, or skipped with a reason
  2  a line breaks zone-file syntax (\`FILE:LINE: reason\` on stderr), the zone is unknown, or bad usage
`,
    fr: `Usage : dns-setup-assistant zone FICHIER [--origin NOM] [--format json|zone] [--lang en|fr]

Lit un fichier de zone au format BIND (un export de l’hébergeur DNS) comme le fait named-compilezone
de BIND, et affiche les enregistrements qu’un serveur de noms en servirait, des types gérés par cet
outil (A, AAAA, CNAME, MX, TXT, SRV). Chaque autre ligne est ignorée avec une phrase : autres types,
$INCLUDE (le fichier nommé n’est pas lu), $GENERATE, enregistrements hors de la zone ou écrits deux fois.
  FICHIER               le fichier de zone (UTF-8, 16 Mio au plus)
  --origin NOM          la zone, par exemple example.com (par défaut : le premier $ORIGIN du fichier,
                        sinon le nom de son SOA)
  --format json|zone    JSON (par défaut) : \`{"origin","records":[{"type","name","value","ttl","priority"?,
                        "weight"?,"port"?,"line"}],"skipped":[{"line","reason"}]}\` : noms sans point
                        final, la racine écrite \`.\` ; TXT sans guillemets, ses chaînes jointes ; \`line\`
                        où l’enregistrement commence. zone : les enregistrements en fichier de zone
                        (un TXT de plus de 255 octets en plusieurs chaînes entre guillemets)
{langOption}

Codes de sortie :
  0  chaque ligne a été lue, ou ignorée avec une raison
  2  une ligne enfreint la syntaxe des fichiers de zone (\`FICHIER:LIGNE: raison\` sur stderr), la zone
     est inconnue, ou usage incorrect
`,
  },
} as const satisfies Record<HelpTopic, Message>;

export function helpText(topic: HelpTopic, lang: Lang): string {
  return format(lang, HELP[topic], {
    exitCodes: localized(EXIT_CODES),
    setupOptions: localized(SETUP_OPTIONS),
    checkRunHelp: localized(CHECK_RUN_HELP),
    langOption: localized(LANG_OPTION),
    synopsis: { en: synopsis('en'), fr: synopsis('fr') },
  });
}

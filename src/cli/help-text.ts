import type { Lang } from '../i18n/lang.js';

type HelpTopic = 'main' | 'services' | 'records' | 'check' | 'share';

const EXIT_CODES = {
  en: `Exit codes:
  0  every record is in place
  1  the zone has problems (missing, wrong or conflicting records)
  3  nothing wrong was found, but some records could not be verified everywhere,
     or are not visible everywhere yet (pending: check again after retryAfterSeconds)
  2  bad input or usage (one line on stderr says which value)`,
  fr: `Codes de sortie\u00a0:
  0  tous les enregistrements sont en place
  1  la zone a des problèmes (enregistrements absents, incorrects ou en conflit)
  3  rien d’incorrect, mais certains enregistrements n’ont pas pu être vérifiés partout,
     ou ne sont pas encore visibles partout (en attente\u00a0: revérifiez après retryAfterSeconds)
  2  saisie ou usage incorrect (une ligne sur stderr dit quelle valeur)`,
};

const SETUP_OPTIONS = {
  en: `  <domain>              the domain whose zone you edit, e.g. example.com
  --service ID          the e-mail service (see: dns-setup-assistant services)
  --var name=value      a variable of the service; repeat for each one
  --code DSA1:…         a share code instead of <domain>, --service and --var
  --template FILE.json  a Domain Connect template instead of --service (its variables with --var)
  --group ID            apply only this group of the template; repeat for several (default: all)
  --host SUB            apply the template below the domain, at SUB (default: the domain itself)`,
  fr: `  <domaine>             le domaine dont vous modifiez la zone, par exemple example.com
  --service ID          le service de messagerie (voir\u00a0: dns-setup-assistant services)
  --var nom=valeur      une variable du service\u202f; répétez pour chacune
  --code DSA1:…         un code de partage à la place de <domaine>, --service et --var
  --template FICHIER.json  un modèle Domain Connect à la place de --service (ses variables avec --var)
  --group ID            n’appliquer que ce groupe du modèle ; répétez pour plusieurs (par défaut : tous)
  --host SOUS           appliquer le modèle sous le domaine, à SOUS (par défaut : le domaine lui-même)`,
};

const LANG_OPTION = {
  en: '  --lang en|fr          language of the output (default: from LANG, else en)',
  fr: '  --lang en|fr          langue de la sortie (par défaut\u00a0: selon LANG, sinon en)',
};

const HELP: Record<HelpTopic, Record<Lang, string>> = {
  main: {
    en: `dns-setup-assistant: the DNS records e-mail services need, and whether a zone has them.

Usage:
  dns-setup-assistant services [--format table|json]
  dns-setup-assistant records <domain> --service ID [--var name=value]… [--format table|json|zone]
  dns-setup-assistant check <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]
  dns-setup-assistant share <domain> --service ID [--var name=value]…
  dns-setup-assistant services export ID [--provider-id ID]
  dns-setup-assistant host <domain> [--resolver URL]… [--format table|json]   (who serves the zone's DNS)
  records and check also take --code DSA1:… instead of <domain>, --service and --var,
  or --template FILE.json [--group ID]… [--host SUB] (a Domain Connect template) instead of --service.

dns-setup-assistant <command> --help describes each command.

${EXIT_CODES.en}
`,
    fr: `dns-setup-assistant\u00a0: les enregistrements DNS dont les services de messagerie ont besoin, et si une zone les contient.

Usage\u00a0:
  dns-setup-assistant services [--format table|json]
  dns-setup-assistant records <domaine> --service ID [--var nom=valeur]… [--format table|json|zone]
  dns-setup-assistant check <domaine> --service ID [--var nom=valeur]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]
  dns-setup-assistant share <domaine> --service ID [--var nom=valeur]…
  dns-setup-assistant services export ID [--provider-id ID]
  dns-setup-assistant host <domaine> [--resolver URL]… [--format table|json]   (qui sert le DNS de la zone)
  records et check acceptent aussi --code DSA1:… à la place de <domaine>, --service et --var,
  ou --template FICHIER.json [--group ID]… [--host SOUS] (un modèle Domain Connect) à la place de --service.

dns-setup-assistant <commande> --help décrit chaque commande.

${EXIT_CODES.fr}
`,
  },
  services: {
    en: `Usage: dns-setup-assistant services [--format table|json] [--lang en|fr]

Lists the e-mail services and the variables each one takes.
  --format table|json   table (default) or JSON: [{"id","name","variables":[{"name","required","description","example"}]}]
${LANG_OPTION.en}

Usage: dns-setup-assistant services export ID [--provider-id ID]

Prints the service as a Domain Connect template (JSON) its provider can submit to the Templates repository.
  --provider-id ID      the template's providerId (default: the vendor's domain, e.g. ovhcloud.com)
`,
    fr: `Usage\u00a0: dns-setup-assistant services [--format table|json] [--lang en|fr]

Liste les services de messagerie et les variables de chacun.
  --format table|json   tableau (par défaut) ou JSON\u00a0: [{"id","name","variables":[{"name","required","description","example"}]}]
${LANG_OPTION.fr}
`,
  },
  records: {
    en: `Usage: dns-setup-assistant records <domain> --service ID [--var name=value]… [--format table|json|zone]
       dns-setup-assistant records --code DSA1:… [--format table|json|zone]

Prints the records the service needs in the zone.
${SETUP_OPTIONS.en}
  --format table|json|zone   table (default), JSON, or a BIND zone file with $ORIGIN
${LANG_OPTION.en}
`,
    fr: `Usage\u00a0: dns-setup-assistant records <domaine> --service ID [--var nom=valeur]… [--format table|json|zone]
        dns-setup-assistant records --code DSA1:… [--format table|json|zone]

Affiche les enregistrements dont le service a besoin dans la zone.
${SETUP_OPTIONS.fr}
  --format table|json|zone   tableau (par défaut), JSON, ou fichier de zone BIND avec $ORIGIN
${LANG_OPTION.fr}
`,
  },
  check: {
    en: `Usage: dns-setup-assistant check <domain> --service ID [--var name=value]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]
       dns-setup-assistant check --code DSA1:… [options]

Asks DNS-over-HTTPS resolvers for every record the service needs and says, per record, what to do.
${SETUP_OPTIONS.en}
  --resolver URL        an RFC 8484 endpoint; repeat for several; replaces the defaults
                        (https://cloudflare-dns.com/dns-query, https://dns.google/dns-query)
  --timeout ms          time allowed to each query (default 4000)
  --deadline ms         time allowed to the whole check (default 5000): each query gets the
                        smaller of --timeout and the time left, a resolver that timed out is
                        not asked again, and the command returns within it (plus 0.5 s at most)
${LANG_OPTION.en}
  --format table|json   table (default) or JSON

${EXIT_CODES.en}
`,
    fr: `Usage\u00a0: dns-setup-assistant check <domaine> --service ID [--var nom=valeur]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]
        dns-setup-assistant check --code DSA1:… [options]

Interroge des résolveurs DNS-over-HTTPS sur chaque enregistrement du service et dit, pour chacun, quoi faire.
${SETUP_OPTIONS.fr}
  --resolver URL        un point d’accès RFC 8484\u202f; répétez pour plusieurs\u202f; remplace ceux par défaut
                        (https://cloudflare-dns.com/dns-query, https://dns.google/dns-query)
  --timeout ms          temps accordé à chaque requête (4000 par défaut)
  --deadline ms         temps accordé à toute la vérification (5000 par défaut)\u00a0: chaque requête
                        a le plus petit de --timeout et du temps restant, un résolveur qui n’a pas
                        répondu à temps n’est plus interrogé, et la commande rend la main dans ce
                        délai (plus 0,5\u00a0s au plus)
${LANG_OPTION.fr}
  --format table|json   tableau (par défaut) ou JSON

${EXIT_CODES.fr}
`,
  },
  share: {
    en: `Usage: dns-setup-assistant share <domain> --service ID [--var name=value]…

Prints a share code (DSA1:…) holding the setup, once it is valid. Paste it into the extension,
or give it to records or check with --code.
${LANG_OPTION.en}
`,
    fr: `Usage\u00a0: dns-setup-assistant share <domaine> --service ID [--var nom=valeur]…

Affiche un code de partage (DSA1:…) contenant la configuration, une fois celle-ci valide. Collez-le
dans l’extension, ou donnez-le à records ou check avec --code.
${LANG_OPTION.fr}
`,
  },
};

export function helpText(topic: HelpTopic, lang: Lang): string {
  return HELP[topic][lang];
}

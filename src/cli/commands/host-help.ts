import { format, type Message } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';

/** `host --help`: kept beside the command (help-text.ts holds the other commands'). */
const HOST_HELP = {
  en: `Usage: dns-setup-assistant host <domain> [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]

Says who serves the DNS of the domain's zone (where its records are edited) and links to that host's DNS page:
from a Domain Connect provider's settings when the zone names a known one, else from the name servers, else from the SOA.
  --resolver URL        an RFC 8484 endpoint; repeat for several; replaces the defaults
  --timeout ms          time allowed to each query (default 4000)
  --deadline ms         time allowed to the whole lookup (default 5000; Domain Connect gets at most 3000 of it)
  --format table|json   table (default) or JSON: {"domain","zone","nameservers","dnsHost","domainConnect"}
  --lang en|fr          language of the output (default: from LANG, else en)

Exit codes:
  0  the zone's name servers were found (whether the host is known or not)
  1  the domain does not exist (NXDOMAIN)
  3  the name servers could not be asked (no resolver answered)
  2  bad input or usage
`,
  fr: `Usage : dns-setup-assistant host <domaine> [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]

Dit qui sert le DNS de la zone du domaine (là où ses enregistrements se modifient) et donne le lien de sa page DNS :
d’après les réglages Domain Connect d’un fournisseur connu quand la zone en désigne un, sinon d’après les serveurs de noms, sinon d’après le SOA.
  --resolver URL        un point d’accès RFC 8484 ; répétez pour plusieurs ; remplace ceux par défaut
  --timeout ms          temps accordé à chaque requête (par défaut 4000)
  --deadline ms         temps accordé à toute la recherche (par défaut 5000 ; Domain Connect en a au plus 3000)
  --format table|json   tableau (par défaut) ou JSON : \`{"domain","zone","nameservers","dnsHost","domainConnect"}\`
  --lang en|fr          langue de la sortie (par défaut : selon LANG, sinon en)

Codes de sortie :
  0  les serveurs de noms de la zone ont été trouvés (hébergeur connu ou non)
  1  le domaine n’existe pas (NXDOMAIN)
  3  les serveurs de noms n’ont pas pu être demandés (aucun résolveur n’a répondu)
  2  saisie ou usage incorrect
`,
} as const satisfies Message;

export function hostHelp(lang: Lang): string {
  return format(lang, HOST_HELP);
}

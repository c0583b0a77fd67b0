/** Sample texts in each pasted shape, written for these tests (our own wording). */
export const DELIVERY_EMAIL_FR = `Bonjour,

Votre service Private Exchange private-zz111111-1 est en cours de livraison.
Vous n'avez pas coché DNS Assist : ajoutez ces valeurs dans la zone DNS de votre domaine.

Nom du serveur : exchange.example.com
Adresse IPv4 : 198.51.100.25
Adresse IPv6 : 2001:0db8:3c4d:0015:0000:0000:0000:0025

Cordialement,
L'équipe`;

export const DELIVERY_EMAIL_EN = `Hello,
Your Private Exchange service is being delivered. DNS Assist was not selected, so please create:
Server name: mail-px.example.org
IPv4: 203.0.113.77
IPv6: 2001:db8::77`;

export const BIND_HOSTED = `$ORIGIN example.com.
@        3600 IN MX 1 mx0.mail.ovh.net.
@        3600 IN MX 5 mx1.mail.ovh.net.
_autodiscover._tcp 3600 IN SRV 0 0 443 ex5.mail.ovh.net.
ab1cd-check 3600 IN CNAME ovh.com.
@        3600 IN TXT "v=spf1 include:mx.ovh.com ~all"`;

export const CNAME_POPOVER_FR =
  "Afin de vérifier que vous gérez ce domaine, merci de créer un enregistrement CNAME : ab1cd-check.example.com vers ovh.com. Vous avez 48h pour effectuer cette opération.";

export const CNAME_POPOVER_EN =
  'To confirm you manage this domain, please create a CNAME record: xy9z.example.net to ovh.com. You have 48 hours to do this.';

export const SRV_WIZARD_FR = `Sous domaine : _autodiscover._tcp.example.com
Priorité : 0
Poids : 0
Port : 443
Cible : ex5.mail.ovh.net`;

export const M365_ROWS = `Type\tPriority\tHost name\tPoints to address or value\tTTL
TXT\t-\t@\tMS=ms48213377\t1 Hour
MX\t0\t@\tcontoso-com.mail.protection.outlook.com\t1 Hour
CNAME\t-\tautodiscover\tautodiscover.outlook.com\t1 Hour
TXT\t-\t@\tv=spf1 include:spf.protection.outlook.com -all\t1 Hour`;

export const M365_BLOCKS_FR = `Enregistrements MX
Type : MX
Priorité : 0
Nom d'hôte : @
Pointe vers l'adresse ou la valeur : contoso-com.mail.protection.outlook.com
Durée de vie : 1 heure

Enregistrements TXT
Type : TXT
Nom d'hôte : @
Pointe vers l'adresse ou la valeur : MS=ms48213377
Durée de vie : 1 heure`;

/**
 * Addresses as a variable or a record holds them, with the sentence that says what to write
 * instead (validate.ts's rules; apart so the popup's setup form, which checks the variables as the
 * user types, does not carry the record validation that the catalog's expansion loads later).
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { parseIPv4, parseIPv6 } from './ip-address.js';

export function validateIPv4(text: string): Localized[] {
  if (parseIPv4(text) !== undefined) return [];
  if (parseIPv6(text) !== undefined) {
    return [
      localized({
        en: `"{text}" is an IPv6 address: put it in an AAAA record, or give the IPv4 address (four numbers such as 192.0.2.10).`,
        fr: `« {text} » est une adresse IPv6 : mettez-la dans un enregistrement AAAA, ou donnez l’adresse IPv4 (quatre nombres comme 192.0.2.10).`,
      }, { text }),
    ];
  }
  return [
    localized({
      en: `"{text}" is not an IPv4 address: write four numbers from 0 to 255 separated by dots, without leading zeros, such as 192.0.2.10.`,
      fr: `« {text} » n’est pas une adresse IPv4 : écrivez quatre nombres de 0 à 255 séparés par des points, sans zéro en tête, comme 192.0.2.10.`,
    }, { text }),
  ];
}

export function validateIPv6(text: string): Localized[] {
  if (parseIPv6(text) !== undefined) return [];
  if (parseIPv4(text) !== undefined) {
    return [
      localized({
        en: `"{text}" is an IPv4 address: put it in an A record, or give the IPv6 address (such as 2001:db8::10).`,
        fr: `« {text} » est une adresse IPv4 : mettez-la dans un enregistrement A, ou donnez l’adresse IPv6 (comme 2001:db8::10).`,
      }, { text }),
    ];
  }
  return [
    localized({
      en: `"{text}" is not an IPv6 address: write up to eight groups of one to four hexadecimal digits separated by colons, with "::" at most once, such as 2001:db8::10.`,
      fr: `« {text} » n’est pas une adresse IPv6 : écrivez jusqu’à huit groupes d’un à quatre chiffres hexadécimaux séparés par deux-points, avec « :: » une fois au plus, comme 2001:db8::10.`,
    }, { text }),
  ];
}

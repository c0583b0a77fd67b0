/*
 * mailauth's SPF and DMARC modules, imported alone: its entry also loads the BIMI module, whose
 * undici needs Node >= 22 (mailauth 7 declares node >= 22.19), while these two run on the
 * project's Node 20. Their types are the package's own.
 */
declare module 'mailauth/lib/spf/index.js' {
  export { spf } from 'mailauth';
}
declare module 'mailauth/lib/dmarc/index.js' {
  export { dmarc } from 'mailauth';
}

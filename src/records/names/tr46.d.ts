/** Types for tr46 (jsdom's UTS #46 implementation, the one whatwg-url uses): the two functions we call. */
declare module 'tr46' {
  export interface Uts46Options {
    checkHyphens?: boolean;
    checkBidi?: boolean;
    checkJoiners?: boolean;
    useSTD3ASCIIRules?: boolean;
    verifyDNSLength?: boolean;
    transitionalProcessing?: boolean;
    ignoreInvalidPunycode?: boolean;
  }
  /** The name in ASCII (`xn--` labels), or null when UTS #46 reports any error. */
  export function toASCII(domainName: string, options?: Uts46Options): string | null;
  export function toUnicode(domainName: string, options?: Uts46Options): { domain: string; error: boolean };
}

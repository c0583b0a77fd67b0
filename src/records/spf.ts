/**
 * SPF (RFC 7208): recognise and parse a policy, merge a service's required rules into the
 * one record a name may have, and count the DNS lookups a receiver will spend on it.
 * The parts live in spf-*.ts; this is the one import path for everyone else.
 */
export type { SpfQualifier, SpfTerm } from './spf-term.js';
export { spfTermKey } from './spf-term.js';
export type { ParsedSpf } from './spf-parse.js';
export { isSpf, parseSpf } from './spf-parse.js';
export type { SpfMergeOptions } from './spf-merge.js';
export { mergeSpf, mergeSpfRecords, missingSpfRules } from './spf-merge.js';
export { rankSpfRecords } from './spf-rank.js';
export type { SpfIncludeCost, SpfLookupCount, SpfLookupOptions, SpfQuestionType, SpfResolve } from './spf-lookups.js';
export { countSpfLookups, SPF_LOOKUP_LIMIT, SPF_VOID_LOOKUP_LIMIT } from './spf-lookups.js';
export type { SpfProblem } from './spf-problem.js';
export { isPermerror } from './spf-problem.js';

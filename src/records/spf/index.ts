/**
 * SPF (RFC 7208): recognise and parse a policy, merge a service's required rules into the
 * one record a name may have, and count the DNS lookups a receiver will spend on it.
 * The parts live in this folder; this is the one import path for everyone else.
 */
export type { SpfQualifier, SpfTerm } from './term.js';
export { spfTermKey } from './term.js';
export type { ParsedSpf } from './parse.js';
export { isSpf, parseSpf } from './parse.js';
export type { SpfMergeOptions } from './merge.js';
export { mergeSpf, mergeSpfRecords, missingSpfRules } from './merge.js';
export { rankSpfRecords } from './rank.js';
export type { SpfIncludeCost, SpfLookupCount, SpfLookupOptions, SpfQuestionType, SpfResolve } from './lookups.js';
export { countSpfLookups, SPF_LOOKUP_LIMIT, SPF_VOID_LOOKUP_LIMIT } from './lookups.js';
export type { SpfProblem } from './problem.js';
export { isPermerror } from './problem.js';

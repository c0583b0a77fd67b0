/**
 * Zone-file presentation of the record model, in one import: parse a line, some rdata
 * or a whole zone; print rdata, a line or a whole zone; split and join TXT strings.
 * The work is done in zone-tokenize.ts, zone-rdata.ts, zone-parse.ts, zone-format.ts
 * and txt-strings.ts.
 */
export { parseRdata, type RdataFields, type RdataResult } from './rdata.js';
export {
  FALLBACK_TTL,
  parseRecordLine,
  parseZone,
  type ParsedZone,
  type RecordLineResult,
  type ZoneProblem,
} from './parse.js';
export { exportZone, formatRdata, formatRecordLine } from './format.js';
export { joinTxt, splitTxt } from '../txt-strings.js';

import { hasOnlyKeys, isPlainObject, isShortString } from '../lib/guards.js';
import { guard } from '../lib/schema.js';
import { RECORD_NOTATIONS, type PageInfo } from '../sites/types.js';

/** A page's info as a content script reports it (`page-info`, or its answer to `read-page`). */
export const pageInfo = guard<PageInfo>((value) => {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['adapterId', 'pageKind', 'domain', 'notation', 'serviceId'])) return false;
  return (
    isShortString(value.adapterId, 64) &&
    isShortString(value.pageKind, 64) &&
    (value.domain === undefined || isShortString(value.domain, 253)) &&
    (value.serviceId === undefined || isShortString(value.serviceId, 64)) &&
    (RECORD_NOTATIONS as readonly unknown[]).includes(value.notation)
  );
}, 'page info expected');

import type { DesiredSet } from '../../services/desired.js';
import type { RecordNotation } from '../../sites/types.js';
import { exportZone } from '../../records/zone-file/index.js';
import { useTextOf } from '../../ui/ui-context.js';
import { laterText } from '../../ui/later-text.js';
import { RecordList } from './record-list.js';
import { ZoneExport } from './zone-export.js';

/**
 * The records to enter, copyable field by field, and the same as zone-file lines. Folded under
 * their count when the UI opens, so this chunk (the list, the zone-file writer) loads after the
 * first render.
 */
export function RecordsView({ set, notation, ttl }: { set: DesiredSet; notation: RecordNotation; ttl: number }) {
  const t = useTextOf(laterText);
  return (
    <>
      <p class="help">{notation === 'relative' ? t('notationRelative', { domain: set.domain }) : t('notationFqdn')}</p>
      <RecordList records={set.records} zone={set.domain} notation={notation} />
      <ZoneExport domain={set.domain} zoneText={exportZone(set.records, set.domain, { ttl })} />
    </>
  );
}

import { useContext } from 'preact/hooks';
import type { DesiredRecord } from '../../services/desired.js';
import type { RecordNotation } from '../../sites/types.js';
import { displayName } from '../notation.js';
import { laterText, type LaterTextKey } from '../../ui/later-text.js';
import { Ui, useTextOf } from '../../ui/ui-context.js';
import { CopyButton } from './copy-button.js';

type FieldKey = Extract<LaterTextKey, `field${string}`>;

/** The fields a registrar form asks for, per type, in the order forms ask for them. */
function fields(record: DesiredRecord, zone: string, notation: RecordNotation): [FieldKey, string][] {
  const target = (name: string) => displayName(name, zone, notation);
  const name: [FieldKey, string] = ['fieldName', displayName(record.name, zone, notation)];
  const ttl: [FieldKey, string] = ['fieldTtl', String(record.ttl)];
  switch (record.type) {
    case 'MX':
      return [name, ['fieldPriority', String(record.priority ?? 0)], ['fieldTarget', target(record.value)], ttl];
    case 'SRV':
      return [
        name,
        ['fieldPriority', String(record.priority ?? 0)],
        ['fieldWeight', String(record.weight ?? 0)],
        ['fieldPort', String(record.port ?? 0)],
        ['fieldTarget', target(record.value)],
        ttl,
      ];
    case 'CNAME':
      return [name, ['fieldTarget', target(record.value)], ttl];
    default:
      return [name, ['fieldValue', record.value], ttl];
  }
}

/** The records to enter, each field copyable in one click, in the notation the site expects. */
export function RecordList({ records, zone, notation }: { records: readonly DesiredRecord[]; zone: string; notation: RecordNotation }) {
  const t = useTextOf(laterText);
  const { lang } = useContext(Ui);
  return (
    <ol class="records">
      {records.map((record, index) => {
        const title = `${record.type} ${displayName(record.name, zone, notation)}`;
        return (
          <li key={index} class="record">
            <h3>
              <span class="type">{record.type}</span> <span class="mono">{displayName(record.name, zone, notation)}</span>
            </h3>
            <dl>
              {fields(record, zone, notation).map(([key, value]) => (
                <div class="record-field" key={key}>
                  <dt>{t(key)}</dt>
                  <dd>
                    <code class="mono">{value}</code>
                    <CopyButton value={value} label={t('copyField', { field: t(key), record: title })} />
                  </dd>
                </div>
              ))}
            </dl>
            {record.note && <p class="help">{record.note[lang]}</p>}
          </li>
        );
      })}
    </ol>
  );
}

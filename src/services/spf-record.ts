import type { DesiredRecord } from './desired.js';
import { ownerName, substitute, variablesIn } from './template-record.js';
import type { TemplateRecord } from './types.js';

type SpfFragment = Extract<TemplateRecord, { type: 'SPFM' }>;

/**
 * Domain Connect SPFM: every SPF fragment of the (applicable) templates merges into ONE TXT,
 * `v=spf1 <rules…> <all>`, since a name with two SPF records fails SPF (RFC 7208 §3.2).
 * The catalog writes SPF only at the apex; a fragment elsewhere would be a data error (data test).
 */
export function spfRecord(templates: TemplateRecord[], domain: string, values: Record<string, string>): DesiredRecord | undefined {
  // A fragment with an optional variable left empty (Private Exchange's `ip6:%ipv6%`) is left out.
  const fragments = templates.filter((t): t is SpfFragment => t.type === 'SPFM' && variablesIn(t).every((name) => values[name] !== undefined));
  const first = fragments[0];
  if (!first) return undefined;
  const rules = [...new Set(fragments.flatMap((f) => substitute(f.spfRules, values).split(/\s+/).filter(Boolean)))];
  const all = first.spfAll ?? '~all';
  return {
    type: 'TXT',
    name: ownerName(first.host, domain),
    ttl: first.ttl ?? 3600,
    value: ['v=spf1', ...rules, all].join(' '),
    source: [...new Set(fragments.map((f) => f.source))].join('; '),
    groupId: 'spf',
    spf: { rules, all },
  };
}

/**
 * The checks of Domain Connect's template linter (Domain-Connect/dc-template-linter, commit
 * 860144b706c86014ea42c1028438e3285fc1b21d, Apache-2.0; Go, which cannot be built here) that a
 * generated template can meet, re-stated from its rule table (internal/dctl.go) and record checks
 * (libdctlint/*.go), each with its code. Informational codes count too: a template we hand to a
 * provider should raise none. Returns the codes raised, with what raised them.
 */

/** The fields the linter's template and record structs know (json.Decoder.DisallowUnknownFields → DCTL0003). */
const TEMPLATE_FIELDS = ['providerId', 'providerName', 'serviceId', 'serviceName', 'version', 'logoUrl', 'description', 'variableDescription', 'shared', 'syncBlock', 'sharedProviderName', 'sharedServiceName', 'syncPubKeyDomain', 'syncRedirectDomain', 'multiInstance', 'warnPhishing', 'hostRequired', 'records'];
const RECORD_FIELDS = ['type', 'groupId', 'essential', 'host', 'name', 'pointsTo', 'ttl', 'data', 'txtConflictMatchingMode', 'txtConflictMatchingPrefix', 'priority', 'weight', 'port', 'protocol', 'service', 'target', 'spfRules'];
/** targetCheck: of data/name/pointsTo/target, a record holds only the one its type needs (DCTL0009). */
const TARGET_FIELD: Record<string, string> = { CNAME: 'pointsTo', NS: 'pointsTo', MX: 'pointsTo', TXT: 'data', SRV: 'target' };
const EXCLUSIVE = ['data', 'name', 'pointsTo', 'target'];
/** RFC 8552 underscore labels and the types they take (libdctlint/underscores.go), CNAME and NS always allowed. */
const UNDERSCORE_TYPES: Record<string, string[]> = { _dmarc: ['TXT'], _domainkey: ['TXT'], _tcp: ['TXT', 'SRV', 'TLSA', 'URI'], _udp: ['TXT', 'SRV', 'TLSA', 'URI'], _spf: ['TXT'], '_mta-sts': ['TXT'] };
const ID_CHARS = /^[-.0-9_a-z]+$/i;
const VARIABLE_CHARS = /^[-0-9A-Z_a-z]*$/;
const SPF_MECHANISMS = ['include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];

type Json = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isVariable = (value: string) => /^%[^%]+%$/.test(value);

function variableProblems(value: string): string[] {
  const codes: string[] = [];
  const parts = value.split('%');
  if (parts.length % 2 === 0) codes.push('DCTL1020'); // a % without its partner
  for (let i = 1; i < parts.length; i += 2) if (!VARIABLE_CHARS.test(parts[i]!)) codes.push('DCTL1019');
  if (value.includes('%host%')) codes.push('DCTL1024');
  return codes;
}

function spfRuleProblems(rules: string): string[] {
  const lower = rules.toLowerCase();
  if (lower === '') return ['DCTL1013'];
  const codes: string[] = [];
  if (lower.startsWith('v=spf1') || lower.endsWith('all')) codes.push('DCTL1017');
  for (const field of lower.split(/\s+/).filter(Boolean)) {
    if (isVariable(field)) continue;
    const modifier = /^([a-z][a-z0-9_.-]*)=/.exec(field)?.[1];
    if (modifier !== undefined) {
      if (modifier !== 'redirect' && modifier !== 'exp') codes.push('DCTL1017');
      continue;
    }
    const mechanism = field.replace(/^[-+~?]/, '').split(':')[0]!;
    if (!SPF_MECHANISMS.includes(mechanism)) codes.push('DCTL1017');
  }
  return codes;
}

function recordProblems(record: Json, template: Json): string[] {
  const codes: string[] = [];
  const type = text(record.type);
  const host = text(record.host);
  for (const key of Object.keys(record)) if (!RECORD_FIELDS.includes(key)) codes.push('DCTL0003');
  if (type === '' || type.length > 16) codes.push('DCTL1005');
  if (record.essential !== undefined && !['Always', 'OnApply'].includes(text(record.essential))) codes.push('DCTL1005');
  if (record.txtConflictMatchingMode !== undefined && !['None', 'All', 'Prefix'].includes(text(record.txtConflictMatchingMode))) codes.push('DCTL1005');
  if (host.length > 255 || text(record.pointsTo).length > 255 || text(record.name).length > 63) codes.push('DCTL1005');
  if (record.ttl !== undefined && !(Number(record.ttl) >= 1 || isVariable(text(record.ttl)))) codes.push('DCTL1005');
  if (type === 'SRV') for (const field of ['priority', 'weight', 'port', 'protocol', 'service', 'target']) if (record[field] === undefined) codes.push('DCTL1005');
  if (type === 'TXT' && record.data === undefined) codes.push('DCTL1005');
  if (['CNAME', 'NS', 'A', 'AAAA', 'TXT', 'MX', 'SPFM'].includes(type) && host === '') codes.push('DCTL1013');
  if (type === 'CNAME' && host === '@' && template.hostRequired !== true) codes.push('DCTL1012');
  const target = TARGET_FIELD[type];
  if (target !== undefined) {
    if (text(record[target]) === '') codes.push('DCTL0008');
    for (const field of EXCLUSIVE) if (field !== target && !(type === 'SRV' && field === 'name') && text(record[field]) !== '') codes.push('DCTL0009');
  }
  if ((type === 'A' || type === 'AAAA') && !isVariable(text(record.pointsTo))) {
    const pointsTo = text(record.pointsTo);
    if (type === 'A' ? !/^\d{1,3}(\.\d{1,3}){3}$/.test(pointsTo) : !pointsTo.includes(':')) codes.push('DCTL1034');
  }
  if (type === 'TXT') {
    if (text(record.data).includes('v=spf1')) codes.push('DCTL1014');
    if (record.txtConflictMatchingMode === 'Prefix' && text(record.txtConflictMatchingPrefix) === '') codes.push('DCTL1013');
  }
  if (type === 'SRV' && !['_tcp', '_udp', '_tls'].includes(text(record.protocol).toLowerCase()) && !text(record.protocol).includes('%')) codes.push('DCTL1015');
  if (type === 'SRV' && text(record.service) === '') codes.push('DCTL1013');
  if (type === 'SPFM') codes.push(...spfRuleProblems(text(record.spfRules)));
  if (!['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'SPFM', 'NS'].includes(type)) codes.push('DCTL1016');
  for (const label of host.split('.')) {
    if (label.indexOf('_') > 1 && label.replace(/%[^%]*%/g, '').includes('_')) codes.push('DCTL1025');
    const allowed = label.startsWith('_') ? UNDERSCORE_TYPES[label.toLowerCase()] : undefined;
    if (label.startsWith('_') && !['CNAME', 'NS', ...(allowed ?? [])].includes(type)) codes.push('DCTL1021');
  }
  if ([...host.replace(/^\*$|^@$/, '')].some((c) => c !== '.' && c !== '%' && !/[-0-9A-Z_a-z]/.test(c))) codes.push('DCTL1027');
  if (isVariable(text(record.type)) || isVariable(text(record.groupId)) || isVariable(text(record.txtConflictMatchingPrefix))) codes.push('DCTL1009');
  for (const field of ['host', 'name', 'pointsTo', 'data', 'txtConflictMatchingPrefix', 'service', 'target', 'spfRules']) codes.push(...variableProblems(text(record[field])));
  return codes;
}

export function lintTemplate(template: Json, fileName: string): string[] {
  const codes: string[] = [];
  for (const key of Object.keys(template)) if (!TEMPLATE_FIELDS.includes(key)) codes.push('DCTL0003');
  for (const id of ['providerId', 'serviceId']) if (!ID_CHARS.test(text(template[id]))) codes.push('DCTL1002');
  if (fileName !== `${text(template.providerId).toLowerCase()}.${text(template.serviceId).toLowerCase()}.json`) codes.push('DCTL1003');
  const limits: Record<string, number> = { providerId: 64, providerName: 64, serviceId: 64, serviceName: 255 };
  for (const [field, max] of Object.entries(limits)) if (text(template[field]).length < 1 || text(template[field]).length > max) codes.push('DCTL1005');
  if (!template.version) codes.push('DCTL1006');
  if (template.shared && !template.sharedProviderName) codes.push('DCTL1007');
  if (!template.shared && template.sharedProviderName) codes.push('DCTL1008');
  if (isVariable(text(template.providerName)) || isVariable(text(template.serviceName))) codes.push('DCTL1009');
  if (template.warnPhishing && text(template.syncPubKeyDomain) !== '') codes.push('DCTL1028');
  if (!template.syncBlock && text(template.syncPubKeyDomain) === '') codes.push('DCTL1029');
  const records = Array.isArray(template.records) ? (template.records as Json[]) : [];
  if (records.length === 0) codes.push('DCTL1030');
  const seen = new Set<string>();
  const hostTypes = new Map<string, string>();
  for (const record of records) {
    codes.push(...recordProblems(record, template));
    const key = JSON.stringify(record);
    if (seen.has(key)) codes.push('DCTL1023');
    seen.add(key);
    const place = `${text(record.groupId)}/${text(record.host)}`;
    const other = hostTypes.get(place);
    if (other !== undefined && (other === 'CNAME' || record.type === 'CNAME')) codes.push('DCTL1011');
    hostTypes.set(place, text(record.type));
  }
  const groups = new Set(records.map((r) => text(r.groupId)));
  if (groups.size === 1 && !groups.has('')) codes.push('DCTL1031');
  if (groups.size > 1 && groups.has('')) codes.push('DCTL1032');
  return codes;
}

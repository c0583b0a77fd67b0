import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badgeText } from '../../src/background/badge.js';
import { CAPTURE_SOURCE_LABELS } from '../../src/capture/source-labels.js';
import { parsePaste } from '../../src/capture/paste/parse-paste.js';
import { cliText } from '../../src/cli/cli-labels.js';
import { cliMessages } from '../../src/cli/cli-messages.js';
import { fleetMessages } from '../../src/cli/fleet/fleet-messages.js';
import { helpText } from '../../src/cli/help-text.js';
import { checkMessages } from '../../src/dns/check/messages.js';
import { checkSpfMessages } from '../../src/dns/check/spf-messages.js';
import { resolverMessages } from '../../src/dns/resolver/messages.js';
import { parseResolverUrl } from '../../src/dns/resolver/url.js';
import { fillMessages, type FieldName } from '../../src/fill/fill-messages.js';
import { planMessages } from '../../src/fill/plan-messages.js';
import { conventionWords, driverMessages } from '../../src/fill/generic/driver-messages.js';
import { GUIDES } from '../../src/sites/guides.js';
import type { Message, Param } from '../../src/i18n/format.js';
import { localized } from '../../src/i18n/format.js';
import { errorText } from '../../src/lib/localized-error.js';
import { LANGS, type Localized } from '../../src/i18n/lang.js';
import { optionsText } from '../../src/options/options-text.js';
import { fillPanelText } from '../../src/popup/components/fill-text.js';
import { captureGuideText } from '../../src/popup/components/capture-guide-text.js';
import { pageAccessText } from '../../src/popup/components/page-access-text.js';
import { PAGE_KIND_LABELS } from '../../src/popup/page-kind-labels.js';
import { uiText } from '../../src/ui/ui-text.js';
import { checkText } from '../../src/popup/components/check-text.js';
import { shareText } from '../../src/popup/components/share-text.js';
import { laterText } from '../../src/ui/later-text.js';
import type { DnsRecord } from '../../src/records/types.js';
import { spfLookupMessages } from '../../src/records/spf/lookup-messages.js';
import { spfMessages } from '../../src/records/spf/messages.js';
import { validateDomainName, validateIPv4, validateIPv6, validateTtl } from '../../src/records/validate.js';
import { parseRecordLine, parseZone } from '../../src/records/zone-file/parse.js';
import { REPORT_LABELS } from '../../src/report/report-labels.js';
import { statusCount, STATUS_WORDS } from '../../src/report/status-words.js';
import { expandService } from '../../src/services/expand.js';
import { validateVariables } from '../../src/services/service-variables.js';
import { applyMessages } from '../../src/services/domain-connect/apply-messages.js';
import { expectations, recordWhere, templateMessages, templateWhere } from '../../src/services/domain-connect/template-messages.js';
import { SERVICES } from '../../src/services/index.js';
import { decodeShareCode, setupFromUrlParams } from '../../src/share/share-code.js';
import { shareMessages } from '../../src/share/share-messages.js';
import { SITE_ADAPTERS } from '../../src/sites/registry.js';
import { optionsProblems } from '../../src/messages/options.js';

/**
 * Every sentence the product shows, as the toolkit renders it: the catalog, the guides, the
 * sites' and the captures' labels, the check, resolver, SPF, plan, fill, CLI and share messages,
 * the UI's, the CLI's and the report's tables, the CLI help, the problems the entry points
 * (validators, parsers) give for bad input, and the browser's own FR strings (_locales/fr).
 * Parameters take values without punctuation of their own, so every mark found in a sentence
 * belongs to its template. Each entry is [where, text in every language].
 */
export type Sentence = [where: string, text: Localized];

const V = 'valeur';
const RECORD: DnsRecord = { type: 'MX', name: 'example.com', ttl: 3600, value: 'mx1.example.net', priority: 10 };

/** Every `{ en, fr }` pair inside a value (data files nest them anywhere). */
export function localizedIn(value: unknown, path: string, found: Sentence[] = []): Sentence[] {
  if (value instanceof RegExp || value === null || typeof value !== 'object') return found;
  const { en, fr } = value as { en?: unknown; fr?: unknown };
  if (typeof en === 'string' && typeof fr === 'string') found.push([path, { en, fr }]);
  for (const [key, inner] of Object.entries(value)) localizedIn(inner, `${path}.${key}`, found);
  return found;
}

/** A sample for each placeholder of a table's template: counts one and several, other values text. */
function samples(message: Message): Record<string, Param>[] {
  const templates = LANGS.flatMap((lang) => {
    const template = message[lang];
    return typeof template === 'string' ? [template] : Object.values(template);
  });
  const names = new Set(templates.flatMap((template) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
  const plural = templates.length > LANGS.length;
  const base = Object.fromEntries([...names].map((name) => [name, name === 'count' ? 7 : V]));
  return plural ? [{ ...base, count: 0 }, { ...base, count: 1 }, { ...base, count: 7 }] : [base];
}

function tableSentences(name: string, table: Readonly<Record<string, Message>>): Sentence[] {
  return Object.entries(table).flatMap(([key, message]) =>
    samples(message).map((params): Sentence => [`${name}.${key}${'count' in params ? `(${params.count})` : ''}`, localized(message, params)]),
  );
}

/**
 * The message objects, each function called with sample arguments (and the branches of some);
 * a new message must be added here (test/unit/french-typography.test.ts checks every key is).
 */
export const MESSAGE_SAMPLES = {
  checkMessages: {
    ok: checkMessages.ok(),
    missing: checkMessages.missing('MX', V, V),
    mismatch: checkMessages.mismatch('MX', V, V, V),
    extraValue: checkMessages.extraValue('A', V, V),
    txtConflict: checkMessages.txtConflict(V, V),
    foreignMx: checkMessages.foreignMx(V, V),
    alias: checkMessages.alias(V, V, 'TXT'),
    autodiscoverAlias: checkMessages.autodiscoverAlias(V, V, V),
    spfMissingRules: checkMessages.spfMissingRules(V, [V, V], V),
    spfSeveral: checkMessages.spfSeveral(V, 2, V, V),
    'spfSeveral merged': checkMessages.spfSeveral(V, 2, V, 'autre'),
    'spfSeveral three': checkMessages.spfSeveral(V, 3, V, 'autre'),
    spfExtra: checkMessages.spfExtra(V, V, 'autre'),
    'spfExtra kept': checkMessages.spfExtra(V, V, V),
    spfExtraRecord: checkMessages.spfExtraRecord(V, V),
    spfMergedOverLimit: checkMessages.spfMergedOverLimit(11),
    txtSeveral: checkMessages.txtSeveral(V, 'DMARC', V),
    disagree: checkMessages.disagree(300),
    'disagree without TTL': checkMessages.disagree(undefined),
    pending: checkMessages.pending('MX', V, V, [V], 300),
    'pending several': checkMessages.pending('MX', V, V, [V, V], null),
    servfail: checkMessages.servfail([V], resolverMessages.rcode('SERVFAIL')),
    proxiedCname: checkMessages.proxiedCname(V, V, V),
    proxiedAddress: checkMessages.proxiedAddress('A', V, V, V),
    flattenedDkim: checkMessages.flattenedDkim(V, V),
    proxiedAutodiscover: checkMessages.proxiedAutodiscover(V, V, V),
    throughAlias: checkMessages.throughAlias(V, V),
    unanswered: checkMessages.unanswered([resolverMessages.rcode('SERVFAIL'), resolverMessages.timedOut(4000)]),
  },
  resolverMessages: {
    timedOut: resolverMessages.timedOut(4000),
    httpStatus: resolverMessages.httpStatus(V, 500),
    wrongContentType: resolverMessages.wrongContentType(V, 'text/html', 'application/dns-message'),
    notDnsMessage: resolverMessages.notDnsMessage(V, V),
    tooBig: resolverMessages.tooBig(V, 65535),
    wrongQuestion: resolverMessages.wrongQuestion(V, V, 'MX'),
    redirected: resolverMessages.redirected(V, V),
    'redirected hidden': resolverMessages.redirected(V, undefined),
    truncated: resolverMessages.truncated(V),
    deadline: resolverMessages.deadline(5000),
    gaveUp: resolverMessages.gaveUp(),
    cancelled: resolverMessages.cancelled(V),
    unreachable: resolverMessages.unreachable(V, 'ECONNREFUSED'),
    rcode: resolverMessages.rcode('NOTIMP'),
    'rcode SERVFAIL': resolverMessages.rcode('SERVFAIL'),
    'rcode REFUSED': resolverMessages.rcode('REFUSED'),
    reasons: resolverMessages.reasons([resolverMessages.rcode('REFUSED'), resolverMessages.rcode('REFUSED'), resolverMessages.cancelled(V)]),
  },
  spfMessages: {
    notSpf: spfMessages.notSpf(),
    malformedTerm: spfMessages.malformedTerm(V),
    unknownMechanism: spfMessages.unknownMechanism(V),
    takesNoValue: spfMessages.takesNoValue(V, 'all'),
    needsDomain: spfMessages.needsDomain(V, 'include', ':'),
    badDomain: spfMessages.badDomain(V, V),
    badIp4: spfMessages.badIp4(V),
    badIp6: spfMessages.badIp6(V),
    badCidr: spfMessages.badCidr(V),
    qualifierOnModifier: spfMessages.qualifierOnModifier(V),
    duplicateModifier: spfMessages.duplicateModifier('redirect'),
    termsAfterAll: spfMessages.termsAfterAll('-all', [V, V]),
    redirectIgnored: spfMessages.redirectIgnored(),
    badCharacter: spfMessages.badCharacter(V, localized({ en: 'a tab', fr: 'une tabulation' })),
    addressAsDomain: spfMessages.addressAsDomain(V, '192.0.2.1'),
    badPercent: spfMessages.badPercent(V),
    badMacro: spfMessages.badMacro(V, '%{c}', true),
    'badMacro syntax': spfMessages.badMacro(V, '%{x}', false),
  },
  spfLookupMessages: {
    fetchFailed: spfLookupMessages.fetchFailed(V, resolverMessages.timedOut(4000)),
    lookupFailed: spfLookupMessages.lookupFailed(V, V, 'MX', resolverMessages.timedOut(4000)),
    noSpfAt: spfLookupMessages.noSpfAt(V, V),
    severalSpfAt: spfLookupMessages.severalSpfAt(V, V, 2),
    loop: spfLookupMessages.loop(V, [V, V]),
    tooManyMx: spfLookupMessages.tooManyMx(V, V, 11, 10),
    tooManyVoids: spfLookupMessages.tooManyVoids(V, [V, V, V], 2),
    macroNotFollowed: spfLookupMessages.macroNotFollowed(V),
    tooDeep: spfLookupMessages.tooDeep(V, 10),
    tooManyQuestions: spfLookupMessages.tooManyQuestions(50),
    nestedProblem: spfLookupMessages.nestedProblem(V, V, spfMessages.notSpf()),
    nestedAdvice: spfLookupMessages.nestedAdvice(V, spfMessages.redirectIgnored()),
    overLimit: spfLookupMessages.overLimit(V, 11, false, 10, [V, V]),
    'overLimit at least': spfLookupMessages.overLimit(V, 14, true, 10, [V, V]),
  },
  checkSpfMessages: {
    unverified: checkSpfMessages.unverified(3, 10),
  },
  templateMessages: {
    tooLarge: templateMessages.tooLarge(70000, 65536),
    notJson: templateMessages.notJson(),
    notObject: templateMessages.notObject(templateWhere()),
    missing: templateMessages.missing(recordWhere(2, 'MX'), V),
    wrongKind: templateMessages.wrongKind(recordWhere(2, 'MX'), V, expectations.text),
    tooLong: templateMessages.tooLong(templateWhere(), V, 255),
    unsafe: templateMessages.unsafe(templateWhere(), V),
    badVariable: templateMessages.badVariable(templateWhere(), V),
    badId: templateMessages.badId('providerId', V),
    noRecords: templateMessages.noRecords(),
    tooManyRecords: templateMessages.tooManyRecords(100),
    prefixMissing: templateMessages.prefixMissing(templateWhere()),
    more: templateMessages.more(1),
    'more several': templateMessages.more(3),
  },
  applyMessages: {
    missingVariables: applyMessages.missingVariables([V, V]),
    unknownVariable: applyMessages.unknownVariable(V, []),
    builtInVariable: applyMessages.builtInVariable(V),
    ambiguousVariable: applyMessages.ambiguousVariable(V, [V, V]),
    unsafeValue: applyMessages.unsafeValue(V),
    longValue: applyMessages.longValue(V, 255),
    unknownGroup: applyMessages.unknownGroup(V, [V]),
    unsupportedType: applyMessages.unsupportedType('NS', V),
    hostRequired: applyMessages.hostRequired(),
    badHost: applyMessages.badHost(localized({ en: V, fr: V })),
    outsideZone: applyMessages.outsideZone(V, V),
    badNumber: applyMessages.badNumber(V, V),
    badProtocol: applyMessages.badProtocol(V),
    badSpfRule: applyMessages.badSpfRule(V, localized({ en: V, fr: V })),
    spfModifier: applyMessages.spfModifier(V),
    aliasClash: applyMessages.aliasClash(V, ['TXT', 'MX'], [V, V]),
    aliasAtApex: applyMessages.aliasAtApex('example.com'),
  },
  fillMessages: {
    noEditor: fillMessages.noEditor(),
    addFormMissing: fillMessages.addFormMissing(RECORD),
    halfFilled: fillMessages.halfFilled(RECORD, 'host' satisfies FieldName, V),
    typeNotChosen: fillMessages.typeNotChosen(RECORD),
    fieldMissing: fillMessages.fieldMissing(RECORD, 'priority'),
    apexOnlyForm: fillMessages.apexOnlyForm(RECORD),
    readBack: fillMessages.readBack(RECORD, 'value', V, V),
    unexpectedEdit: fillMessages.unexpectedEdit(RECORD, V),
    noEditControl: fillMessages.noEditControl(RECORD),
    pendingForm: fillMessages.pendingForm(RECORD),
    notSaved: fillMessages.notSaved(RECORD),
    notStaged: fillMessages.notStaged(RECORD),
    noStageButton: fillMessages.noStageButton(RECORD),
    noSubmitButton: fillMessages.noSubmitButton(1),
    filling: fillMessages.filling(RECORD, 1, 3),
    awaitingSave: fillMessages.awaitingSave(RECORD, 1, 3),
    awaitingSubmit: fillMessages.awaitingSubmit(3),
    saved: fillMessages.saved(RECORD, 1, 3),
    saveTimeout: fillMessages.saveTimeout(RECORD, 10),
    done: fillMessages.done(3),
    nothingToDo: fillMessages.nothingToDo(),
    busy: fillMessages.busy(),
  },
  driverMessages: {
    stepRefused: driverMessages.stepRefused(RECORD, V),
    leftOpen: driverMessages.leftOpen(),
    awaitingPublish: driverMessages.awaitingPublish(3, V),
    'awaitingPublish one': driverMessages.awaitingPublish(1, V),
    notPublished: driverMessages.notPublished(3, V),
    'notPublished one': driverMessages.notPublished(1, V),
    conventionsRead: driverMessages.conventionsRead(conventionWords.relativeAt),
  },
  conventionWords,
  planMessages: {
    unsupported: planMessages.unsupported({ ...RECORD, type: 'SRV', port: 443, weight: 0 }, 'example.com'),
    spf: planMessages.spf({ ...RECORD, type: 'TXT', value: 'v=spf1 -all' }, V),
    twoSpf: planMessages.twoSpf(V, V),
    differentValue: planMessages.differentValue(RECORD, [RECORD], true),
    alias: planMessages.alias(V, V),
    aliasOverRecords: planMessages.aliasOverRecords({ ...RECORD, type: 'CNAME', value: 'target.example.net' }, [RECORD]),
    otherFamily: planMessages.otherFamily({ ...RECORD, type: 'A', value: '192.0.2.1' }, [{ ...RECORD, type: 'AAAA', value: '2001:db8::1' }]),
  },
  cliMessages: {
    ...cliMessages,
    unknownCommand: cliMessages.unknownCommand(V),
    unknownOption: cliMessages.unknownOption('check', '--x'),
    optionNeedsValue: cliMessages.optionNeedsValue('check', '--var'),
    optionRepeated: cliMessages.optionRepeated('--lang'),
    unexpectedArgument: cliMessages.unexpectedArgument('services', V),
    badNsAddress: cliMessages.badNsAddress(V),
    missingDomain: cliMessages.missingDomain('check'),
    badVar: cliMessages.badVar(V),
    hiddenCharacterInVar: cliMessages.hiddenCharacterInVar(V, 'U+200B'),
    repeatedVar: cliMessages.repeatedVar(V),
    badFormat: cliMessages.badFormat(V, ['table', 'json']),
    badLang: cliMessages.badLang(V),
    badMilliseconds: cliMessages.badMilliseconds('--timeout', V, 4000),
    templateOptionsAlone: cliMessages.templateOptionsAlone('--group'),
    cannotReadTemplate: cliMessages.cannotReadTemplate(V, V),
    exportWhichService: cliMessages.exportWhichService(undefined, [V, V]),
    'exportWhichService unknown': cliMessages.exportWhichService(V, [V]),
    badProviderId: cliMessages.badProviderId(V),
    badResolver: cliMessages.badResolver(resolverMessages.cancelled(V)),
    internal: cliMessages.internal(V),
    progress: cliMessages.progress(3, 9),
  },
  fleetMessages: {
    ...fleetMessages,
    badShard: fleetMessages.badShard(V, 1024),
    badConcurrency: fleetMessages.badConcurrency(V, 256),
    optionWithoutDomains: fleetMessages.optionWithoutDomains('--shard'),
    cannotRead: fleetMessages.cannotRead(V, 'ENOENT'),
    lineTooLong: fleetMessages.lineTooLong(4096),
    lineHidden: fleetMessages.lineHidden('U+200B', 12),
    variableInPlaceOfService: fleetMessages.variableInPlaceOfService(V),
    badVariable: fleetMessages.badVariable(V),
    repeatedVariable: fleetMessages.repeatedVariable(V),
    progress: fleetMessages.progress(1, 2, 0),
  },
  shareMessages: {
    ...shareMessages,
    tooLong: shareMessages.tooLong(4096),
    badDomain: shareMessages.badDomain(localized({ en: V, fr: V })),
    pasteTooLong: shareMessages.pasteTooLong(20000),
    severalCodes: shareMessages.severalCodes(2),
    notACodeCharacter: shareMessages.notACodeCharacter(7, '!'),
    checksumWrongAt: shareMessages.checksumWrongAt(6),
    'checksumWrongAt 1st': shareMessages.checksumWrongAt(5),
    checksumSwappedAt: shareMessages.checksumSwappedAt(6),
    hiddenCharacter: shareMessages.hiddenCharacter('domain', 'U+200B'),
    extraKey: shareMessages.extraKey(V),
    missingField: shareMessages.missingField(V),
    badVariableName: shareMessages.badVariableName(V),
    variableNotText: shareMessages.variableNotText(V),
    urlMissingField: shareMessages.urlMissingField(V),
    urlRepeatedParam: shareMessages.urlRepeatedParam(V),
  },
} satisfies Record<string, Record<string, Localized>>;

/** What the entry points answer to bad input: the sentences written inline in validators and parsers. */
function problemsOfBadInput(): Sentence[] {
  const problems: Localized[] = [
    ...['', 'a..b', '-a.example', 'a_b.example', 'ex ample.com', '1.2.3', '*.a.*.b', `${'a'.repeat(64)}.example`, `${'a.'.repeat(130)}example`].flatMap((name) => validateDomainName(name)),
    ...validateIPv4('999.1.1'),
    ...validateIPv6('2001:::1'),
    ...validateTtl(-1),
    ...['', ' MX 10 mx.', '@ 3600 IN', '@ IN BOGUS x', '@ IN SOA x', '@ IN MX ten mx.example.com.', '@ IN A 1.2.3', '$TTL x', '$INCLUDE f', 'a\\065 IN A 192.0.2.1', 'rel IN A 192.0.2.1'].flatMap((line) => {
      const parsed = parseRecordLine(line, { origin: 'example.com' });
      return parsed.ok ? [] : parsed.problems;
    }),
    ...parseZone('$TTL x\n$ORIGIN\n  IN A 192.0.2.1\n@ IN TXT "\\255"\n$GENERATE 1-2 a A 1.2.3.4\n').problems.map((problem) => problem.message),
    ...parseZone('a IN A 192.0.2.1\n').problems.map((problem) => problem.message),
    ...['', 'dns.google', 'ftp://x.example/dns-query', 'https://u:p@x.example/q#f', 'https://x.example/dns-query?dns=AAA'].flatMap((url) => {
      const parsed = parseResolverUrl(url);
      return parsed.ok ? [] : [parsed.problem];
    }),
    ...['', 'x', 'DSA1:***', `DSA1:${'A'.repeat(5000)}`].flatMap((code) => {
      const decoded = decodeShareCode(code);
      return decoded.ok ? [] : [decoded.problem];
    }),
    ...['code=DSA1:x&domain=a', 'domain=a&domain=b', 'domain=a'].flatMap((query) => {
      const decoded = setupFromUrlParams(new URLSearchParams(query));
      return decoded.ok === false ? [decoded.problem] : [];
    }),
    ...['Nom du serveur : exchange.example.com', '@ IN MX 10 mx.example.com.\n$$', 'TXT @ MS=ms123 3600'].flatMap((text) => {
      const pasted = parsePaste(text);
      return pasted.ok ? pasted.notes : [pasted.problem];
    }),
    ...SERVICES.flatMap((service) => Object.values(validateVariables(service, Object.fromEntries(service.variables.map((spec) => [spec.name, 'x y'])), 'example.com')).flat()),
    ...(expandService('nope', 'example.com', {}).ok ? [] : (expandService('nope', 'example.com', {}) as { problems: Localized[] }).problems),
    ...optionsProblems({ resolvers: ['x'], defaultTtl: 1, language: 'de' }),
    errorText(new Error(V)),
  ];
  return problems.map((problem, index): Sentence => [`problem ${index}`, problem]);
}

export function everySentence(root: string): Sentence[] {
  const locales = JSON.parse(readFileSync(join(root, '_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const english = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const help = (['main', 'services', 'records', 'check', 'report', 'share', 'zone'] as const).map((topic): Sentence => [`help ${topic}`, { en: helpText(topic, 'en'), fr: helpText(topic, 'fr') }]);
  return [
    ...localizedIn(SERVICES, 'SERVICES'),
    ...localizedIn(GUIDES, 'GUIDES'),
    ...localizedIn(SITE_ADAPTERS, 'SITE_ADAPTERS'),
    ...localizedIn(CAPTURE_SOURCE_LABELS, 'CAPTURE_SOURCE_LABELS'),
    ...localizedIn(STATUS_WORDS, 'STATUS_WORDS'),
    ...Object.entries(PAGE_KIND_LABELS).flatMap(([kind, entry]) => [
      [`PAGE_KIND_LABELS.${kind}`, localized(entry.label)] as Sentence,
      ...(entry.ofDomain ? [[`PAGE_KIND_LABELS.${kind}.ofDomain`, localized(entry.ofDomain, { domain: V })] as Sentence] : []),
    ]),
    ...Object.entries(MESSAGE_SAMPLES).flatMap(([name, messages]) => Object.entries(messages).map(([key, text]): Sentence => [`${name}.${key}`, text])),
    ...tableSentences('uiText', uiText.table),
    ...tableSentences('fillPanelText', fillPanelText.table),
    ...tableSentences('checkText', checkText.table),
    ...tableSentences('shareText', shareText.table),
    ...tableSentences('laterText', laterText.table),
    ...tableSentences('captureGuideText', captureGuideText.table),
    ...tableSentences('pageAccessText', pageAccessText.table),
    ...tableSentences('optionsText', optionsText.table),
    ...tableSentences('badgeText', badgeText.table),
    ...tableSentences('cliText', cliText.table),
    ...tableSentences('statusCount', statusCount.table),
    ...tableSentences('REPORT_LABELS', REPORT_LABELS),
    ...help,
    ...problemsOfBadInput(),
    ...Object.entries(locales).map(([key, { message }]): Sentence => [`_locales.${key}`, { en: english[key]?.message ?? '', fr: message }]),
  ];
}


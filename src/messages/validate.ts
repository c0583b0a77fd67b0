import { captureFromJson } from '../capture/capture-shape.js';
import { panelReadingProblems, readingContextProblems } from '../capture/panel-reading-shape.js';
import { isWireTarget } from '../highlight/wire.js';
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { setupFromJson } from '../share/setup-shape.js';
import { RECORD_NOTATIONS } from '../sites/types.js';
import { optionsProblems } from '../storage/options.js';
import { hasOnlyKeys, isPlainObject, isShortString, isTabId } from './guards.js';
import { planOptionsProblems, progressProblems, runOptionsProblems } from '../fill/validate-messages.js';
import { isOvhPanelUrl } from './panel-hosts.js';
import type { Envelope, MessageType } from './types.js';

/** Who may send what: extension pages (popup, side panel, options) or content scripts in tabs. */
export type SenderKind = 'extension-page' | 'content-script';

interface MessageRule {
  from: readonly SenderKind[];
  /** For content scripts: the page addresses they may send this from (the sender's URL). */
  contentScriptUrl?: (url: string | undefined) => boolean;
  /** Problems with the payload (empty when it is well formed). */
  check(payload: Record<string, unknown>): string[];
}

const domainOnly = (payload: Record<string, unknown>): string[] =>
  hasOnlyKeys(payload, ['domain']) && isShortString(payload.domain, 253) && payload.domain !== '' ? [] : ['domain must be a non-empty name'];

const setupProblems = (value: unknown): string[] => {
  const parsed = setupFromJson(value);
  return parsed.ok ? [] : [parsed.problem.en];
};

/** A page's info as a content script reports it (`page-info`, or its answer to `read-page`); null is "no page". */
export function isPageInfo(value: unknown): boolean {
  if (value === null) return true;
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['adapterId', 'pageKind', 'domain', 'notation', 'serviceId'])) return false;
  return (
    isShortString(value.adapterId, 64) &&
    isShortString(value.pageKind, 64) &&
    (value.domain === undefined || isShortString(value.domain, 253)) &&
    (value.serviceId === undefined || isShortString(value.serviceId, 64)) &&
    (RECORD_NOTATIONS as readonly unknown[]).includes(value.notation)
  );
}

const PAGES = ['extension-page'] as const;

export const MESSAGE_RULES: Record<MessageType, MessageRule> = {
  'get-options': { from: PAGES, check: (p) => (hasOnlyKeys(p, []) ? [] : ['no payload expected']) },
  'set-options': {
    from: PAGES,
    check: (p) => (hasOnlyKeys(p, ['options']) ? optionsProblems(p.options).map((problem) => problem.en) : ['options expected']),
  },
  'get-setup': { from: PAGES, check: (p) => (Object.keys(p).length === 0 ? [] : domainOnly(p)) },
  'save-setup': { from: PAGES, check: (p) => (hasOnlyKeys(p, ['setup']) ? setupProblems(p.setup) : ['setup expected']) },
  'start-check': {
    from: PAGES,
    check: (p) =>
      hasOnlyKeys(p, ['setup', 'tabId']) && (p.tabId === undefined || isTabId(p.tabId))
        ? setupProblems(p.setup)
        : ['setup and optional tabId expected'],
  },
  'get-check': { from: PAGES, check: domainOnly },
  'get-tab-context': { from: PAGES, check: (p) => (hasOnlyKeys(p, ['tabId']) && isTabId(p.tabId) ? [] : ['tabId expected']) },
  'page-info': {
    from: ['content-script'],
    check: (p) => (hasOnlyKeys(p, ['page']) && isPageInfo(p.page) ? [] : ['page info expected']),
  },
  'fill-plan': {
    from: PAGES,
    check: (p) => (hasOnlyKeys(p, ['tabId', 'setup', 'options']) && isTabId(p.tabId) ? [...setupProblems(p.setup), ...planOptionsProblems(p.options)] : ['tabId, setup and options expected']),
  },
  'fill-run': {
    from: PAGES,
    check: (p) => (hasOnlyKeys(p, ['tabId', 'setup', 'options']) && isTabId(p.tabId) ? [...setupProblems(p.setup), ...runOptionsProblems(p.options)] : ['tabId, setup and options expected']),
  },
  'get-fill': { from: PAGES, check: (p) => (hasOnlyKeys(p, ['tabId']) && isTabId(p.tabId) ? [] : ['tabId expected']) },
  // Pasted or typed in our pages only: panel values arrive as a panel-reading, judged below.
  'capture': {
    from: PAGES,
    check: (p) => {
      if (!hasOnlyKeys(p, ['capture'])) return ['capture expected'];
      const parsed = captureFromJson(p.capture);
      return parsed.ok ? [] : [parsed.problem.en];
    },
  },
  'panel-reading': {
    from: ['content-script'],
    contentScriptUrl: isOvhPanelUrl,
    check: (p) => (hasOnlyKeys(p, ['reading', 'context']) ? [...panelReadingProblems(p.reading), ...readingContextProblems(p.context)] : ['reading and context expected']),
  },
  'get-capture': { from: PAGES, check: domainOnly },
  'show-highlight': {
    from: PAGES,
    check: (p) =>
      hasOnlyKeys(p, ['tabId', 'target', 'hint']) && isTabId(p.tabId) && isShortString(p.hint, 200) && (p.target === null || isWireTarget(p.target))
        ? []
        : ['tabId, target and hint expected'],
  },
  'get-page-badges': {
    from: PAGES,
    check: (p) => (hasOnlyKeys(p, ['tabId', 'domain']) && isTabId(p.tabId) && isShortString(p.domain, 253) ? [] : ['tabId and domain expected']),
  },
  'fill-progress': {
    from: ['content-script'],
    check: (p) => (hasOnlyKeys(p, ['progress']) ? progressProblems(p.progress) : ['progress expected']),
  },
};

/**
 * The envelope, when the message is one of ours, well formed, and allowed from this sender.
 * Everything else is refused with a sentence (a bug or a hostile page, never a user mistake).
 */
export function parseEnvelope(message: unknown, sender: SenderKind | null, senderUrl?: string): { ok: true; envelope: Envelope } | { ok: false; problem: Localized } {
  const refuse = (why: string) => ({
    ok: false as const,
    problem: localized({
      en: `The extension refused an internal message ({why}). Reload the extension; if it persists, report a bug.`,
      fr: `L’extension a refusé un message interne ({why}). Rechargez l’extension ; si cela persiste, signalez un bogue.`,
    }, { why }),
  });
  if (!sender) return refuse('unknown sender');
  if (!isPlainObject(message) || !hasOnlyKeys(message, ['type', 'payload'])) return refuse('not a message');
  const { type, payload } = message;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_RULES, type)) return refuse(`unknown type ${String(type).slice(0, 40)}`);
  const rule = MESSAGE_RULES[type as MessageType];
  if (!rule.from.includes(sender)) return refuse(`${type} not allowed from a ${sender}`);
  if (sender === 'content-script' && rule.contentScriptUrl && !rule.contentScriptUrl(senderUrl)) return refuse(`${type} not allowed from this page`);
  if (!isPlainObject(payload)) return refuse(`${type} without payload`);
  const problems = rule.check(payload);
  if (problems.length > 0) return refuse(`${type}: ${problems.join('; ')}`);
  return { ok: true, envelope: { type: type as MessageType, payload } as Envelope };
}

import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { hasOnlyKeys, isPlainObject } from '../lib/guards.js';
import { REQUESTS, type Declaration, type Envelope, type MessageType, type SenderKind } from './requests.js';

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
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) return refuse(`unknown type ${String(type).slice(0, 40)}`);
  const rule: Declaration = REQUESTS[type as MessageType];
  if (!rule.from.includes(sender)) return refuse(`${type} not allowed from a ${sender}`);
  if (sender === 'content-script' && rule.contentScriptUrl && !rule.contentScriptUrl(senderUrl)) return refuse(`${type} not allowed from this page`);
  if (!isPlainObject(payload)) return refuse(`${type} without payload`);
  const problems = rule.request.check(payload);
  if (problems.length > 0) return refuse(`${type}: ${problems.join('; ')}`);
  return { ok: true, envelope: { type: type as MessageType, payload } as Envelope };
}

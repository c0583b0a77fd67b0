import { toLocalized } from '../lib/user-error.js';
import { classifySender, type SenderLike } from '../messages/sender.js';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../messages/requests.js';
import { parseEnvelope } from '../messages/validate.js';

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: SenderLike) => Promise<ResponseOf<K>>;
};

/**
 * The background's one entry point for requests: checks the sender and the message, runs the
 * handler, and turns every failure into sentences (errors never cross the boundary as objects).
 */
export function createRouter(handlers: Handlers, identity: { id: string; origin: string }) {
  return async function route(message: unknown, sender: SenderLike): Promise<Reply> {
    const parsed = parseEnvelope(message, classifySender(sender, identity.id, identity.origin), sender.url);
    if (!parsed.ok) return { ok: false, error: parsed.problem };
    const { type, payload } = parsed.envelope;
    try {
      const handler = handlers[type] as (payload: unknown, sender: SenderLike) => Promise<unknown>;
      return { ok: true, value: (await handler(payload, sender)) as ResponseOf<MessageType> };
    } catch (error) {
      return { ok: false, error: toLocalized(error) };
    }
  };
}

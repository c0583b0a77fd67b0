import { answerExtension, notifyExtension } from '../ext/content-script.js';
import type { MessageType, RequestOf } from './requests.js';
import type { TabReplyOf, TabRequestOf, TabType } from './tab-requests.js';

/**
 * The content scripts' side of the messages, typed from the same declarations as the
 * background's (./requests.ts, ./tab-requests.ts). Types only come from there: the page reader
 * stays light.
 */
/** A handler that gives undefined does not answer: another script of the page may. */
export type TabHandlers = { [K in TabType]?: (request: TabRequestOf<K>) => TabReplyOf<K> | Promise<TabReplyOf<K>> | undefined };

/**
 * Answers the background's requests (the page's side of sendToTab): only those from the
 * extension itself, only the types it has handlers for (other listeners of the same page answer
 * theirs).
 */
export function onTabMessage(handlers: TabHandlers): void {
  answerExtension((message) => {
    const type = message.type;
    const handler = typeof type === 'string' && Object.hasOwn(handlers, type) ? (handlers[type as TabType] as (request: unknown) => unknown) : undefined;
    return handler?.(message);
  });
}

/** Tells the background something, expecting no answer (it may be starting up). */
export function tellBackground<K extends MessageType>(type: K, payload: RequestOf<K>): void {
  notifyExtension({ type, payload });
}

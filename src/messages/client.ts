import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { extensionApi } from '../ext/browser.js';
import type { MessageType, Reply, RequestOf, ResponseOf } from './requests.js';

/** A refusal from the background, carrying its sentences for the UI. */
export class MessageError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** Sends one request to the background and returns its typed answer, or throws MessageError. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  let reply: Reply<K> | undefined;
  try {
    reply = (await extensionApi().runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  } catch (error) {
    throw new MessageError(localized({
      en: `The extension's background did not answer ({error}). Close and reopen this panel.`,
      fr: `L’arrière-plan de l’extension n’a pas répondu ({error}). Fermez et rouvrez ce panneau.`,
    }, { error: String(error) }));
  }
  if (!reply) {
    throw new MessageError(localized({
      en: 'The extension’s background gave no answer. Close and reopen this panel.',
      fr: 'L’arrière-plan de l’extension n’a rien répondu. Fermez et rouvrez ce panneau.',
    }));
  }
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

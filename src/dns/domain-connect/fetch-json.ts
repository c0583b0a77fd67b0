import { LocalizedError } from '../../lib/localized-error.js';
import { BodyTooBig, readCapped } from '../read-capped.js';
import { domainConnectMessages as say } from './messages.js';

export type JsonReply = { status: 'ok'; body: unknown } | { status: 'not-found' };

/**
 * GET a Domain Connect URL: no redirect followed (a 3xx is an error), at most `maxBytes`, within
 * `timeoutMs` even when the server trickles. 404 is an answer (the provider does not hold the
 * zone, or the template); every other failure throws a LocalizedError.
 */
export async function getJson(url: string, options: { fetch: typeof fetch; timeoutMs: number; maxBytes: number }): Promise<JsonReply> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LocalizedError(say.timedOut(options.timeoutMs)));
    }, options.timeoutMs);
  });
  try {
    return await Promise.race([exchange(url, options, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function exchange(url: string, options: { fetch: typeof fetch; maxBytes: number }, signal: AbortSignal): Promise<JsonReply> {
  const fetchFn = options.fetch;
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'GET', headers: { accept: 'application/json' }, redirect: 'manual', signal, credentials: 'omit' });
  } catch (error) {
    throw new LocalizedError(say.unreachable(error instanceof Error ? error.message : String(error)), { cause: error });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel().catch(() => undefined);
    throw new LocalizedError(say.redirected());
  }
  if (response.status === 404) {
    await response.body?.cancel().catch(() => undefined);
    return { status: 'not-found' };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    throw new LocalizedError(say.httpStatus(response.status));
  }
  try {
    const bytes = await readCapped(response, options.maxBytes);
    return { status: 'ok', body: bytes.length === 0 ? null : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    if (error instanceof BodyTooBig) throw new LocalizedError(say.badBody(`more than ${options.maxBytes} bytes`));
    if (error instanceof SyntaxError || error instanceof TypeError) throw new LocalizedError(say.badBody('not JSON'));
    throw new LocalizedError(say.unreachable(error instanceof Error ? error.message : String(error)), { cause: error });
  }
}

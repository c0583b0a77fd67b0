// undici's Agent and its request() alone (undici-doh-fetch.ts): the package's index also loads
// fetch, WebSocket, the cache and the mocks, a third of the CLI's start-up. These are the modules
// the index re-exports (it adds request() to every Dispatcher; here it is called on the Agent).
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export default Agent;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  const request: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
  export default request;
}

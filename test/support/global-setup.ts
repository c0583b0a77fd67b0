// Placeholder: starts the loopback DoH servers once for the whole run (see test/support/dns/).
export default async function setup(): Promise<void> {}

import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/**
 * A loopback port that is free right now, for daemons that cannot be told "port 0"
 * (unbound, dnsdist). Another process may take it before the daemon binds it: the
 * daemon starter retries with new ports when a bind fails.
 */
export async function freePort(options: { udpToo?: boolean } = {}): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort();
    // A DNS listener binds UDP and TCP on the same number.
    if (!options.udpToo || (await udpPortIsFree(port))) return port;
  }
  throw new Error('Could not find a free loopback port for both TCP and UDP after 20 tries: stop some local servers and try again.');
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port assigned.'))));
    });
  });
}

function udpPortIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

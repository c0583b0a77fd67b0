import { createSocket } from 'node:dgram';
import { isIPv6, Socket } from 'node:net';
import type { DnsTransport, ServerAddress } from '../dns/authoritative/transport.js';

/**
 * The name servers' transport on Node sockets (RFC 1035 §4.2): one UDP socket per query, so a
 * reply can only come to the port that asked; TCP with the 2-byte length prefix. A message is at
 * most 65,535 bytes either way, so nothing here can grow past that.
 */
export const nodeDnsTransport: DnsTransport = {
  exchange(message, server, protocol, signal) {
    if (signal.aborted) return Promise.reject(signal.reason);
    return protocol === 'udp' ? overUdp(message, server, signal) : overTcp(message, server, signal);
  },
};

type Settle = (settle: () => void) => void;

/**
 * One query's promise, settled once by whatever comes first (the answer, an error, the signal),
 * the socket released at that moment so a late datagram or a slow close changes nothing.
 */
function settledOnce(signal: AbortSignal, release: () => void, start: (done: Settle, resolve: (reply: Uint8Array) => void, reject: (error: unknown) => void) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done: Settle = (settle) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      release();
      settle();
    };
    const onAbort = () => done(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    start(done, resolve, reject);
  });
}

function overUdp(message: Uint8Array, server: ServerAddress, signal: AbortSignal): Promise<Uint8Array> {
  const socket = createSocket(isIPv6(server.ip) ? 'udp6' : 'udp4');
  return settledOnce(signal, () => socket.close(), (done, resolve, reject) => {
    socket.on('error', (error) => done(() => reject(error)));
    socket.on('message', (reply, from) => {
      // Only the server asked may answer; a datagram from elsewhere is ignored.
      if (from.address === server.ip && from.port === server.port) done(() => resolve(new Uint8Array(reply)));
    });
    socket.send(message, server.port, server.ip, (error) => error && done(() => reject(error)));
  });
}

function overTcp(message: Uint8Array, server: ServerAddress, signal: AbortSignal): Promise<Uint8Array> {
  const socket = new Socket();
  let received = Buffer.alloc(0);
  return settledOnce(signal, () => socket.destroy(), (done, resolve, reject) => {
    socket.on('error', (error) => done(() => reject(error)));
    socket.on('close', () => done(() => reject(new Error('the connection closed before the whole answer came'))));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const length = received.readUInt16BE(0);
      if (received.length >= 2 + length) done(() => resolve(new Uint8Array(received.subarray(2, 2 + length))));
    });
    socket.connect(server.port, server.ip, () => {
      const prefix = Buffer.alloc(2);
      prefix.writeUInt16BE(message.length);
      socket.write(Buffer.concat([prefix, message]));
    });
  });
}

/**
 * A TCP proxy in front of a shared service (PostgreSQL, Redis) that a test can break without
 * touching the service itself: `refuse()` closes every connection and refuses new ones (the
 * service is down), `freeze()` keeps connections open but holds every byte (the service hangs,
 * like SIGSTOP), `kill()` drops every open connection once (the service restarted), `heal()`
 * delivers what was held, in order (SIGCONT), and forwards again.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'refuse' | 'freeze';

export interface FaultProxy {
  /** `host:port` clients connect to. */
  readonly port: number;
  /** The URL of the service with its host and port replaced by the proxy's. */
  url(serviceUrl: string): string;
  refuse(): void;
  freeze(): void;
  kill(): void;
  heal(): void;
  readonly mode: FaultMode;
  close(): Promise<void>;
}

interface Pair {
  readonly client: Socket;
  readonly upstream: Socket;
  /** Bytes held while frozen, per direction, delivered by heal(). */
  readonly held: (() => void)[];
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let mode: FaultMode = 'pass';
  const pairs = new Set<Pair>();
  const destroyAll = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  const server: Server = createServer(client => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair: Pair = { client, upstream, held: [] };
    pairs.add(pair);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', chunk => {
        if (mode === 'pass' && pair.held.length === 0) to.write(chunk);
        else pair.held.push(() => to.write(chunk));
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  const port = address.port;
  return {
    port,
    url: serviceUrl => {
      const parsed = new URL(serviceUrl);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    refuse: () => {
      mode = 'refuse';
      destroyAll();
    },
    freeze: () => {
      mode = 'freeze';
    },
    kill: destroyAll,
    heal: () => {
      mode = 'pass';
      for (const pair of pairs) {
        for (const deliver of pair.held.splice(0)) deliver();
      }
    },
    get mode() {
      return mode;
    },
    close: async () => {
      destroyAll();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}

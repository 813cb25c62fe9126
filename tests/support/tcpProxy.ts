import net from 'node:net';

/**
 * A loopback TCP proxy in front of a server (the bot server, or PostgreSQL). Cutting its
 * connections is a real network drop as the client sees it, and stalling them is a peer that has
 * gone silent (a hung database host, a lost route), without any test-only hook in the code under test.
 */
export class TcpProxy {
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket | null }>();
  private readonly server: net.Server;
  private stalled = false;
  port = 0;

  constructor(private targetPort: number) {
    this.server = net.createServer((client) => {
      client.on('error', () => client.destroy());
      const pair: { client: net.Socket; upstream: net.Socket | null } = { client, upstream: null };
      this.pairs.add(pair);
      client.on('close', () => {
        this.pairs.delete(pair);
        pair.upstream?.destroy();
      });
      // A stalled peer accepts the connection and then never answers.
      if (this.stalled) return;
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      pair.upstream = upstream;
      upstream.on('error', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** New connections go to `port` from now on (a load balancer taking a dead instance out). */
  retarget(port: number): void {
    this.targetPort = port;
  }

  dropAll(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream?.destroy();
    }
  }

  /** Stops forwarding in both directions on every connection, open and new, until resume(). */
  stall(): void {
    this.stalled = true;
    for (const { client, upstream } of this.pairs) {
      client.unpipe();
      upstream?.unpipe();
    }
  }

  /** Forwards again on connections still open and on new ones. */
  resume(): void {
    this.stalled = false;
    for (const { client, upstream } of this.pairs) {
      if (!upstream) continue;
      client.pipe(upstream);
      upstream.pipe(client);
    }
  }

  async stop(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

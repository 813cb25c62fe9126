/**
 * Asks `/healthz` every 20 ms for a number of seconds from a process of its own, then prints one
 * JSON line with the latencies in ms. The bench's flood runs in the bench's own process: its
 * 1,000+ answers a second, their parsing and their garbage collection delay that process's timers
 * and reads, so a probe there also measures the client. Before it starts timing, it asks once
 * untimed and prints "ready": a fresh process's first request (its HTTP client's code loaded and
 * compiled, its connection opened) took 17–40 ms against an idle trivial server, which is the
 * probe's own start, not the server's answer. The bench starts the flood after "ready".
 * Usage: healthProbe <url> <seconds>.
 */
import http from 'node:http';

async function main(): Promise<void> {
  const [url, seconds] = process.argv.slice(2);
  if (!url || !seconds) throw new Error('usage: healthProbe <url> <seconds>');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await get(`${url}/healthz`, agent);
  process.stdout.write('ready\n');
  const latencies: number[] = [];
  const until = Date.now() + Number(seconds) * 1000;
  while (Date.now() < until) {
    const started = performance.now();
    await get(`${url}/healthz`, agent);
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ latencies })}\n`);
}

function get(target: string, agent: http.Agent): Promise<void> {
  return new Promise<void>((resolve) => {
    const req = http.get(target, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', () => resolve());
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

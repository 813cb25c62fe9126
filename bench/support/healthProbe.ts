/**
 * Asks `/healthz` every 20 ms for a number of seconds from a process of its own, then prints one
 * JSON line with the latencies in ms. The bench's flood runs in the bench's own process: its
 * 1,000+ answers a second, their parsing and their garbage collection delay that process's timers
 * and reads, so a probe there also measures the client. Usage: healthProbe <url> <seconds>.
 */
import http from 'node:http';

async function main(): Promise<void> {
  const [url, seconds] = process.argv.slice(2);
  if (!url || !seconds) throw new Error('usage: healthProbe <url> <seconds>');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  const until = Date.now() + Number(seconds) * 1000;
  while (Date.now() < until) {
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const req = http.get(`${url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', () => resolve());
    });
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ latencies })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

/** A graceful stop of the web host: the port closes at once and running requests finish. */
import net from 'node:net';
import { createWebHost } from '../../../src/http/webHost';
import { createLogger } from '../../../src/log';

it('stops listening at once and lets a running request finish before it resolves', async () => {
  const web = createWebHost(createLogger('silent'));
  let release: () => void = () => undefined;
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  web.server.get('/slow', async (_req, res) => {
    started();
    await new Promise<void>((resolve) => (release = resolve));
    res.json({ done: true });
  });
  const port = await web.listen(0, '127.0.0.1');
  const slow = fetch(`http://127.0.0.1:${port}/slow`);
  await running;
  const drained = web.drain(5_000);
  const refused = await new Promise<boolean>((resolve) => {
    const probe = net.connect(port, '127.0.0.1');
    probe.on('connect', () => (probe.destroy(), resolve(false)));
    probe.on('error', () => resolve(true));
  });
  expect(refused).toBe(true);
  release();
  const answer = await slow;
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ done: true });
  await drained;
  await web.close();
});

/** The upgrade guards every WebSocket endpoint shares: one socket count, one origin rule, one address rule. */
import type { IncomingMessage } from 'node:http';
import { createWebHost } from '../../../src/http/webHost';
import { createLogger } from '../../../src/log';

function upgrade(headers: Record<string, string>): IncomingMessage {
  return { headers, socket: { remoteAddress: '10.0.0.7' } } as unknown as IncomingMessage;
}

const policy = (trustProxy: boolean) => ({ allowedHosts: ['chat.example.nl'], publicUrl: 'https://chat.example.nl', trustProxy });

it('believes X-Forwarded-For only behind a trusted proxy, as the HTTP routes do', async () => {
  const behindProxy = createWebHost(createLogger('silent'), policy(true));
  const direct = createWebHost(createLogger('silent'), policy(false));
  const req = upgrade({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' });
  expect(behindProxy.upgradeGuards.clientAddress(req)).toBe('203.0.113.9');
  expect(direct.upgradeGuards.clientAddress(req)).toBe('10.0.0.7');
  await Promise.all([behindProxy.close(), direct.close()]);
});

it('refuses an upgrade from a page on another site and counts sockets once for every endpoint', async () => {
  const web = createWebHost(createLogger('silent'), policy(false));
  expect(web.upgradeGuards.originAllowed(upgrade({ origin: 'https://chat.example.nl' }))).toBe(true);
  expect(web.upgradeGuards.originAllowed(upgrade({ origin: 'https://evil.example' }))).toBe(false);
  const first = web.upgradeGuards.sockets.acquire('addr:10.0.0.7', 1);
  expect(first).not.toBeNull();
  expect(web.upgradeGuards.sockets.acquire('addr:10.0.0.7', 1)).toBeNull();
  await web.close();
});

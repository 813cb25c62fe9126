import type { Server } from 'restify';
import type { Store } from '../store/ports';

/** GET /healthz: 200 when the store answers, 503 with the reason when it does not. */
export function registerHealth(server: Server, deps: { store: Store; recognizer: string }): void {
  server.get('/healthz', async (_req, res) => {
    const store = await deps.store.health();
    res.status(store.ok ? 200 : 503);
    res.json({ status: store.ok ? 'ok' : 'unavailable', store, recognizer: deps.recognizer });
  });
}

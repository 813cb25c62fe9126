/**
 * The server hashes staff passwords at the cost it is started with: at its default it raises an
 * account stored at a lower cost on the next sign-in; started with a cost (as in-process test
 * starts are), it keeps accounts at that cost and signs in without hashing again.
 */
import { addStaff, Staff } from '../handoff/harness';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';
import type { AppDeps } from '../../../src/main';

async function storedCost(server: TestServer, username: string): Promise<number> {
  const user = await server.store.staff.getByUsername(username);
  return Number(user!.passwordHash.split('$')[1]);
}

async function signInOnce(deps: AppDeps): Promise<{ before: number; after: number }> {
  const server = await startTestServer({ deps });
  try {
    const id = await addStaff(server, 'kees_b', 'counsellor', 'Kees');
    const before = await storedCost(server, 'kees_b');
    await Staff.login(server.url, 'kees_b', id);
    return { before, after: await storedCost(server, 'kees_b') };
  } finally {
    await server.stop();
    removeDir(server.dataDir);
  }
}

it('keeps the cost it was started with', async () => {
  expect(await signInOnce({})).toEqual({ before: 2 ** 10, after: 2 ** 10 });
});

it('raises a cheaper hash to its default cost on sign-in when started without one', async () => {
  expect(await signInOnce({ scryptCost: undefined })).toEqual({ before: 2 ** 10, after: 2 ** 15 });
});

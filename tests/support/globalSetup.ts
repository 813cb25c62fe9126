/**
 * Builds the browser bundles once before any test runs, so every jest run (the whole suite or one
 * file) serves the page scripts of the code under test, never a stale build. Also finds out once
 * whether PostgreSQL is there for the PostgreSQL tests (and fails the run in CI when it is not).
 */
import { buildBrowserBundles } from '../../src/web/bundle/bundles';
import { bundleDir } from '../../src/web/citizen/staticAssets';
import { projectRoot } from '../../src/paths';
import { probePostgres } from './postgres';

export default async function globalSetup(): Promise<void> {
  const root = projectRoot();
  await buildBrowserBundles({ root, outDir: bundleDir(root) });
  await probePostgres();
}

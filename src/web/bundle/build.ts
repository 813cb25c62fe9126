/** `npm run build:web`: writes the page scripts to dist/web/ (see bundles.ts). */
import { projectRoot } from '../../paths';
import { bundleDir } from '../citizen/staticAssets';
import { buildBrowserBundles } from './bundles';

async function main(): Promise<void> {
  const root = projectRoot();
  const built = await buildBrowserBundles({ root, outDir: bundleDir(root) });
  process.stdout.write(`${JSON.stringify({ event: 'browser_bundles_built', bundles: built })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ event: 'browser_bundles_failed', message: err instanceof Error ? err.message : String(err) })}\n`,
  );
  process.exitCode = 1;
});

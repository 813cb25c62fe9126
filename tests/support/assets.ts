import { StaticAssets } from '../../src/web/citizen/staticAssets';

let shared: StaticAssets | undefined;

/**
 * The pages' static files, read and compressed once per test worker: brotli at its best setting is
 * the costly part of a start, and the files do not change while tests run.
 */
export function testAssets(): StaticAssets {
  shared ??= StaticAssets.load();
  return shared;
}

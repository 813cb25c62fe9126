/**
 * Finds the browser bundle of the installed botframework-webchat package, so the page loads the
 * widget from this server (no CDN) at exactly the version in package-lock.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const PACKAGE = 'botframework-webchat';
const packageJson = z.object({ name: z.string(), version: z.string() });

function readPackageJson(dir: string): z.infer<typeof packageJson> | null {
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) return null;
  const parsed = packageJson.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

export interface WebChatBundle {
  file: string;
  version: string;
  size: number;
}

/** The package's folder; its `exports` may hide package.json, so fall back to walking up. */
export function webChatPackageDir(resolve: (id: string) => string = require.resolve): string {
  try {
    return path.dirname(resolve(`${PACKAGE}/package.json`));
  } catch {
    let dir = path.dirname(resolve(PACKAGE));
    for (;;) {
      if (readPackageJson(dir)?.name === PACKAGE) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`Cannot find the ${PACKAGE} package folder.`);
      dir = parent;
    }
  }
}

export function findWebChatBundle(packageDir: string = webChatPackageDir()): WebChatBundle {
  const file = path.join(packageDir, 'dist', 'webchat.js');
  const version = readPackageJson(packageDir)?.version ?? 'unknown';
  return { file, version, size: fs.statSync(file).size };
}

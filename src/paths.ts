import fs from 'node:fs';
import path from 'node:path';

/** The project folder (the one holding package.json and locales/), from source or compiled code. */
export function projectRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'locales'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the project folder (package.json with locales/).');
    dir = parent;
  }
}

import fs from 'node:fs';

/** The names of this process's threads, as the operating system shows them (Linux: /proc). */
export function threadNames(): string[] {
  return fs.readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      return [fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim()];
    } catch {
      return []; // ended between the listing and the read
    }
  });
}

/** Whether threads show their names there (not on macOS or Windows). */
export const threadNamesShown = process.platform === 'linux' && fs.existsSync('/proc/thread-self');

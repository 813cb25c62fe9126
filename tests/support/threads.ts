import fs from 'node:fs';

/**
 * The names of this process's threads, as the operating system shows them (Linux: /proc). Where
 * no /proc shows them (macOS, Windows) the list is empty: no thread can be seen by its name there.
 */
export function threadNames(): string[] {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  return tids.flatMap((tid) => {
    try {
      return [fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim()];
    } catch {
      return []; // ended between the listing and the read
    }
  });
}

/**
 * Whether a thread here can name itself the way `src/threads/threadName.ts` does: tried, not
 * guessed from the platform, by writing this thread's own name back unchanged. A Linux without
 * /proc/thread-self (before 3.17) or a sandbox that refuses the write answers false, as macOS and
 * Windows do; the tests then prove that the threads work unnamed instead of that they are named.
 */
function probeThreadNaming(): boolean {
  try {
    const own = fs.readFileSync('/proc/thread-self/comm', 'utf8').trim();
    fs.writeFileSync('/proc/thread-self/comm', own);
    return true;
  } catch {
    return false;
  }
}

export const threadNamesShown = probeThreadNaming();

import fs from 'node:fs';

/**
 * Names this thread for the operating system (Linux: `top -H`, `ps -L`, /proc/PID/task/TID/comm),
 * so its CPU time can be told apart from the event loop's and V8's helper threads' (all "node").
 * Elsewhere, or without /proc, the thread keeps its name: nothing depends on it. At most 15
 * characters on Linux.
 */
export function nameThread(name: string): void {
  try {
    fs.writeFileSync('/proc/thread-self/comm', name);
  } catch {
    // Not Linux or no /proc: only diagnostics lose the name.
  }
}

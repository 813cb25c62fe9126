/**
 * Tells whoever holds something open for a staff session (the console's live feed) that the
 * session ended, or every session of a user did (account disabled, password changed), so it can
 * close at once instead of at its next check.
 */
export type SessionEnding = { kind: 'session'; sessionKey: string } | { kind: 'user'; userId: string };

export class SessionEndings {
  private readonly listeners = new Set<(ending: SessionEnding) => void>();

  subscribe(listener: (ending: SessionEnding) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(ending: SessionEnding): void {
    for (const listener of [...this.listeners]) listener(ending);
  }
}

/**
 * Keyboard shortcuts for the common actions. Alt plus a letter, read from the physical key
 * (`code`), so they work on any keyboard layout and on a Mac, where Option types special
 * characters. The page lists them (console.shortcuts.*); this table is the one place that binds them.
 */
export type ShortcutAction = 'acceptNext' | 'send' | 'close' | 'transfer' | 'compose' | { chat: number };

export interface KeyLike {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}

/** Alt + key code → action. Listed in the page in this order. */
export const SHORTCUTS: readonly { code: string; action: Exclude<ShortcutAction, { chat: number }> }[] = [
  { code: 'KeyN', action: 'acceptNext' },
  { code: 'KeyS', action: 'send' },
  { code: 'KeyM', action: 'compose' },
  { code: 'KeyO', action: 'transfer' },
  { code: 'KeyA', action: 'close' },
];

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const digit = /^Digit([1-9])$/.exec(event.code);
  if (digit) return { chat: Number(digit[1]) };
  return SHORTCUTS.find((s) => s.code === event.code)?.action ?? null;
}

/** "Alt+N" for the list in the page. */
export function keyLabel(code: string): string {
  return `Alt+${code.replace(/^Key|^Digit/, '')}`;
}

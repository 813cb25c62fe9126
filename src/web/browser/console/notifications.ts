/**
 * Sound and a system notification for a new or acute chat while the console is in the
 * background. Both are opt-in, per counsellor, and remembered in this browser (localStorage,
 * keyed by username: no personal data, only two switches). The notification names the kind of
 * chat and its code, never what the citizen wrote.
 */
import * as z from 'zod/mini';

export type AlertKind = 'new' | 'acute';

const prefsSchema = z.object({ sound: z.catch(z.boolean(), false), notify: z.catch(z.boolean(), false) });
export type AlertPrefs = z.infer<typeof prefsSchema>;
export const NO_ALERTS: AlertPrefs = { sound: false, notify: false };

export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function key(username: string): string {
  return `helpline.console.alerts.${username.toLowerCase()}`;
}

export function loadPrefs(storage: PrefsStorage | null, username: string): AlertPrefs {
  try {
    const raw = storage?.getItem(key(username));
    if (!raw) return NO_ALERTS;
    const parsed = prefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : NO_ALERTS;
  } catch {
    return NO_ALERTS;
  }
}

export function savePrefs(storage: PrefsStorage | null, username: string, prefs: AlertPrefs): void {
  try {
    storage?.setItem(key(username), JSON.stringify(prefs));
  } catch {
    // Storage may be full or blocked; the switch then holds for this visit only.
  }
}

/** What to do for an alert: nothing while the counsellor looks at the console, else what they chose. */
export function alertPlan(prefs: AlertPrefs, inBackground: boolean, notificationsAllowed: boolean): { sound: boolean; notify: boolean } {
  if (!inBackground) return { sound: false, notify: false };
  return { sound: prefs.sound, notify: prefs.notify && notificationsAllowed };
}

/** Conversation ids in `now` that were not in `before`: chats that joined the queue. */
export function newArrivals(before: ReadonlySet<string>, now: readonly { conversationId: string }[]): string[] {
  return now.map((item) => item.conversationId).filter((id) => !before.has(id));
}

/** Two short tones for a new chat, three higher ones for danger; made with Web Audio (no file to load). */
export function playTone(kind: AlertKind): void {
  const Context = window.AudioContext;
  if (typeof Context !== 'function') return;
  try {
    const audio = new Context();
    const beeps = kind === 'acute' ? 3 : 2;
    const frequency = kind === 'acute' ? 880 : 660;
    for (let i = 0; i < beeps; i++) {
      const start = audio.currentTime + i * 0.25;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.18);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.2);
    }
    window.setTimeout(() => void audio.close(), beeps * 250 + 300);
  } catch {
    // No audio device: the visible alert and the title still tell.
  }
}

export interface AlertMessage {
  kind: AlertKind;
  /** Groups notifications: a second one for the same chat replaces the first. */
  tag: string;
  title: string;
  body: string;
}

export class BackgroundAlerts {
  private prefs: AlertPrefs = NO_ALERTS;
  private username: string | null = null;

  constructor(
    private readonly storage: PrefsStorage | null,
    private readonly inBackground: () => boolean,
  ) {}

  signIn(username: string): AlertPrefs {
    this.username = username;
    this.prefs = loadPrefs(this.storage, username);
    return this.prefs;
  }

  signOut(): void {
    this.username = null;
    this.prefs = NO_ALERTS;
  }

  current(): AlertPrefs {
    return this.prefs;
  }

  set(prefs: AlertPrefs): void {
    this.prefs = prefs;
    if (this.username) savePrefs(this.storage, this.username, prefs);
  }

  /** Asks the browser for permission; false when the counsellor or the browser says no. */
  async allowNotifications(): Promise<boolean> {
    if (typeof Notification !== 'function') return false;
    if (Notification.permission === 'granted') return true;
    if (Notification.permission === 'denied') return false;
    return (await Notification.requestPermission()) === 'granted';
  }

  alert(message: AlertMessage): void {
    const allowed = typeof Notification === 'function' && Notification.permission === 'granted';
    const plan = alertPlan(this.prefs, this.inBackground(), allowed);
    if (plan.sound) playTone(message.kind);
    if (plan.notify) {
      try {
        const shown = new Notification(message.title, { body: message.body, tag: message.tag });
        shown.onclick = () => {
          window.focus();
          shown.close();
        };
      } catch {
        // Some browsers only allow notifications from a service worker; the sound still plays.
      }
    }
  }
}

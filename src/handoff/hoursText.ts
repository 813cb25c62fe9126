/**
 * The counsellors' chat hours in words, for the texts that tell a citizen when a person can chat.
 * Built from the configured weekly hours (HANDOFF_OPENING_HOURS) so a region that chats on Saturday,
 * or in the evening, is never told "on working days" by a fixed sentence.
 */
import { SUPPORTED_LOCALES, type Catalog, type Locale, type Params } from '../i18n/catalog';
import type { WeeklyWindow } from './openingHours';

/** One language's words (locale keys `chatHours.*`). */
export interface HoursLanguage {
  t(key: string, params?: Params): string;
  list(key: string): string[];
}

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];
// Monday first, as people read a week; Sunday (0 in Date.getDay) last.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function describeOpeningHours(windows: readonly WeeklyWindow[], say: HoursLanguage): string {
  const dayNames = say.list('chatHours.days');
  if (dayNames.length !== 7) throw new Error('chatHours.days must name seven days, Sunday first');
  const clock = (minutes: number) =>
    `${Math.floor(minutes / 60)}${say.t('chatHours.timeSeparator')}${String(minutes % 60).padStart(2, '0')}`;
  return joinList(
    windows.map((w) => say.t('chatHours.window', { days: dayPhrase(w.days, dayNames, say), from: clock(w.from), to: clock(w.to) })),
    say,
  );
}

function dayPhrase(days: ReadonlySet<number>, names: readonly string[], say: HoursLanguage): string {
  if (days.size === 7) return say.t('chatHours.everyDay');
  if (days.size === MONDAY_TO_FRIDAY.length && MONDAY_TO_FRIDAY.every((d) => days.has(d))) return say.t('chatHours.workdays');
  const runs: number[][] = [];
  for (const d of WEEK_ORDER.filter((day) => days.has(day))) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run !== undefined && previous !== undefined && (previous + 1) % 7 === d) run.push(d);
    else runs.push([d]);
  }
  // A run over the week's end ("fri-mon") is one run, told from its first day.
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first !== undefined && last !== undefined && first[0] === 1 && last[last.length - 1] === 0) {
    runs.splice(0, 1, [...last, ...first]);
    runs.pop();
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [say.t('chatHours.dayRun', { first: names[run[0]!]!, last: names[run[run.length - 1]!]! })]
      : run.map((d) => names[d]!),
  );
  return say.t('chatHours.onDays', { days: joinList(parts, say) });
}

function joinList(parts: readonly string[], say: HoursLanguage): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${say.t('chatHours.and')} ${parts[parts.length - 1]!}`;
}

/**
 * The placeholders every citizen text may use whatever the dialog (`{chatHours}`), per locale:
 * made once at start, since the hours come from config.
 */
export function standingParams(catalog: Pick<Catalog, 't' | 'list'>, windows: readonly WeeklyWindow[]): Record<Locale, Params> {
  const out = {} as Record<Locale, Params>;
  for (const locale of SUPPORTED_LOCALES) {
    out[locale] = {
      chatHours: describeOpeningHours(windows, {
        t: (key, params) => catalog.t(locale, key, params),
        list: (key) => catalog.list(locale, key),
      }),
    };
  }
  return out;
}

/** Dates and times for staff, always on the Amsterdam clock (where the helpline works). */
const ZONE = 'Europe/Amsterdam';

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function clockTime(iso: string, intlLocale: string): string {
  const date = valid(iso);
  return date ? date.toLocaleTimeString(intlLocale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }) : '';
}

export function dateTime(iso: string, intlLocale: string): string {
  const date = valid(iso);
  return date
    ? date.toLocaleString(intlLocale, {
        timeZone: ZONE,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
}

export function longDay(iso: string, intlLocale: string): string {
  const date = valid(iso);
  return date ? date.toLocaleDateString(intlLocale, { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }) : '';
}

/**
 * Texts for the review and admin pages and the case-file export. Page texts live in
 * locales/<lang>/review.json; the names of forms, signals, outcomes and triage answers are the
 * console's (console.labels.*), so a form is called the same everywhere. Review-only labels
 * (QA flags, "no outcome") live under review.labels.* and win over the console's.
 */
import type { Catalog, Locale } from '../../i18n/catalog';

const REVIEW = 'review.';
const SHARED_LABELS = 'console.labels.';

/** Every review.* text plus the shared labels, flattened ("list.heading": "…", "labels.forms.x": "…"). */
export function reviewTexts(catalog: Catalog, locale: Locale): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of catalog.keys(locale)) {
    if (key.startsWith(SHARED_LABELS)) texts[`labels.${key.slice(SHARED_LABELS.length)}`] ??= text(catalog, locale, key);
  }
  for (const key of catalog.keys(locale)) {
    if (key.startsWith(REVIEW)) texts[key.slice(REVIEW.length)] = text(catalog, locale, key);
  }
  return texts;
}

function text(catalog: Catalog, locale: Locale, key: string): string {
  try {
    return catalog.t(locale, key);
  } catch {
    return catalog.list(locale, key).join(', ');
  }
}

/** A label for an id in a group (forms, outcomes, signals, …); the id itself when none is known. */
export function labelFor(catalog: Catalog, locale: Locale, group: string, id: string): string {
  for (const key of [`review.labels.${group}.${id}`, `console.labels.${group}.${id}`]) {
    if (catalog.has(locale, key)) return catalog.t(locale, key);
  }
  return id;
}

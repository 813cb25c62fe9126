import type { Response } from 'restify';
import type { Locale } from '../i18n/catalog';

/** `?lang=en` or `?lang=nl` picks the page language; anything else gets the default. */
export function localeFromQuery(url: string | undefined, fallback: Locale): Locale {
  const lang = new URL(url ?? '/', 'http://localhost').searchParams.get('lang');
  return lang === 'en' || lang === 'nl' ? lang : fallback;
}

/**
 * Sends a rendered page that must never be cached (it may hold a nonce and, for staff, data).
 * Staff pages have no business in search engines, even when the server is reachable.
 */
export function sendHtmlPage(res: Response, locale: Locale, body: string, options: { noindex?: boolean } = {}): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Language', locale);
  if (options.noindex) res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.sendRaw(200, body, { 'Content-Type': 'text/html; charset=utf-8' });
}

/**
 * The console's browser scripts get their texts from the page itself: every `console.*` string
 * of one locale, flattened ("queue.heading": "Wachtrij"), as a JSON data block. The canned
 * replies are left out; the console asks the API for them in the language of each chat.
 */
import type { Catalog, Locale } from '../../i18n/catalog';
import { SafeHtml } from '../citizen/html';

const PREFIX = 'console.';
const LEFT_OUT = new Set(['console.canned']);

export function consoleTexts(catalog: Catalog, locale: Locale): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of catalog.keys(locale)) {
    if (!key.startsWith(PREFIX) || LEFT_OUT.has(key)) continue;
    texts[key.slice(PREFIX.length)] = catalog.t(locale, key);
  }
  return texts;
}

/**
 * JSON that is safe inside `<script type="application/json">`: no `<` (so no `</script>` or
 * `<!--`), no `>` or `&`, and no line separators that older parsers treat as line ends.
 */
export function jsonForScriptBlock(value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new SafeHtml(json);
}

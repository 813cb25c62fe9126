/**
 * The staff pages' texts. The server renders every text of one locale into a JSON data block
 * (`<script type="application/json">`), so no sentence lives in the scripts; this reads that
 * block and fills in {placeholders}. A missing text shows its key, which a test or a reviewer
 * notices, instead of breaking the page.
 */
import * as z from 'zod/mini';

export type TextParams = Readonly<Record<string, string | number>>;

const tableSchema = z.record(z.string(), z.string());

/** `template` with each {name} replaced by its parameter; unknown names stay as written. */
export function fillTemplate(template: string, params?: TextParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export class Texts {
  constructor(
    private readonly table: Readonly<Record<string, string>>,
    /** 'nl' or 'en': picks the date and number formats. */
    readonly locale: 'nl' | 'en',
  ) {}

  /** The texts in the data block with id `blockId`; an unreadable block gives an empty table. */
  static fromPage(doc: Document, blockId: string): Texts {
    const locale = doc.documentElement.lang === 'en' ? 'en' : 'nl';
    let parsed: unknown = {};
    try {
      parsed = JSON.parse(doc.getElementById(blockId)?.textContent || '{}');
    } catch {
      parsed = {};
    }
    const table = tableSchema.safeParse(parsed);
    return new Texts(table.success ? table.data : {}, locale);
  }

  has(key: string): boolean {
    return typeof this.table[key] === 'string';
  }

  t(key: string, params?: TextParams): string {
    const value = this.table[key];
    return typeof value === 'string' ? fillTemplate(value, params) : key;
  }

  /** The label of an id in a group (form, signal, role, outcome, …); the id itself when unknown. */
  label(group: string, id: string): string {
    const value = this.table[`labels.${group}.${id}`];
    return typeof value === 'string' ? value : id;
  }

  /** The ids that have a label in `group`, in the order of the locale file. */
  keysOf(group: string): string[] {
    const prefix = `labels.${group}.`;
    return Object.keys(this.table)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  }

  /** 'nl-NL' or 'en-GB', for Intl. */
  get intlLocale(): string {
    return this.locale === 'en' ? 'en-GB' : 'nl-NL';
  }
}

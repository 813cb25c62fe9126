/**
 * Every sentence a citizen or counsellor reads lives in locales/<lang>/*.json. This module loads
 * those files once, checks their shape with zod, and formats messages with {named} placeholders.
 * Adding a locale is adding a folder (and its code to SUPPORTED_LOCALES).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const SUPPORTED_LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

type Tree = { [key: string]: string | string[] | Tree };
const treeSchema: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([z.string(), z.array(z.string()), treeSchema])));

export type Params = Record<string, string | number>;

/** A catalog lookup bound to one locale (and often a key prefix), as page renderers use it. */
export type Translate = (key: string, params?: Params) => string;

export class MissingMessageError extends Error {
  constructor(locale: string, key: string) {
    super(`Missing message "${key}" in locale "${locale}".`);
    this.name = 'MissingMessageError';
  }
}

export class Catalog {
  private readonly trees: Record<Locale, Tree>;

  constructor(trees: Record<Locale, Tree>) {
    this.trees = trees;
  }

  /** Loads `<dir>/<locale>/<file>.json` for every supported locale; each file is a namespace. */
  static load(dir: string, files: readonly string[] = ['messages']): Catalog {
    const trees = {} as Record<Locale, Tree>;
    for (const locale of SUPPORTED_LOCALES) {
      const tree: Tree = {};
      for (const file of files) {
        const full = path.join(dir, locale, `${file}.json`);
        const parsed = treeSchema.safeParse(JSON.parse(fs.readFileSync(full, 'utf8')));
        if (!parsed.success) throw new Error(`Invalid locale file ${full}: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
        Object.assign(tree, parsed.data);
      }
      trees[locale] = tree;
    }
    return new Catalog(trees);
  }

  has(locale: Locale, key: string): boolean {
    return lookup(this.trees[locale], key) !== undefined;
  }

  /** The message `key` in `locale` with {placeholders} filled in. */
  t(locale: Locale, key: string, params: Params = {}): string {
    const value = lookup(this.trees[locale], key);
    if (typeof value !== 'string') throw new MissingMessageError(locale, key);
    return fill(value, params);
  }

  /** A list of messages (for example button labels or a list of signals). */
  list(locale: Locale, key: string, params: Params = {}): string[] {
    const value = lookup(this.trees[locale], key);
    if (!Array.isArray(value)) throw new MissingMessageError(locale, key);
    return value.map((v) => fill(v, params));
  }

  /** Every leaf key of a locale, for checks that all locales say the same things. */
  keys(locale: Locale): string[] {
    const out: string[] = [];
    const walk = (tree: Tree, prefix: string) => {
      for (const [k, v] of Object.entries(tree)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (typeof v === 'string' || Array.isArray(v)) out.push(key);
        else walk(v, key);
      }
    };
    walk(this.trees[locale], '');
    return out.sort();
  }
}

function lookup(tree: Tree, key: string): string | string[] | Tree | undefined {
  let node: string | string[] | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Maps a Bot Framework / browser locale such as "nl-NL" or "en_US" to a supported locale. */
export function toLocale(value: string | undefined | null, fallback: Locale): Locale {
  if (!value) return fallback;
  const lang = value.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : fallback;
}

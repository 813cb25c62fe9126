/** The staff pages' real texts (as the server puts them in the page), for the browser modules' tests. */
import path from 'node:path';
import { Catalog } from '../../../../../src/i18n/catalog';
import { Texts } from '../../../../../src/web/browser/shared/texts';
import { reviewTexts } from '../../../../../src/web/review/texts';
import { consoleTexts } from '../../../../../src/web/staff/texts';

const catalog = Catalog.load(path.resolve(__dirname, '../../../../../locales'), ['console', 'review']);

export function consoleNl(): Texts {
  return new Texts(consoleTexts(catalog, 'nl'), 'nl');
}

export function reviewNl(): Texts {
  return new Texts(reviewTexts(catalog, 'nl'), 'nl');
}

import { INFLECTED_AFTER_PREPOSITION, mayHoldInflectedPlace } from '../../../src/anonymiser/detectors/places';
import { tuningTexts } from './helpers';

/** Lines of our own: Polish, Czech and Dutch prepositions, other scripts, capitals after tabs and line breaks. */
const LINES = [
  'mieszkam w Rotterdamie',
  'jadę do Tilburga jutro',
  'pracuję koło Bredy',
  'byłem z Eindhovenu',
  'bydlím v Praze',
  'we Wrocławiu i przy\tAmsterdamie',
  'ze\n\nZwolle',
  'od Lublinu',
  'u Kowalskiego',
  'na Ukrainie',
  'we Venlo werken we',
  'ze komt uit Tilburg',
  'Z Bredy',
  'w rotterdamie (lower case)',
  'tw Rotterdamie, wwe Bredy, dow Tilburga',
  'do-Tilburga en w-Bredy',
  'w Ёжику',
  'w Łodzi',
  '',
];

function matches(text: string): boolean {
  INFLECTED_AFTER_PREPOSITION.lastIndex = 0;
  const found = INFLECTED_AFTER_PREPOSITION.test(text);
  INFLECTED_AFTER_PREPOSITION.lastIndex = 0;
  return found;
}

describe('the gate before the pattern of a town after a Polish or Czech preposition', () => {
  it.each(LINES)('lets "%s" through wherever the pattern matches', (line) => {
    if (matches(line)) expect(mayHoldInflectedPlace(line)).toBe(true);
  });

  it('lets every tuning text through that the pattern matches, and skips most others', () => {
    const texts = tuningTexts();
    expect(texts.filter((t) => matches(t) && !mayHoldInflectedPlace(t))).toEqual([]);
    expect(texts.filter((t) => mayHoldInflectedPlace(t)).length).toBeLessThan(texts.length / 2);
  });

  it('skips a Dutch line without a capital after such a word', () => {
    expect(mayHoldInflectedPlace('ze zegt dat we na het werk naar huis gaan')).toBe(false);
  });
});

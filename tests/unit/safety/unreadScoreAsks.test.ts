/**
 * Round 23: a message in a language the model reads poorly that names no situation, whose score
 * alone is over `acute`, is asked about (the question names 112) until the score reaches `sure`; from
 * `sure` it is answered with 112 at once (screen.ts `scoredUnread`). The thresholds are set around
 * the message's own score, so the rule is tested apart from any training. Calm stories in other
 * languages stay under the band with the shipped model; someone held now stays acute in any language.
 * Sentences written for this test.
 */
import { type ModelBundle } from '../../../src/nlu/model/bundle';
import { SafetyScreen, scoredUnread, situationUnread } from '../../../src/safety/screen';
import { testBundle } from '../../support/screen';

const bundle = testBundle();
const shipped = new SafetyScreen(bundle);
const unread = 'Laba diena, dirbu sandelyje prie Roterdamo jau trys menesiai, noriu paklausti apie atlyginima';

function withThresholds(over: Partial<ModelBundle['thresholds']>): SafetyScreen {
  return new SafetyScreen({ ...bundle, thresholds: { ...bundle.thresholds, ...over } });
}

describe('the score alone in an unread language', () => {
  const read = shipped.look(unread).read;
  const score = shipped.look(unread).danger.score;

  it('is read as unread, with no situation named', () => {
    expect(scoredUnread(read, bundle.vocabulary.danger)).toBe(true);
    expect(situationUnread(read, bundle.vocabulary.danger)).toBe(false);
    expect(score).toBeGreaterThan(0);
  });

  it('between acute and sure gets the danger question, not 112 at once', () => {
    const screen = withThresholds({ unsure: score / 4, unsurePlain: score / 2, acute: score / 2, sure: Math.min(1, score * 2) });
    expect(screen.assess(unread).level).toBe('unsure');
  });

  it('from sure gets 112 at once', () => {
    const screen = withThresholds({ unsure: score / 8, unsurePlain: score / 4, acute: score / 4, sure: score / 2 });
    const danger = screen.assess(unread);
    expect(danger.level).toBe('acute');
    expect(danger.reasons).toContain('floor.situation_unread');
  });
});

describe('calm and acute kinds with the shipped model', () => {
  it.each([
    'mijn vriend werkt bij een champignonkweker, ze halen de huur van zijn caravan van zijn loon af maar hij kan gaan en staan waar hij wil',
    'I clean offices for an agency that takes money for the bus and the room from my pay, but I live alone and go where I want',
    'ze is 23 en woont in Zwolle',
    'vorig jaar werkte mijn zus in een kas waar ze haar paspoort moesten afgeven, nu woont ze weer thuis en gaat het goed',
    'pracuje w szklarni pod Westland, agencja zabiera 100 euro tygodniowo za pokoj i busa. mozemy wychodzic kiedy chcemy',
    'lucrez la o fabrica de carne, firma ne ia bani pentru cazare si transport din salariu. putem iesi oricand',
  ])('calm: %p stays under the band', (text) => {
    expect(shipped.assess(text).level).toBe('none');
  });

  it.each([
    'hij heeft de deur op slot gedaan en mijn telefoon afgepakt, ik zit nu opgesloten in de kamer boven de zaak',
    'the boss is standing outside our room with a knife right now and says nobody leaves tonight',
    'szef zamknal nas w baraku i zabral telefony, nie mozemy wyjsc',
  ])('acute: %p stays acute', (text) => {
    expect(shipped.assess(text).level).toBe('acute');
  });
});

/**
 * ADR 0006 round 26 (distance26): a danger told only at a distance in each of its sentences (a
 * witness's account of yesterday, last week or once, hearsay of what was, another country) is asked
 * about with the danger question, which names 112, not answered with 112 at once; the same story
 * with danger now, tonight, still, or a threat passed on to the one threatened keeps its reading.
 * Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { toldAtDistance } from '../../../src/safety/nearNow';
import { testScreen } from '../../support/screen';

const reader = testReader();
const distant = (text: string) => toldAtDistance(reader.readForDanger(text));
const screen = testScreen();

describe('toldAtDistance', () => {
  it.each([
    ['yesterday, a witness (nl)', 'Gisteren had de jongen blauwe plekken op zijn armen. Hij zei dat hij gevallen was.'],
    ['last week, hearsay (nl)', 'Vorige week zei een collega dat de baas hem had geslagen.'],
    ['last month, an injury without a doctor (en)', 'Last month one of the pickers broke his arm and the boss said no doctor.'],
  ])('reads %s as told at a distance', (_kind, text) => {
    expect(distant(text)).toBe(true);
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it.each([
    ['now beside the past (nl)', 'Gisteren had hij een blauw oog en nu zit hij weer in dat busje met die man.'],
    ['still (en)', 'Last week he hit her. She is still in that house with him.'],
    ['tonight passed on (nl)', 'ze zeiden dat ik vanavond weer moet rijden, anders weten ze waar mijn zus woont'],
    ['a threat passed on by the one threatened (nl)', 'ze zeiden ze weten waar mijn moeder woont als ik niet betaal'],
    ['the present in its own sentence (nl)', 'Vorige week zag ik haar bij de bakker. Ze mag nooit alleen de deur uit.'],
    ['care withheld today, told in the past tense (nl)', 'Vandaag had ze hoge koorts en de tante zei: geen dokter.'],
    ['just now (nl)', "Net stapte er een meisje in met een man. Toen ze langs liep zei ze 'help me'."],
  ])('keeps %s near', (_kind, text) => {
    expect(distant(text)).toBe(false);
  });

  it('is no reading of a message that names no danger', () => {
    expect(distant('Vorige week heb ik een folder gelezen over uitbuiting.')).toBe(false);
  });
});

/**
 * Round 43 (ADR 0006): the wording of a thought of ending one's life that the reader missed in general
 * shapes: a negation that belongs to the clause before, typed without a comma ("ik kan dit niet ik wil
 * gewoon dood"); a phrase that reached back over a comma and hid the thought after it; not waking up
 * with its infinitive; a burden said of oneself with words between; not wanting to exist; a sorry for
 * everything and then silence. Their look-alikes (a relief, not waking up on time, a sorry for one
 * thing, a denial) are not suicidal. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { thoughtOfNowByMeans, thoughtOfNowWorded } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.reader.readForDanger(text);
const worded = (text: string) => thoughtOfNowWorded(read(text), screen.bundle.vocabulary.suicide);
const byMeans = (text: string) => thoughtOfNowByMeans(read(text), screen.bundle.vocabulary.suicide);

describe('a thought worded in a shape the reader missed', () => {
  it.each([
    // The negation ends the clause before; a new subject opens this one.
    'ik kan het niet ik wil gewoon dood, die man laat me elke nacht werken',
    // One word between "meer" and the verb: the phrase no longer reaches back over the comma.
    'sorry ik kom morgen niet meer, ik wil dit leven niet meer, hij pakt al mijn geld',
    'Some nights I think it would be easier not to wake up. The agency keeps my passport.',
    "Mijn broer woont weer bij ons, maar hij zegt elke dag: 'ik ben alleen maar een last voor jullie'.",
    'Ze appte net dat ze niet meer wil bestaan, haar vriend laat haar met mannen slapen.',
  ])('is a thought of now: "%s"', (text) => {
    expect(worded(text)).toBe(true);
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it('reads a sorry for everything followed by silence as a farewell', () => {
    const text = 'Mijn neef die voor een paar gasten moet dealen appte vanochtend "sorry voor alles". Daarna neemt hij niet meer op.';
    expect(byMeans(text)).toBe(true);
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });
});

describe('look-alikes of those shapes', () => {
  it.each([
    // A denial of the thought itself, a word between the negation and the subject.
    'niet dat ik dood wil hoor, ik wil alleen weten of mijn baas mijn paspoort mag houden',
    'Ik kon vanochtend niet wakker worden en kwam te laat, nu houdt de baas loon in.',
  ])('is no worded thought: "%s"', (text) => {
    expect(worded(text)).toBe(false);
  });

  it('reads a sorry for one thing with no silence after it as no farewell', () => {
    expect(byMeans('Sorry voor alles wat ik gisteren schreef, ik was in paniek. Kan iemand mij morgen bellen?')).toBe(false);
  });
});

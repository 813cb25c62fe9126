/**
 * A theft said of the person as a threat or a charge is no act of crime (form43,
 * model/formSituations.ts `theftClaimed`, text/claimedTheft.ts); a theft ordered is. Sentences
 * written for this test, in no corpus or tuning file.
 */
import { formsOfActs } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';

const reader = testReader();
const crimeActs = (text: string) =>
  reader
    .readFully(text)
    .forms.filter((h) => h.concept === 'crime_acts')
    .map((h) => h.negated);
const families = (text: string) => [...formsOfActs(reader.readFully(text).forms)].sort();

describe('a theft said as a threat or a charge', () => {
  it.each([
    'the boss says if I leave he will tell the police I stole from him',
    'de baas zegt dat hij de politie vertelt dat ik heb gestolen als ik wegga',
    'szef mowi ze powie policji ze ukradlem pieniadze',
    'seful spune ca am furat bani daca plec',
  ])('%p tells no act of crime', (text) => {
    expect(crimeActs(text).every((negated) => negated)).toBe(true);
    expect(families(text)).not.toContain('criminal');
  });

  it('leaves the work the story tells as its act', () => {
    expect(families('I clean rooms in a hotel 14 hours a day with no pay and the owner says he will tell the agency I steal')).toEqual([
      'labour',
    ]);
  });
});

describe('a theft ordered or done stays an act', () => {
  it.each([
    'the older boys told him to steal phones at the station',
    'hij zegt dat mijn broertje moet stelen in de winkels',
    'they make her steal from tourists and take the money',
  ])('%p tells an act of crime', (text) => {
    expect(crimeActs(text)).toContain(false);
    expect(families(text)).toContain('criminal');
  });
});

describe('sex acts told in Dutch as the form lexicon reads them', () => {
  it.each(['ze moet lief zijn tegen de vrienden van haar vriend', 'hij laat haar met zijn klanten naar bed gaan'])(
    '%p tells a sexual act',
    (text) => {
      expect(families(text)).toContain('sexual');
    },
  );

  it('a child put to bed is no act', () => {
    expect(families('ik ga om acht uur met de kinderen naar bed')).not.toContain('sexual');
  });
});

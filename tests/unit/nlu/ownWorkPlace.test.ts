/**
 * The writer's own job beside a story of sex or crime (formSituations.ts `ownWorkPlace`, form47): the
 * place where the writer works is background, not the work of the person the story is about; the
 * place stays where the writer tells their own exploitation at work. And the round's lexicon
 * additions: sex told as the "extra" of a job, a man after a man said with the verb first, a woman
 * sent out at night, pills to sell and bags driven across the
 * border. Sentences written for this test, in no corpus or tuning file.
 */
import { toldForms } from '../../support/toldForms';

describe('ownWorkPlace', () => {
  it.each([
    'Ik werk achter de bar van een hotel in Zwolle. Er komt elke avond een andere man binnen voor de vrouw op kamer 12.',
    'I work at a car wash in Tilburg. The older guys make a boy of 14 deliver drugs for them every evening.',
    'Ik ben chauffeur bij een pakketdienst. Bij een adres in Breda zie ik steeds andere mannen komen en gaan bij een flat met jonge meisjes.',
    'At my bakery a girl of 15 comes in every morning with bruises; she says she has to sell drugs for her so-called boyfriend.',
  ])('drops the writer own work place when the story tells sex or crime: %s', (text) => {
    const forms = toldForms(text);
    expect(forms).not.toContain('work_place');
    expect(forms.some((c) => c.startsWith('sex_') || c.startsWith('crime_') || c === 'earnings_taken')).toBe(true);
  });

  it.each([
    // The writer's own exploitation: no act of sex or crime.
    'Ik werk in een kas in het Westland en de baas houdt mijn paspoort.',
    // Labour told by more than the place: the worker's own story, whatever else it tells.
    'I work in a meat factory through an agency and they keep my bank card.',
    // Someone else's work place, not the writer's.
    'Mijn zus werkt in een nagelsalon en daar komen s avonds steeds andere mannen.',
  ])('keeps the work place otherwise: %s', (text) => {
    expect(toldForms(text)).toContain('work_place');
  });
});

describe('form47 lexicon additions', () => {
  it.each([
    ['de baas zegt dat ze ook extra werk moet doen bij gasten op de kamer', 'sex_acts'],
    ['er komt iedere avond een andere man binnen bij haar', 'sex_visitors'],
    ['the woman who brought her sends her out every night', 'sex_visitors'],
    ['the foreman gives us pills and now we have to sell them on the site', 'crime_acts'],
    ['he must drive bags to Belgium for the man from the agency', 'crime_acts'],
  ] as const)('%s reads %s', (text, concept) => {
    expect(toldForms(text)).toContain(concept);
  });
});

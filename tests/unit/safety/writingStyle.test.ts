/**
 * Broken English or Dutch (no articles, verbs without agreement) is how many labour migrants write,
 * whether they are in danger now or not: the style must carry no danger of its own. Documents held,
 * long hours and rent for a bed taken from the pay are exploitation, not danger now; someone locked
 * in, hit now or threatened with a deadline is, in the same style. Sentences written for this test
 * (none is in the corpus or a tuning set).
 */
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('a labour story in broken English or Dutch', () => {
  it.each([
    'good evening, i am working in onion field since march, the foreman have my residence card and take 95 euro every week for the bed',
    'my employer keep my passport in his car. i clean the stables from 5 until 9 evening, only sunday afternoon free',
    'i am 26, i work in a bakery factory in the night, agency hold my id and they take transport money from salary',
    'sir, i live in the house of my boss, i cook and clean all day, he give me 350 per month and he have my papers',
    'we are 10 people in one house from agency, each pay 110 for a week. boss say passport stay with him until contract finish',
    'ik werk bij champignon bedrijf, baas houd mijn paspoort en wij betaal 500 voor een bed in een kamer met 4 man',
    'ik ben 33, werk in distributiecentrum, uitzendbureau heb mijn id kaart en ik werk elke dag 11 uur',
  ])('is not answered as acute danger or suicidal thoughts when nobody is held now: "%s"', (text) => {
    const result = screen.assess(text);
    expect(result.level).not.toBe('acute');
    expect(result.suicidal).toBe(false);
  });

  it.each([
    'the boss lock us in the barn since yesterday, we cannot go out, he take our phones and passports',
    'he hit my friend with a shovel right now, blood everywhere, boss say no ambulance',
    'madam lock me in laundry room every night, no key, i cannot leave the house',
    'they say if i not pay 1000 until tomorrow they come with knife to my room',
    'baas sluit ons elke nacht op in container, wij kan niet weg, hij heb paspoort van ons',
  ])('stays acute when someone is held, hurt or threatened now: "%s"', (text) => {
    expect(screen.assess(text).level).toBe('acute');
  });
});

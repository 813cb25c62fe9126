/**
 * The form told only by what is seen or done (forms34, formSituations.ts): condoms in the room, men
 * who arrive in the evening where women stay, girls driven out at night and back in the morning, the
 * money collected from them (sexual); a shed full of plants and lamps, boxes that must not be opened,
 * something hidden in a car's doors, pellets to swallow (criminal); an operation in another country,
 * a bandage on the side, blood taken for a test, part of the body sold (organ). Sentences written for
 * this test, in no corpus or tuning file.
 */
import { toldForms as forms } from '../../support/toldForms';

describe('the form told by what is seen or done', () => {
  it.each([
    'in de badkamer van dat appartement lagen overal condooms',
    'every evening men arrive in cars at the house where the girls live',
    "'s avonds komen er steeds mannen naar dat huis met die meisjes",
    'de vrouw in kamer 3 had steeds andere bezoekers op haar kamer',
    'a woman drives the girls out at night and they only come back in the morning',
    'the lady collects all their money when they come home',
    'ze zegt dat ze dingen moet doen met een vriend van hem',
    'el novio pone anunturi cu poze cu ea pe internet si vin barbati',
  ])('%p tells a sexual situation', (text) => {
    expect(forms(text).some((c) => c === 'sex_acts' || c === 'sex_visitors' || c === 'earnings_taken' || c === 'sex_place')).toBe(true);
  });

  it.each([
    'de schuur staat vol met planten en lampen en het ruikt raar',
    'the electricity bill of that empty barn is very high',
    'every friday I take some boxes to an address in Ghent and I am not allowed to open them',
    'ik breng tassen naar Antwerpen en ik mag ze niet openmaken',
    'the boss says there is something hidden in the doors of the cars he makes me drive',
    'le dicen que tiene que tragar unas bolitas y llevarlas en tren',
    'we have to take perfumes from the shops in a special bag',
  ])('%p tells a crime', (text) => {
    expect(forms(text)).toContain('crime_acts');
  });

  it.each([
    'they want him to go to Turkey for a small operation to clear the debt',
    'he came back from a surgery in Germany with a bandage on his side',
    'they took his blood in a house in Utrecht for a test',
    'zijn broer heeft iets van zijn lichaam verkocht om de reis te betalen',
    'hij moet zich laten onderzoeken omdat hij nog schuld heeft',
  ])('%p tells a sign of an organ taken', (text) => {
    expect(forms(text)).toContain('organ_sign');
  });

  it.each([
    ['my daughter suddenly has expensive bags and two phones', 'crime_acts'],
    ['ik bezorg pakketten en een man doet altijd open', 'crime_acts'],
    ['in verband met de zieke kinderen kon zij niet werken', 'organ_sign'],
    ['the men come to the farm at six in the morning to pick us up', 'sex_visitors'],
    ['we hebben vanavond visite van mijn schoonouders', 'sex_visitors'],
  ] as const)('%p does not tell %p', (text, concept) => {
    expect(forms(text)).not.toContain(concept);
  });
});

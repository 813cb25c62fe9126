/**
 * Criminal exploitation told by what is seen or done (round 37, text/crimeScenes.ts,
 * model/obligedForm.ts): plants tended indoors under lamps, in an attic or behind a locked door, with
 * no greenhouse, farm or garden; wallets taken from bags or pockets. Sentences written for this test,
 * in no corpus or tuning file.
 */
import { crimeScene, obligedForm } from '../../../src/nlu/model/obligedForm';
import { testReader } from '../../support/reader';

const reader = testReader();
const scene = (text: string) => crimeScene(reader.readFully(text).analysis);

describe('a crime told by what is seen or done', () => {
  it.each([
    ['mijn neef slaapt op een matras tussen de planten. de lampen staan dag en nacht aan.', 'Dutch, lamps the next sentence'],
    ['he has to stay in the loft with the plants and cannot leave', 'English, an attic'],
    ['Syn siedzi na strychu i podlewa rośliny, drzwi są zamknięte.', 'Polish'],
    ['Cuida de las plantas en una casa, la puerta esta cerrada con llave.', 'Spanish, a locked door'],
    ['Bitkilerin yanında uyuyor, lambalar hiç kapanmıyor.', 'Turkish'],
    ['the kids take wallets from the pockets of tourists at the station', 'English, wallets'],
    ['Carlos saca carteras de los bolsos en el metro para un hombre', 'Spanish, wallets'],
    ['Vadyat portfeyli ot dzhobovete na horata na gara', 'Bulgarian in Latin letters'],
    // Round 38: pellets carried in the stomach, and an account or a firm put in the person's name.
    ['Ele quer que eu leve umas capsulas no estomago no voo para Lisboa', 'Portuguese, capsules in the stomach'],
    ['they want my brother to swallow pellets, in his stomach to Schiphol', 'English, pellets in the stomach'],
    ['Ten facet otworzyl na mnie konto w banku i trzyma karte', 'Polish, an account in my name'],
    ['Hij heeft een bankrekening op mijn naam geopend en ik zie er geld op komen', 'Dutch, a bank account'],
  ])('%p tells one (%s)', (text) => {
    expect(scene(text)).toBe(true);
  });

  it.each([
    // Plants grown as a job: a greenhouse, a nursery, tomatoes.
    'hij werkt in een kas met tomatenplanten onder de lampen, 12 uur per dag',
    'we pick the plants in the greenhouse and the boss locked the door of the house',
    // Plants with nothing of a grow house.
    'ik geef de planten water als de buren op vakantie zijn',
    // Phones put in a bag by the boss: control, not theft.
    'de baas heeft al onze telefoons in zijn tas gedaan',
    // Medicine swallowed, and pellets for the stomach: no courier.
    'ik moet elke ochtend capsules slikken van de dokter',
    // A bill or a rent contract in one's own name is ordinary.
    'de rekening van de energie staat op mijn naam',
    'het huurcontract staat op mijn naam en hij woont er ook',
    // Too far apart.
    'Ze wonen op een zolder. Hij werkt in een fabriek. De baas houdt het loon. Er staan planten in de gang.',
  ])('%p does not', (text) => {
    expect(scene(text)).toBe(false);
  });

  it('decides criminal exploitation, and nothing beside an act of another form', () => {
    expect(obligedForm(reader.readFully('i live on the attic with many plants, i cut the leaves every day').analysis)).toBe(
      'criminal_exploitation',
    );
    expect(obligedForm(reader.readFully('zij moet met klanten naar bed. de man pakt portemonnees uit hun tassen.').analysis)).toBeNull();
  });
});

describe('contracts in the names of a group, and something hidden in a car (form45)', () => {
  it.each([
    ['de baas heeft telefoonabonnementen op haar naam afgesloten en nu moet zij betalen', 'Dutch, phone subscriptions'],
    ['hij heeft een lening op mijn naam genomen zonder dat ik het wist', 'Dutch, a loan'],
    ['the agency took out phone contracts in our names and we get the bills', 'English, our names'],
    ['Facet z agencji zaklada firmy na nasze nazwiska i bierze nasze dowody', 'Polish, our names'],
    ['bij een klant staan drie bv s op naam van een man die in een busje slaapt', 'Dutch, firms in the name of someone'],
    ['hij moet autos naar Belgie rijden en er zit iets in de deuren', 'Dutch, in the doors'],
    ['they found something hidden in the doors of the car he drives for the boss', 'English, in the doors'],
  ])('%p tells one (%s)', (text) => {
    expect(scene(text)).toBe(true);
  });

  it.each([
    // A lease, a bill or the energy contract in one's own name is ordinary.
    'het contract van de energie staat op mijn naam',
    'de rekening van de telefoon komt op onze naam',
    'the lease is in our names and we pay the rent ourselves',
    // Doors that are locked, not something in them.
    'de deuren van de loods zitten op slot als we werken',
  ])('%p does not', (text) => {
    expect(scene(text)).toBe(false);
  });
});

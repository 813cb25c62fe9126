/**
 * Round 45 (roles45): a line that says only where the writer works is who writes, not the writer's
 * own story. A bank clerk telling of a caller, a receptionist of a guest: the story that follows
 * tells whose worry it is. The work's hours or pay, or something done to the writer, still tell
 * their own story.
 */
import { onlyWorkSaid } from '../../../src/triage/conversationRole';
import { normaliseText } from '../../../src/safety/normalise';
import { play, reading } from '../../support/roleTally';

describe('a line that says only where the writer works', () => {
  it.each([
    'Goedemiddag, ik werk op de klantenservice van een bank in Utrecht. Ik typ dit in mijn pauze dus sorry als het wat rommelig is',
    'hallo, ik werk bij een apotheek in Tilburg',
    'Hi, I work at the front desk of a hotel in Rotterdam. Sorry for my Dutch',
  ])('says who writes, not whose story: %p', (text) => {
    expect(onlyWorkSaid(normaliseText(text))).toBe(true);
  });

  it.each([
    'ik werk in een kas in het westland, 14 uur per dag',
    'ik werk in een kas en de baas houdt mijn paspoort',
    'I work in a car wash. They pay me 3 euro an hour',
    'ik werk bij een hotel. Een meisje op de derde verdieping mag nooit naar buiten',
    'ik werk bij een bouwbedrijf, mijn collega slaapt in de loods',
    'ik kom uit Polen en ik werk in een magazijn',
    'mijn buurman werkt dag en nacht',
  ])('tells more than the work: %p', (text) => {
    expect(onlyWorkSaid(normaliseText(text))).toBe(false);
  });

  it('a bank clerk who then tells of a caller is a bystander, not telling her own story', () => {
    const roles = play([
      [
        reading(
          'Goedemiddag, ik werk op de klantenservice van een bank in Utrecht. Ik typ dit in mijn pauze dus sorry als het wat rommelig is',
          {
            told: { aboutWhom: 'self' },
          },
        ),
        'self',
      ],
      [
        reading(
          "Vanmorgen had ik een jongen aan de lijn, 19, die zijn pas wilde laten blokkeren. Hij had zijn pas en pincode 'uitgeleend' aan iemand van de sportschool",
          { told: { aboutWhom: 'other' } },
        ),
        'self',
      ],
    ]);
    expect(roles).toEqual([null, 'other']);
  });

  it('a worker who says only her work and then what is done to her tells her own story', () => {
    const roles = play([
      [reading('hallo, ik werk bij een schoonmaakbedrijf in Almere', { told: { aboutWhom: 'self' } }), 'self'],
      [reading('de baas houdt mijn paspoort en ik krijg maar 200 euro per maand', { told: { aboutWhom: 'self' } }), 'self'],
    ]);
    expect(roles).toEqual([null, 'self']);
  });
});

describe('a story with no first person after the writer said their business', () => {
  it('is what the shop owner sees, not her own story', () => {
    const roles = play([
      [
        reading('Salaam, ik heb een shoarmazaak in Den Haag. Elke dag hangen er jongens van 13 14 voor mijn zaak.', {
          told: { aboutWhom: 'other' },
        }),
        'other',
      ],
      [
        reading('Er komt een zwarte Golf met grote jongens erin, en die kleine jongens krijgen pakketjes en fietsen ermee weg.', {
          told: { aboutWhom: 'self' },
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual([null, 'other']);
  });

  it('without the business said first, such a line says nothing new of who writes', () => {
    const roles = play([
      [reading('moet elke dag 14 uur werken en de baas houdt mijn paspoort', { told: { aboutWhom: 'self' } }), 'self'],
      [reading('Er komt elke avond een busje en dan moeten we mee.', { told: { aboutWhom: 'self' } }), 'self'],
    ]);
    expect(roles).toEqual(['self', 'self']);
  });
});

describe('who the writer is, said without the work', () => {
  it.each([
    'hi, I am an international student in Groningen (from India), I think I made a big mistake',
    'Hallo, ik ben Syrische man, woon in Nederland 6 jaar',
  ])('is not a line of the work: %p', (text) => {
    expect(onlyWorkSaid(normaliseText(text))).toBe(false);
  });
});

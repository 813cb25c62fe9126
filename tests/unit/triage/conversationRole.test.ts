/**
 * Who writes, weighed over the conversation (src/triage/conversationRole.ts): a writer who says
 * their work first and then tells what they saw there is a bystander; a question about what telling
 * costs the writer does not turn a bystander's story into their own; a story turns an early reading.
 */
import { addReading, emptyTally, roleForTexts, relationOnlyBesideWriter, type RoleReading } from '../../../src/triage/conversationRole';
import { normaliseText } from '../../../src/safety/normalise';
import type { Role } from '../../../src/triage/summary';
import { play, reading } from '../../support/roleTally';

describe('the writer’s role over the conversation', () => {
  it('a window cleaner who says their work, then tells in the first person what they saw, is a bystander', () => {
    const roles = play([
      [reading('hoi, ik ben glazenwasser en ik zit ergens mee', { story: false }), null],
      [
        reading('bij een huis waar ik de ramen doe woont een meisje. ze mag nooit naar buiten en ze keek me heel bang aan', {
          told: { aboutWhom: 'self' },
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual([null, 'other']);
  });

  it('a shop owner whose first line the readers took for her own story: the story after it decides', () => {
    const roles = play([
      [reading('Goedemiddag, ik heb een bloemenwinkel en ik wil iets vragen', { told: { aboutWhom: 'self' }, story: false }), 'self'],
      [
        reading('Een jongen die bij ons de planten brengt slaapt in zijn bus en krijgt geen loon.', { told: { aboutWhom: 'other' } }),
        'other',
      ],
    ]);
    expect(roles).toEqual([null, 'other']);
  });

  it('a worker who says their work and then what is done to them tells their own story', () => {
    const roles = play([
      [reading('hello, i work in a car wash and i want to ask something', { story: false }), null],
      [reading('my boss keeps my passport and i must work 12 hours for 30 euro', { told: { aboutWhom: 'self' } }), 'self'],
    ]);
    expect(roles).toEqual([null, 'self']);
  });

  it('a bystander asking whether they can get into trouble themselves stays a bystander', () => {
    const roles = play([
      [reading('Mijn buurman laat elke nacht busjes met vrouwen voorrijden, ze lijken bang.', { told: { aboutWhom: 'other' } }), 'other'],
      [
        reading('kan ik zelf problemen krijgen als ik dit meld?', {
          told: { aboutWhom: 'self' },
          story: false,
          questions: ['consequences'],
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual(['other', 'other']);
  });

  it('a story told after a first line read the other way turns the role, and a button wins', () => {
    const roles = play([
      [reading('ik maak me echt zorgen', { told: { aboutWhom: 'other' }, story: false }), 'other'],
      [reading('mijn baas houdt mijn paspoort en ik mag niet weg uit het huis', { told: { aboutWhom: 'self' } }), 'self'],
      [reading('Over iemand anders', { chosen: 'other', story: false }), 'other'],
    ]);
    expect(roles).toEqual(['other', 'self', 'other']);
  });

  it('a message mostly about her with nothing done to the writer does not make it the writer’s story', () => {
    const roles = play([
      [reading('Mijn zus van 24 werkt in een nagelsalon in Utrecht.', { told: { aboutWhom: 'other', relation: 'sibling' } }), 'other'],
      [
        reading('she works every day, she says the boss takes her money and she sends me nothing', {
          told: { aboutWhom: 'self' },
          story: false,
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual(['other', 'other']);
  });

  it('a first line that only seemed the writer’s own ("ik kom uit Polen") gives way to a story about someone else', () => {
    // The summary kept "self" (the readers gave the first line a form); the story settles it.
    const roles = play([
      [reading('hallo ik kom uit polen en woon in venlo', { told: { aboutWhom: 'self' } }), 'self'],
      [
        reading('mijn zus werkt bij een kwekerij, ze moet 14 uur per dag werken en de baas houdt haar paspoort', {
          told: { aboutWhom: 'other', relation: 'sibling' },
        }),
        'self',
      ],
      [reading('ze krijgt maar 300 euro per maand', { told: {} }), 'other'],
    ]);
    expect(roles).toEqual(['self', 'other', 'other']);
  });

  it('once the writer told their own situation in words, a later story about a relative does not turn it', () => {
    const roles = play([
      [reading('Hello, I am from Syria, I live in Utrecht', { told: { aboutWhom: 'self' }, story: false }), 'self'],
      [reading('my boss keeps my passport and i work 12 hours for 30 euro', { told: { aboutWhom: 'self' } }), 'self'],
      [
        reading('my niece also works there, she gets nothing and sleeps in the kitchen', {
          told: { aboutWhom: 'other', relation: 'extended_family' },
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual(['self', 'self', 'self']);
  });

  it('a line about someone else that tells no story does not turn an early self-line', () => {
    const roles = play([
      [reading('hallo ik kom uit polen en woon in venlo', { told: { aboutWhom: 'self' } }), 'self'],
      [reading('mijn zus weet hiervan', { told: { aboutWhom: 'other', relation: 'sibling' }, story: false }), 'self'],
    ]);
    expect(roles).toEqual(['self', 'self']);
  });

  it('a story the readers took for someone else’s that tells what is done to the writer does not turn an early self-line', () => {
    const roles = play([
      [reading('Good evening. I am from Ghana, I am in Amsterdam for 1 year', { told: { aboutWhom: 'self' } }), 'self'],
      [
        reading('A man promised me a job here, I paid him 3000 and now my boss keeps my passport', {
          told: { aboutWhom: 'other' },
        }),
        'self',
      ],
    ]);
    expect(roles).toEqual(['self', 'self']);
  });
});

describe('the writer’s role over the conversation, round 26', () => {
  it('a first line read as a professional gives way to the writer’s own story told in words', () => {
    // The facts keep the settled "professional" (a form was guessed), so `read` stays it.
    const roles = play([
      [reading('Hi, I am a cleaner in a hotel in Utrecht and I have a question', { told: { aboutWhom: 'professional' } }), 'professional'],
      [reading('the agency keeps my passport and takes half of my salary for the room', { told: { aboutWhom: 'self' } }), 'professional'],
      [reading('they say I owe them 4000 euro and my boss shouts at me every day', { told: { aboutWhom: 'self' } }), 'professional'],
    ]);
    // Round 39: the first own story told in words turns a role no message bore out in words at once.
    expect(roles).toEqual(['professional', 'self', 'self']);
  });

  it('does not turn a bystander on lines the readers took for the writer’s own without their harm in words', () => {
    const roles = play([
      [reading('Ik werk als wijkagent en ik zag iets bij een nagelsalon', { told: { aboutWhom: 'professional' } }), 'professional'],
      [reading('ik ben daar twee keer binnen geweest en ik vond het raar', { told: { aboutWhom: 'self' } }), 'professional'],
      [reading('ik ben er morgen weer en ik ga dan kijken', { told: { aboutWhom: 'self' } }), 'professional'],
    ]);
    expect(roles).toEqual(['professional', 'professional', 'professional']);
  });
});

describe('the role the texts are worded for (round 28)', () => {
  /** The tally after the messages, and the role the texts may use for the role read. */
  const worded = (readings: RoleReading[], role: Role | null) => roleForTexts(readings.reduce(addReading, emptyTally()), role);

  it('leaves a first line that tells no more than who writes to the words that fit every writer', () => {
    expect(
      worded(
        [reading('Hello, I hope I am in right place. I am from Syria, I live in Enschede since 2016.', { told: { aboutWhom: 'self' } })],
        'self',
      ),
    ).toBeNull();
    expect(worded([reading('ik weet niet waar ik anders moet zijn', { told: { aboutWhom: 'self' } })], 'self')).toBeNull();
    expect(
      worded([reading('goedendag. ik ben chauffeur vrachtwagen, uit Roemenie, 45 jaar', { told: { aboutWhom: 'other' } })], 'other'),
    ).toBeNull();
  });

  it('words the texts for the writer once their own situation is told in words, or the role is chosen', () => {
    expect(worded([reading('my boss keeps my passport and I work 14 hours a day', { told: { aboutWhom: 'self' } })], 'self')).toBe('self');
    expect(worded([reading('over mij', { chosen: 'self', story: false })], 'self')).toBe('self');
  });

  it('words the texts for a bystander once a relation is named or the telling is of others', () => {
    expect(
      worded(
        [reading('mijn zus werkt in een nagelsalon en de baas houdt haar paspoort', { told: { aboutWhom: 'other', relation: 'sibling' } })],
        'other',
      ),
    ).toBe('other');
    expect(
      worded(
        [
          reading('there is a young woman on my tram, always with the same guy. he pays, he holds her by the arm, she never looks up', {
            told: { aboutWhom: 'other' },
          }),
        ],
        'other',
      ),
    ).toBe('other');
  });

  it('does not word the texts for a role the dialog never weighed (a story told in a language it cannot read)', () => {
    expect(
      worded([reading('Hello. I am from Ukraine. Sorry my english small.', { told: { aboutWhom: 'self' }, story: false })], 'other'),
    ).toBeNull();
  });

  it('has no role to word for when none is read', () => {
    expect(roleForTexts(emptyTally(), null)).toBeNull();
  });
});

describe('relations beside the writer, and the writer who left (round 37)', () => {
  const worded = (readings: RoleReading[], role: Role | null) => roleForTexts(readings.reduce(addReading, emptyTally()), role);

  it('reads a relation named only with or where the writer lives as someone of the writer’s life', () => {
    expect(
      relationOnlyBesideWriter(normaliseText('hello. i am from iraq, i live in netherlands 3 years with my husband and 2 children')),
    ).toBe(true);
    expect(relationOnlyBesideWriter(normaliseText('als ik wil stoppen zegt hij dat ze weten waar mijn dochter woont'))).toBe(true);
    expect(relationOnlyBesideWriter(normaliseText('ik woon sinds kort bij mijn tante in Tilburg'))).toBe(true);
  });

  it('keeps a relation that is the subject of the telling or the object of a worry a bystander’s', () => {
    expect(relationOnlyBesideWriter(normaliseText('mijn zus werkt daar en ik weet niet wat ik moet doen'))).toBe(false);
    expect(relationOnlyBesideWriter(normaliseText('ik maak me zorgen om mijn zus, ze woont bij haar vriend'))).toBe(false);
    expect(relationOnlyBesideWriter(normaliseText('ik woon met mijn broer maar mijn zus zit in Duitsland'))).toBe(false);
    expect(relationOnlyBesideWriter(normaliseText('she lives with my cousin and he takes her money'))).toBe(false);
  });

  it('does not word the texts for a bystander on a first line that names the writer’s family beside them', () => {
    const line = reading('hello. i am from iraq, i live in netherlands 3 years with my husband and 2 children', {
      told: { aboutWhom: 'other', relation: 'partner' },
    });
    expect(worded([line], 'other')).toBeNull();
    expect(play([[line, 'other']])).toEqual(['other']);
  });

  it('does not turn the writer’s own story on a threat against their family', () => {
    const roles = play([
      [
        reading('na mijn scheiding had ik schulden en een kerel bood me 500 euro per maand als ik bedrijfjes op mijn naam zette', {
          told: { aboutWhom: 'self' },
        }),
        'self',
      ],
      [
        reading('nu krijg ik boetes, samen 40 duizend. als ik wil stoppen zegt hij dat ze weten waar mijn dochter woont', {
          told: { aboutWhom: 'other', relation: 'child' },
        }),
        'other',
      ],
    ]);
    expect(roles).toEqual(['self', 'self']);
  });

  it('reads friends still where the writer worked as the worry, and the writer who left alone as not yet known', () => {
    const left = reading('hello. I worked 2 years in meat factory near Boxtel, now I work other place', { told: { aboutWhom: 'self' } });
    expect(worded([left], 'self')).toBeNull();
    const friends = reading('my friends still work there, through agency. I want tell what happens there', { told: { aboutWhom: 'self' } });
    expect(
      play([
        [left, 'self'],
        [friends, 'self'],
      ]),
    ).toEqual(['self', 'other']);
    expect(worded([left, friends], 'other')).toBe('other');
    const both = reading(
      'Vorig jaar werkte ik bij een kwekerij waar ze mijn paspoort hadden, nu ben ik weg maar mijn vrienden werken er nog',
      {
        told: { aboutWhom: 'self' },
      },
    );
    expect(play([[both, 'self']])).toEqual(['other']);
    expect(worded([both], 'other')).toBe('other');
  });

  it('leaves a friend still there told beside the writer’s own story of then to the words that fit both', () => {
    const line = reading('I am 45 now. But I still think about it and my friend still work there.', {
      told: { aboutWhom: 'other', relation: 'friend' },
    });
    expect(worded([line], 'other')).toBeNull();
  });

  it('keeps the writer who left their own story when they tell what was done to them', () => {
    const own = reading('ik ben nu weg, maar mijn baas hield mijn paspoort en ik moest 14 uur per dag werken', {
      told: { aboutWhom: 'self' },
    });
    expect(play([[own, 'self']])).toEqual(['self']);
    expect(worded([own], 'self')).toBe('self');
  });
});

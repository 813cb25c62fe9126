import {
  FROM_SOMEWHERE,
  peopleAtWritersWork,
  professionalSaid,
  recruitsWriter,
  roleSaid,
  tellsOnlyOwnWork,
  toldOfOthers,
  VOLUNTEER,
  worryAboutAnother,
  writerHarmed,
  writersRoleInMessage,
  type MessageParts,
} from '../../../src/nlu/facts/writerRole';
import { normaliseText } from '../../../src/safety/normalise';

/** Parts of a message as a test sets them: by default it names no one else and tells no own story. */
const parts = (over: Partial<MessageParts> = {}): MessageParts => ({
  namesAnother: () => false,
  ownStory: () => false,
  anothersSituation: () => false,
  ...over,
});
const role = (text: string, model: 'self' | 'other' | 'professional' | undefined, over: Partial<MessageParts> = {}) =>
  writersRoleInMessage(normaliseText(text), model, parts(over));

describe('the person the worrying is about', () => {
  it.each([
    'Ik ben ongerust over een jongen uit onze straat',
    'mag ik een vraag stellen over mijn oom?',
    'het gaat over me broer, hij is weg',
    'I am really worried about a girl at the bus stop',
    'I am writing for my cousin who works on a farm',
  ])('is another person in %p', (text) => {
    expect(worryAboutAnother(normaliseText(text))).toBe(true);
    expect(role(text, 'self')).toBe('other');
  });

  it.each([
    'ik maak me zorgen om mezelf eigenlijk',
    'het gaat over mijn werk, ik krijg niet betaald',
    'I am worried about my visa',
    'this is about me, not my friend',
  ])('is the writer, or a thing of theirs, in %p', (text) => {
    expect(worryAboutAnother(normaliseText(text))).toBe(false);
  });
});

describe("people at the writer's work", () => {
  it.each(['Er slapen jongens van mijn werk in een schuur achter de loods', 'some guys at my job sleep in the van'])(
    'are whom %p is about',
    (text) => {
      expect(peopleAtWritersWork(normaliseText(text))).toBe(true);
      expect(role(text, 'self')).toBe('other');
    },
  );
});

describe('a professional', () => {
  it.each([
    'Ik ben mentor op een vmbo en een van mijn leerlingen vertelde iets',
    'in mijn praktijk zie ik een vrouw die nooit alleen komt',
    'I work as a school nurse and one of the pupils told me something',
    'a patient of mine always comes with the same man',
  ])('says so in %p', (text) => {
    expect(professionalSaid(normaliseText(text))).toBe(true);
    expect(role(text, undefined)).toBe('professional');
    expect(roleSaid(normaliseText(text))).toBe('professional');
  });

  it.each([
    ['ik ben vrijwilliger bij de kledingbank en een vrouw daar vertelde iets', true],
    ['ik verhuur een bovenwoning aan een bureau en er wonen nu acht man', true],
    ['I volunteer at a soup kitchen and one of the guests told me something', true],
    ['ik ben elektricien en zag in een kelder matrassen liggen', true],
    ['I am a master student from Ghana, can I ask something', false],
  ])('is none where %p is read as one by the models (names another: %p)', (text, another) => {
    expect(role(text, 'professional', { namesAnother: () => another })).toBe(another ? 'other' : undefined);
  });

  it('who tells what is done to them at work tells their own story', () => {
    expect(role('ik ben verpleegkundige en mijn werkgever houdt mijn loon in', 'self', { ownStory: () => true })).toBe('self');
  });
});

describe('a worker who saw something at work', () => {
  it.each([
    'Hallo, ik werk bij een tankstation en ik zag vannacht iets raars',
    'hi, I work at a car park and I saw something weird tonight',
  ])('is a bystander in %p', (text) => {
    expect(role(text, 'self')).toBe('other');
  });

  it.each(['ik werk bij een tankstation en ik moet 70 uur per week werken', 'I work at a car wash and the boss keeps my passport'])(
    'but tells their own story in %p',
    (text) => {
      expect(role(text, 'self')).toBe('self');
    },
  );
});

describe('volunteers and where a writer comes from', () => {
  it.each(['ik doe vrijwilligerswerk bij de taalles', 'I volunteer at the library'])('%p is a volunteer', (text) => {
    expect(VOLUNTEER.test(normaliseText(text))).toBe(true);
  });

  it.each(['ik kom uit Syrie en woon hier 3 jaar', "I'm from Ghana and I have a question"])(
    '%p says where the writer comes from',
    (text) => {
      expect(FROM_SOMEWHERE.test(normaliseText(text))).toBe(true);
    },
  );

  it('a writer from somewhere who names a profession word is no professional for it', () => {
    expect(role('I am from Eritrea, I was a nurse there, now I clean offices', 'professional')).toBeUndefined();
  });
});

describe('the role a message says outright', () => {
  it.each([
    ['eigenlijk gaat het om mij', 'self'],
    ["it's about me, not my sister", 'self'],
    ['het gaat over mijn tante', 'other'],
    ["it's about my flatmate", 'other'],
    ['ik ben haar juf', 'professional'],
    ["I'm his youth worker", 'professional'],
  ])('%p → %p', (text, expected) => {
    expect(roleSaid(normaliseText(text))).toBe(expected);
  });

  it.each(['ik ben zelf ook 17', 'krijg ik problemen op mijn werk als ik bel?', 'she has to see many clients', 'hij moet naar school'])(
    '%p says none',
    (text) => {
      expect(roleSaid(normaliseText(text))).toBeNull();
    },
  );
});

describe('who the telling is about, by its subject and object', () => {
  it.each(['Mijn schoonbroer werkt al maanden zonder loon in een kwekerij', 'my nephew he works at a nail bar, he sleeps there too'])(
    'a relative as the subject: %p is about them',
    (text) => {
      expect(role(text, 'self')).toBe('other');
    },
  );

  it.each(['mijn vriend laat mij met andere mannen meegaan voor geld', 'my boyfriend makes me meet men for money'])(
    'the writer as the one it is done to: %p is their own',
    (text) => {
      expect(role(text, 'other')).toBe('self');
      expect(role(text, undefined)).toBe('self');
    },
  );

  it.each(['mn vriendje zegt dat ik hem nog 900 euro schuldig ben', 'my boyfriend says that I owe him for the flat'])(
    'a debt laid on the writer by the person they name: %p is their own',
    (text) => {
      expect(role(text, 'self', { namesAnother: () => true })).toBe('self');
      expect(role(text, 'other', { namesAnother: () => true })).toBe('self');
    },
  );

  it.each(['ik kom uit Eritrea, ben 30 jaar en woon in een azc', 'I am from Sudan, 29 years, living in a camp'])(
    'a writer saying where they come from and no one else: %p is their own',
    (text) => {
      expect(role(text, 'other')).toBe('self');
    },
  );

  it('a writer saying where they come from who asks for a friend still asks for the friend', () => {
    expect(role('I am from Eritrea and I want to ask about my friend', 'other', { namesAnother: () => true })).toBe('other');
  });
});

describe('what the doer does beside it', () => {
  it('does not make the story theirs when the writer is the one it is done to', () => {
    const text = normaliseText('hij laat mij voor hem werken en hij houdt al het geld');
    expect(writersRoleInMessage(text, 'other', parts({ anothersSituation: () => true }))).toBe('self');
  });
});

describe('"not about me"', () => {
  it.each(['niet voor mezelf hoor, mijn huisgenoot werkt daar', "this isn't about me, my housemate works there"])(
    '%p is about another person, and says so outright',
    (text) => {
      expect(role(text, 'self')).toBe('other');
      expect(roleSaid(normaliseText(text))).toBe('other');
    },
  );
});

describe('a writer brought here by someone', () => {
  it.each([
    'mijn vriend bracht mij naar Den Haag en ik zie nooit geld',
    'my boyfriend brought me here, I work in a club and never see the money',
  ])('tells their own story in %p, whatever they see', (text) => {
    expect(role(text, 'self')).toBe('self');
    expect(role(text, 'other')).toBe('self');
  });
});

describe('a writer who says only where they come from and how old they are', () => {
  it.each(['hoi, ik kom uit Somalie, 22 jaar, woon in Zwolle', 'hello, I am from Syria, 31 years, I live in Venlo'])(
    '%p tells their own',
    (text) => {
      expect(role(text, undefined)).toBe('self');
    },
  );
});

describe('a team or shop leader at work', () => {
  it.each([
    'ik ben teamleider in een magazijn en ik maak me zorgen om de uitzendkrachten',
    'ik ben bedrijfsleider van een supermarkt en ik maak me zorgen om een vakkenvuller',
  ])('%p writes as a professional', (text) => {
    expect(role(text, 'professional', { namesAnother: () => true })).toBe('professional');
  });
});

describe('a writer who says only where they work and that something follows (convo19)', () => {
  it.each([
    'goedemiddag, ik werk in de bediening van een strandpaviljoen en ik zit ergens mee',
    'hey i work nights at a petrol station, can i ask something?',
    'hallo ik werk in de afwas van een wokrestaurant, ben nu op mijn werk',
    'ben elektricien, had vandaag een storing in een bedrijfspand bij de haven',
    'hi, I work security at a festival and today I found a girl crying behind the stage',
  ])('is not yet read as telling their own story in %p', (text) => {
    expect(role(text, 'self')).toBeUndefined();
  });

  it('what is done to them there makes it their own story', () => {
    expect(tellsOnlyOwnWork(normaliseText('hoi ik werk in een kas en ik wil iets vragen, de baas houdt mijn paspoort'))).toBe(false);
    expect(role('hoi ik werk in een kas en ik wil iets vragen, de baas houdt mijn paspoort', 'self')).toBe('self');
  });

  it('their own work told in full is their own story', () => {
    expect(role('ik werk als schoonmaker bij een gezin en ik pas op hun kinderen', 'self')).toBe('self');
  });

  it('asking help for someone is asking for them', () => {
    expect(worryAboutAnother(normaliseText('i need help for my brother, he works on a boat'))).toBe(true);
    expect(worryAboutAnother(normaliseText('ik heb hulp nodig voor mijn nichtje'))).toBe(true);
    expect(worryAboutAnother(normaliseText('i need help for myself'))).toBe(false);
  });
});

describe('a bystander the models took for the writer telling their own story (facts20)', () => {
  it.each([
    ['Hoi, ik woon boven een nagelstudio en ik vind het daar niet pluis', true],
    ['My studio is right above a massage place and something feels off.', true],
    ['Een van mijn cursisten, Eritrese vrouw van 22, liet me brieven zien van drie banken', false],
    ['one of my players has been skipping training and has new phones', false],
  ])('tells of another in %p', (text, namesAnother) => {
    expect(role(text, 'self', { namesAnother: () => namesAnother })).toBe('other');
  });

  it('unless something is done to the writer there too', () => {
    expect(role('ik woon boven de winkel van mijn baas en hij houdt mijn paspoort', 'self', { namesAnother: () => true })).toBe('self');
  });

  it('reads something off with people as the worry about them', () => {
    const text = "yo, I deliver for one of the food apps. something's off with a bunch of guys I see every day at the hub";
    expect(worryAboutAnother(normaliseText(text))).toBe(true);
    expect(role(text, 'self')).toBe('other');
    expect(worryAboutAnother(normaliseText('er klopt iets niet met een meisje bij ons in de straat'))).toBe(true);
  });

  it('reads a classmate or a friend who messaged as the subject of the telling', () => {
    expect(role('mn klasgenootje heeft zo n vriendje en het klopt echt nie', 'self')).toBe('other');
    expect(role("Mijn vriendin appte vanochtend 'help me ze laten me niet gaan' en sindsdien reageert ze niet meer", 'self')).toBe('other');
  });

  it('takes words the writer quotes for no harm done to the writer, but an offer made to them for theirs', () => {
    expect(writerHarmed(normaliseText("mijn vriendin appte 'ze laten me niet gaan'"))).toBe(false);
    expect(writerHarmed(normaliseText('ze laten me niet gaan'))).toBe(true);
    expect(writerHarmed(normaliseText('hij liet me een appje van de onderaannemer zien'))).toBe(false);
    expect(role('someone on instagram offered me 150 euro per parcel to receive packages at my student room', undefined)).toBe('self');
  });

  it('reads money given to the writer for what they must do as done to the writer (round 37)', () => {
    expect(writerHarmed(normaliseText('a man said he can give me 8.000 euro if I go with him to Cairo for a small operation'))).toBe(true);
    expect(writerHarmed(normaliseText('ze geven ons €50 per nacht als we in het pand slapen'))).toBe(true);
    expect(role('A man at the station said he can give me 8.000 euro if I go with him abroad for a small operation', 'other')).toBe('self');
    // Giving the writer a thing, or giving someone else money, is not it.
    expect(writerHarmed(normaliseText('hij gaf me een briefje met haar nummer'))).toBe(false);
    expect(writerHarmed(normaliseText('they give her 20 euro a day'))).toBe(false);
  });

  it('reads a greeting before the work said as the work said alone', () => {
    expect(tellsOnlyOwnWork(normaliseText("goeiedag ik ben hovenier en werk al jaren bij een paar grote villa's. ik zit met iets"))).toBe(
      true,
    );
  });
});

describe('a teacher of a sport, a dance or music (facts20)', () => {
  it.each([
    'Hallo, ik geef kickboksles aan jongeren in Breda en ik maak me zorgen om een van mijn pupillen.',
    "Hi there, I'm a yoga teacher in Amsterdam",
  ])('is no professional in %p', (text) => {
    expect(professionalSaid(normaliseText(text))).toBe(false);
    expect(roleSaid(normaliseText(text))).not.toBe('professional');
    expect(role(text, 'professional', { namesAnother: () => true })).toBe('other');
  });

  it('while a school teacher still is', () => {
    expect(professionalSaid(normaliseText('Ik ben docent op een vmbo en een van mijn leerlingen vertelde iets'))).toBe(true);
  });
});

describe('a witness or a worker at their desk (facts20)', () => {
  it('is no one yet when they only say they saw something, and a bystander once another is named', () => {
    const text = 'ik neem meterstanden op voor de netbeheerder en vandaag zag ik iets in een huis wat me niet lekker zit';
    expect(role(text, 'self')).toBeUndefined();
    expect(role('I saw something at the station with a girl and an older man', 'self', { namesAnother: () => true })).toBe('other');
    expect(role('ik zag iets raars en nu moet ik van mijn baas 14 uur werken', 'self', { ownStory: () => true })).toBe('self');
  });

  it("tells another person's situation and nothing of their own: a bystander", () => {
    const text = 'Our landlord also rents the attic to Vietnamese guys. They work in nail salons I think.';
    expect(role(text, 'self', { anothersSituation: () => true, namesAnother: () => true })).toBe('other');
  });

  it('at an insurer with "een dossier waar ik me zorgen over maak" tells only their work', () => {
    expect(
      tellsOnlyOwnWork(
        normaliseText('Goedemorgen, ik werk bij een verzekeraar op de schadeafdeling. Ik heb een dossier waar ik me zorgen over maak.'),
      ),
    ).toBe(true);
  });
});

describe('a writer someone recruits (facts20)', () => {
  it.each([
    'er is een jongen die ik ken van insta. hij vroeg of ik een vriendin mee kan nemen, dan krijgen we allebei 150 euro',
    'iemand op discord zegt dat ik 500 kan verdienen als ik mijn bankrekening even uitleen',
    'a man from church found us a room and a job in hotel cleaning',
    // Round 38: a job someone has for the writer.
    'I came to Holland 8 months ago. A woman from my church in Freetown said she has a job for me caring for old people',
    'een man uit ons dorp zei dat hij een baan voor mij had in een kas',
  ])('tells their own story in %p', (text) => {
    expect(recruitsWriter(normaliseText(text))).toBe(true);
    expect(role(text, 'other', { namesAnother: () => true })).toBe('self');
  });

  it('but a girl who asked the writer for help is someone else', () => {
    expect(recruitsWriter(normaliseText('een meisje vroeg of ik haar kon helpen, ze had geen telefoon'))).toBe(false);
    expect(role('een meisje vroeg of ik haar kon helpen, ze had geen telefoon', 'other', { namesAnother: () => true })).toBe('other');
  });
});

describe('a telling whose subjects are other people', () => {
  it.each([
    'de buurman die opendeed hield de deur dicht. in de keuken zaten twee jongens op de grond en een vrouw riep iets. toen ben ik weggegaan',
    'A group of about 15 people rents three flats from us. One guy collects all the money and the women never go out alone',
  ])('is a bystander in %p, however much "I" or "we" it has', (text) => {
    expect(toldOfOthers(normaliseText(text))).toBe(true);
    expect(role(text, 'self')).toBe('other');
  });

  it.each([
    'they make me work every day, the men come at night and he takes the money',
    'hij zegt dat ik moet blijven. de mannen komen elke avond en hij pakt mijn geld',
    'een man zei dat ik 500 euro kon verdienen. hij regelde alles en die mannen wachtten op het station',
  ])("stays the writer's own when it is done to them or they are recruited: %p", (text) => {
    expect(role(text, 'self')).toBe('self');
  });

  it('needs others as subjects more often than the writer: "ik" told twice beside one man is not enough', () => {
    expect(toldOfOthers(normaliseText('ik zit in 3 havo en hij wacht na school bij het hek. hij is 22.'))).toBe(false);
    expect(toldOfOthers(normaliseText('ik zag een man bij de deur en ik ging naar binnen'))).toBe(false);
  });

  it('counts no one inside quoted words', () => {
    expect(toldOfOthers(normaliseText('ik las het briefje: "the men take the girls, they hit the women"'))).toBe(false);
  });
});

describe('kept out is not kept in', () => {
  it.each(['de man liet me niet verder dan de gang', 'ze lieten me niet naar binnen'])('%p is nothing done to the writer', (text) => {
    expect(writerHarmed(normaliseText(text))).toBe(false);
  });

  it.each(['ze laten me niet gaan', 'ze laten mij niet naar buiten'])('%p is', (text) => {
    expect(writerHarmed(normaliseText(text))).toBe(true);
  });
});

describe('harm to the writer in the words of a worker or a former victim', () => {
  it.each([
    'I am a care worker from Kenya, I work through an agency. I think they are cheating me',
    'A man in Accra promised me a place in a football club. I paid him and there was nothing',
    'van mijn 17e tot mijn 21e moest ik voor iemand werken in hotels',
    'die man buit ons uit op de boerderij',
  ])('%p is their own story, however the models read it', (text) => {
    expect(writerHarmed(normaliseText(text))).toBe(true);
    expect(role(text, 'professional')).toBe('self');
    expect(role(text, 'other')).toBe('self');
  });

  it.each(['ben gasmonteur, moest vandaag een lek checken', 'ik moest gisteren lang wachten bij de receptie'])(
    'a "moest" of ordinary work is not: %p',
    (text) => {
      expect(writerHarmed(normaliseText(text))).toBe(false);
    },
  );
});

describe('a worker who would like to ask something', () => {
  it('has only said their work in "I work at the service desk of a bank, I\'d like to ask something"', () => {
    const text = "Hello, I work at the service desk of a bank branch in Amsterdam. I'd like to ask something about a situation";
    expect(tellsOnlyOwnWork(normaliseText(text))).toBe(true);
    expect(role(text, 'self')).toBeUndefined();
  });
});

describe('the writer inside a telling of others', () => {
  it.each([
    'they said to pay salary they need my debit card and pin. I gave it to a guy at the station, the men never called back',
    'twee jongens van insta vroegen om mijn bankpas, een man haalde hem op',
  ])('with their own card or account told, %p stays their own', (text) => {
    expect(toldOfOthers(normaliseText(text))).toBe(false);
  });

  it.each([
    'hij zegt dat ik vanavond voor 12 uur een filmpje moet sturen',
    'on saturdays the mom sends me to clean houses of her friends',
    'ze stuurt mij om te schoonmaken bij haar vriendinnen',
  ])('a demand or being sent to work is harm to the writer: %p', (text) => {
    expect(writerHarmed(normaliseText(text))).toBe(true);
  });

  it.each(['ik denk dat ik de politie moet bellen', 'a friend sent me to this site'])('%p is no harm', (text) => {
    expect(writerHarmed(normaliseText(text))).toBe(false);
  });
});

describe("the writer's own group and boss among the others named", () => {
  it.each([
    'We are 12 people in one container house, no heating, the men sleep on the floor and two guys are sick',
    'boss very angry, he have gun in his car. the workers are afraid, we are 20 people in farm',
    'they opened 3 bank accounts in my name and the guy says the men will come',
  ])('%p is no bystander telling', (text) => {
    expect(toldOfOthers(normaliseText(text))).toBe(false);
  });

  it('but "his boss" is the boss of another', () => {
    expect(toldOfOthers(normaliseText('two girls work there and his boss takes their money, they never go out'))).toBe(true);
  });
});

describe('a professional writing outside their work (roleq39)', () => {
  it.each([
    'ik werk zelf bij de politie maar dit is privé, ik was buiten dienst uit eten',
    'ik ben wijkagent maar ik bel nu als privépersoon',
    "I'm a nurse but this is off duty",
  ])('%p is no professional at work, nor their own story', (text) => {
    expect(role(text, 'professional')).toBeUndefined();
    expect(role(text, 'self')).toBeUndefined();
    expect(roleSaid(normaliseText(text))).toBeNull();
    expect(professionalSaid(normaliseText(text))).toBe(false);
  });

  it('a professional at work stays one', () => {
    expect(roleSaid(normaliseText('ik ben docent, een leerling van mij heeft steeds nieuwe spullen'))).toBe('professional');
  });
});

import { found, foundOf } from './helpers';

/** True when every letter and digit of `part` lies under some detected span, of any type. */
function covered(text: string, part: string): boolean {
  const at = text.indexOf(part);
  const spans = found(text).map(([, s]) => s);
  return [...part].every(
    (c, i) => !/[\p{L}\d]/u.test(c) || spans.some((s) => text.indexOf(s) <= at + i && at + i < text.indexOf(s) + s.length),
  );
}

describe('plates in lower case after a plate word or a vehicle (round 51)', () => {
  it.each([
    ['his plate is b 123 abc, white car', 'b 123 abc'],
    ['the plates were ab 123 cd on a grey van', 'ab 123 cd'],
    ['truck bv 29 cxm met een oplegger erachter', 'bv 29 cxm'],
    ['hij rijdt een bus, wx 4k21, elke ochtend', 'wx 4k21'],
  ])('"%s" masks "%s"', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('leaves words and numbers after a vehicle, and a plate word read as a plate group', () => {
    for (const text of ['de bus om 10 uur was vol', 'de auto met 4 man erin', 'een truck van 40 ton', 'ze reed de bus in 2023'])
      expect(foundOf('KENTEKEN', text)).toEqual([]);
    // "reg" has a vowel: it is the sentence's word, and the plate after it stays whole.
    expect(foundOf('KENTEKEN', 'English car, reg LB07 SEO, parked at the back.')).toEqual(['LB07 SEO']);
  });
});

describe('plates with the unread part typed as marks (round 51)', () => {
  it.each([
    ['bulgaarse platen, PB 4??? KM, de cijfers kon ik niet lezen', 'PB 4??? KM'],
    ['kenteken 12-AB-?? maar de rest weet ik niet', '12-AB-??'],
    ['het kenteken was vb-**-42', 'vb-**-42'],
    ['een witte bus met 4??-XL erop', '4??-XL'],
  ])('"%s" masks "%s"', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('needs a plate or a vehicle in the sentence, and letters and digits beside the marks', () => {
    expect(foundOf('KENTEKEN', 'wat?? ik ben 12 jaar en hij 19??')).toEqual([]);
    expect(foundOf('KENTEKEN', 'hij vroeg 50 euro?? voor 1 uur')).toEqual([]);
    expect(foundOf('KENTEKEN', 'kenteken AB-??, verder niks')).toEqual([]);
    // The recognizer's corpus: a question after the emergency number is no plate.
    expect(found('what if i see a girl in a car crying and a man shouting at her, do i call 112 or you?')).toEqual([]);
    expect(foundOf('KENTEKEN', 'is that his car, the AB 12?')).toEqual([]);
  });
});

describe('organisations named after a lower-case kind word or a school role (round 51)', () => {
  it.each([
    ['i was in asylum center azc Heidezicht before', 'azc Heidezicht'],
    ['ik ben mentor op csg Reggedal in het oosten', 'csg Reggedal'],
    ['ja pracuje w kas Van der Lugt w Honselersdijk', 'kas Van der Lugt'],
    ['ik ben schoolmaatschappelijk werker op het Baken in Almere', 'Baken'],
    ['mijn dochter zit op het Kompas, groep 7', 'Kompas'],
    ['bus heeft kenteken V-611-BN en er staat WerkSnel op', 'WerkSnel'],
    ['die vrouw heeft ook een nagelsalon, Nails by Joy', 'Nails by Joy'],
  ])('"%s" masks "%s"', (text, name) => {
    expect(covered(text, name)).toBe(true);
  });

  it('keeps a town after "azc" a place, and the words after a lower-case "kas"', () => {
    expect(foundOf('PLAATS', 'ik woon nu in azc Budel')).toEqual(['Budel']);
    expect(foundOf('ORGANISATIE', 'ik woon nu in azc Budel')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'de jongens moeten elke dag in de kas staan tot 10 uur')).toEqual([]);
  });

  it('keeps a town after a school role and "op" a place, and apps spelt with a capital inside', () => {
    expect(foundOf('ORGANISATIE', 'ik ben docent op Texel en zie het elke dag')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ze chat elke avond op WeChat met hem')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'hij stuurt berichten op WhatsApp en TikTok')).toEqual([]);
  });
});

describe('a nickname after "call himself" (round 51)', () => {
  it('masks the name a person gives themself in broken English', () => {
    expect(foundOf('NAAM', 'the boss call himself Captain, his phone is off')).toEqual(['Captain']);
  });
});

describe('a phone number said digit by digit without its 0 (round 51)', () => {
  it('masks ten number words in a row', () => {
    const text = 'hij stuurt berichten van zes een drie vier acht nul nul twee negen een, ik heb dat nummer opgeslagen';
    expect(foundOf('TELEFOON', text)).toEqual(['zes een drie vier acht nul nul twee negen een']);
  });

  it('leaves counting aloud, up or down', () => {
    expect(foundOf('TELEFOON', 'een twee drie vier vijf zes zeven acht negen tien, klaar of niet')).toEqual([]);
    expect(foundOf('TELEFOON', 'ten nine eight seven six five four three two one go')).toEqual([]);
  });
});

describe('an initial set off after the word for a person (round 51)', () => {
  it.each([
    ['een leerling (D., klas 3b) vertelt dat een man haar meeneemt', 'D.'],
    ['de jongen, J., is 15 en moet pakketjes brengen', 'J.'],
    ['mijn buurvrouw (M.) zegt dat er mannen komen', 'M.'],
  ])('"%s" masks "%s"', (text, initial) => {
    expect(foundOf('NAAM', text)).toEqual([initial]);
  });

  it('leaves a capital and a dot without a person word before it', () => {
    expect(found('we hebben Plan B. (echt) en dan vitamine D, B, C.')).toEqual([]);
    expect(found('het is de auto (A., zei hij) die daar staat')).toEqual([]);
  });
});

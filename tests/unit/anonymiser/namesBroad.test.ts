import { detectConversation } from '../../../src/anonymiser';
import { BloomFilter } from '../../../src/anonymiser/lexicons/bloom';
import { FIRST_NAMES, SURNAMES, isOrdinaryWord } from '../../../src/anonymiser/lexicons/wordLists';
import { found, foundOf } from './helpers';

describe('the word lists', () => {
  it('know ordinary Dutch and English words in every form, and not names', () => {
    for (const w of ['overslaan', 'overgeslagen', 'klopt', 'kassen', 'werkte', 'pakketjes', 'houses', 'worried'])
      expect(isOrdinaryWord(w)).toBe(true);
    for (const w of ['kayleigh', 'wieslaw', 'yassine', 'oksana', 'chinedu']) expect(isOrdinaryWord(w)).toBe(false);
  });

  it("cover first names and surnames of the Netherlands' communities", () => {
    const first = [
      'fatima',
      'emre',
      'shanti',
      'shurendy',
      'katarzyna',
      'ionut',
      'hristo',
      'oksana',
      'chinedu',
      'semhar',
      'ngozi',
      'minh',
      'kwame',
      'priya',
    ];
    const last = [
      'el amrani'.split(' ')[1]!,
      'yilmaz',
      'jagesar',
      'martina',
      'nowak',
      'popescu',
      'petkov',
      'kovalenko',
      'okafor',
      'tesfay',
      'nguyen',
    ];
    expect(first.filter((n) => !FIRST_NAMES.has(n))).toEqual([]);
    expect(last.filter((n) => !SURNAMES.has(n))).toEqual([]);
  });

  it('a Bloom filter never forgets a word it was given', () => {
    const filter = BloomFilter.forCount(1000);
    const words = Array.from({ length: 1000 }, (_, i) => `woord${i}`);
    for (const w of words) filter.add(w);
    const copy = BloomFilter.fromBytes(filter.toBytes());
    expect(words.every((w) => copy.has(w))).toBe(true);
    const strangers = Array.from({ length: 1000 }, (_, i) => `vreemd${i}`).filter((w) => copy.has(w));
    expect(strangers.length).toBeLessThan(10);
  });
});

describe('names of every community, with particles, initials and nicknames', () => {
  it.each([
    ["Mijn buurman Wim van 't Hof zegt dat de Polen in de schuur slapen.", "Wim van 't Hof"],
    ['Haar baas heet Carlos de la Cruz, hij regelt alles.', 'Carlos de la Cruz'],
    ["Mevrouw In 't Veld van school belde me.", "Mevrouw In 't Veld"],
    ['J.P. de Graaf is de eigenaar van de kwekerij.', 'J.P. de Graaf'],
    ['Het contract is getekend door A. Bouzid.', 'A. Bouzid'],
    ['De eigenaar is Nguyễn Văn An, daar werken meisjes van 15.', 'Nguyễn Văn An'],
    ['Szef nazywa się Paweł Wiśniewski.', 'Paweł Wiśniewski'],
    ['Fata se numește Andreea Dumitru și are 16 ani.', 'Andreea Dumitru'],
    ['Шефът е Христо Петков, той взема паспортите.', 'Христо Петков'],
    ['die vent noemt zich Big Mike en hij heeft een busje', 'Big Mike'],
    ['mijn collega el idrissi zei dat hij niks betaald krijgt', 'el idrissi'],
    ['ze heet ayşe demir en ze is 17', 'ayşe demir'],
    ['Haar naam is Li Na, ze spreekt geen Nederlands.', 'Li Na'],
  ])('finds the whole name in %j', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('takes no ordinary word for a name, in Title Case, shouting or other languages either', () => {
    for (const text of [
      'Ik Weet Het Niet Meer',
      'Mijn Baas Zegt Dat Ik Schulden Heb',
      'HELP MIJ AUB IK ZIT VAST',
      'Ja Klopt',
      'Konto to konto szefa, pieniądze idą tam.',
      'Elle travaille ici et elle a peur.',
      'Die Miete geht auf sein Konto, sagt der Chef.',
      'Een witte Sprinter en een oude Dacia.',
    ]) {
      expect(foundOf('NAAM', text)).toEqual([]);
    }
  });
});

describe('a conversation', () => {
  it('masks a name everywhere once one message shows it is a name, before and after that message', () => {
    const texts = ['Roos krijgt steeds dure cadeaus.', 'Mijn buurmeisje heet Roos.', 'ik heb roos gisteren nog gezien, met rozen'];
    const spans = detectConversation(texts).map((entities, i) => entities.map((e) => texts[i]!.slice(e.start, e.end)));
    // "roos" in lower case is also a flower: only the capitalised word follows the name.
    expect(spans).toEqual([['Roos'], ['Roos'], []]);
  });

  it('remembers handles and unusual names in any case', () => {
    const texts = ['Op insta heet hij king_kev010 en zijn vriend heet Bogdan.', 'bogdan en KING_KEV010 kwamen samen.'];
    const spans = detectConversation(texts).map((entities, i) => entities.map((e) => texts[i]!.slice(e.start, e.end)));
    expect(spans[1]).toEqual(['bogdan', 'KING_KEV010']);
  });

  it('does not carry a name into another conversation', () => {
    expect(found('Roos krijgt steeds dure cadeaus.')).toEqual([]);
  });
});

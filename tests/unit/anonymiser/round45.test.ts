import { detectConversation } from '../../../src/anonymiser';
import { foundOf } from './helpers';

/** Each message's spans of one type, read as one conversation. */
function conversationOf(type: string, texts: string[]): string[][] {
  return detectConversation(texts).map((spans, i) => spans.filter((e) => e.type === type).map((e) => texts[i]!.slice(e.start, e.end)));
}

describe('a name whose accents folding took away (round 45)', () => {
  it.each([
    ['de oudste noemen ze Ón, ze kookt voor iedereen', 'Ón'],
    ['het meisje heet Bé en woont boven de salon', 'Bé'],
  ])('"%s" masks %s after a naming word', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('keeps the function word it folds to', () => {
    expect(foundOf('NAAM', 'Be careful, they call her when they need her')).toEqual([]);
  });

  it('finds the name again in the conversation only as written', () => {
    expect(conversationOf('NAAM', ['de jongste heet Bé, denk ik', 'gisteren zat Bé weer buiten', 'we will be there, Be quick'])).toEqual([
      ['Bé'],
      ['Bé'],
      [],
    ]);
  });
});

describe('a husband or wife after a possessive (round 45)', () => {
  it.each([
    ['bel mij of mijn man Ad terug', 'Ad'],
    ['haar vrouw Bo werkt ook in de kas', 'Bo'],
  ])('"%s" masks %s', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('reads "een man" as any man', () => {
    expect(foundOf('NAAM', 'er stond een man Ad te roepen')).toEqual([]);
  });
});

describe('a learned name in lower case before a bare verb (round 45)', () => {
  it('masks the name before a verb in its bare form', () => {
    expect(conversationOf('NAAM', ['my madam is Mama Joy', 'but joy have the key of our room'])).toEqual([['Mama Joy'], ['joy']]);
  });

  it('keeps the word after an article', () => {
    expect(conversationOf('NAAM', ['my madam is Mama Joy', 'the joy have gone'])).toEqual([['Mama Joy'], []]);
  });
});

describe('the speaker after an inverted verb of saying (round 45)', () => {
  it.each([
    ['toen zei Lucky dat we moesten betalen', 'Lucky'],
    ['en daarna vertelde Bloem me alles', 'Bloem'],
  ])('"%s" masks %s', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each(['toen zei Mama dat het mocht', 'ik zei Nee, dat wil ik niet'])('keeps a relation or an answer: "%s"', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });
});

describe('a person set off by a comma before an apposition (round 45)', () => {
  it('masks an unknown word before "die jongen"', () => {
    expect(foundOf('NAAM', 'Kelechukwu, die jongen van 19, rijdt in een grijze auto')).toEqual(['Kelechukwu']);
  });

  it('keeps an adverb set off the same way', () => {
    expect(foundOf('NAAM', 'Gisteren, die man kwam weer langs')).toEqual([]);
  });
});

describe('a lower-case name no list holds after an English relation (round 45)', () => {
  it('masks it', () => {
    expect(foundOf('NAAM', 'my cousin thandeka is also in that house')).toEqual(['thandeka']);
  });

  it('keeps a verb the dictionary knows', () => {
    expect(foundOf('NAAM', 'my boss took our passports')).toEqual([]);
  });
});

describe('an Arabizi introduction (round 45)', () => {
  it('masks the name after "ana" closing its clause', () => {
    expect(foundOf('NAAM', 'salam, ana Zeinab, min Dimashq')).toEqual(['Zeinab']);
  });

  it('masks a word a dictionary knows when it is introduced', () => {
    expect(foundOf('NAAM', 'marhaba, ana Lama, 3omri 20')).toEqual(['Lama']);
  });
});

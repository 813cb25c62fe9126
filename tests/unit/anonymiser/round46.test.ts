import { detectConversation } from '../../../src/anonymiser';
import { findMonthNames } from '../../../src/anonymiser/detectors/monthNames';
import { foundOf } from './helpers';

/** Each message's spans of one type, read as one conversation. */
function conversationOf(type: string, texts: string[]): string[][] {
  return detectConversation(texts).map((spans, i) => spans.filter((e) => e.type === type).map((e) => texts[i]!.slice(e.start, e.end)));
}

describe('a learned name with a bare possessive "s" (round 46)', () => {
  it('finds "Tunde" again as "Tundes"', () => {
    expect(conversationOf('NAAM', ['my friend Tunde works in a car wash', 'Tundes passport is with the boss'])).toEqual([
      ['Tunde'],
      ['Tundes'],
    ]);
  });

  it('leaves a word of its own with an "s" alone', () => {
    expect(conversationOf('NAAM', ['my friend Rose works there', 'Roses are what she sells at the market'])[1]).toEqual([]);
  });

  it('does not take the possessive in lower case', () => {
    expect(conversationOf('NAAM', ['my friend Tunde works in a car wash', 'they took tundes money'])[1]).toEqual([]);
  });
});

describe('a month that is a given name, by its place in the sentence (round 46)', () => {
  it.each([
    ['ik wil melden dat Mei uit mijn klas vertelde dat ze niet naar huis mag', 'Mei'],
    ['ik bel omdat Juni bang is voor haar oom', 'Juni'],
    ['mei zegt dat ze het zelf niet durft', 'mei'],
    ['Juli woont nu bij die man in Tilburg', 'Juli'],
  ])('"%s" masks %s', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each([
    'ik denk dat Mei en Juni de drukste maanden zijn',
    'toen Juli begon was het al druk',
    'omdat Juni al voorbij is kan ze niet meer',
    'that June was hot and we worked every day',
    'in mei zegt hij dat ze weg moet',
    'ik zei dat Mei 2023 de start was',
  ])('keeps the month in "%s"', (text) => {
    expect(findMonthNames(text)).toEqual([]);
    expect(foundOf('NAAM', text)).toEqual([]);
  });
});

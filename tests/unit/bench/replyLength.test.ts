/**
 * The eval's measure of reply length (round 49): words per bot turn over all its bubbles, and the
 * figures summed over conversations, so a longer answer does not pass the scorer unnoticed.
 */
import { LONG_TURN_WORDS, lengthFigures, wordsOf, wordsPerTurn } from '../../../bench/dialogs/replyLength';
import { CatalogIndex, scoreConversation } from '../../../bench/dialogs/score';
import type { Script } from '../../../bench/dialogs/script';
import { catalog } from '../../support/bot';

describe('reply length', () => {
  it('counts words as a reader does: a number or a link is one word, a dash or an emoji alone none', () => {
    expect(wordsOf('Bel Veilig Thuis: 0800-2000 — gratis.')).toBe(5);
    expect(wordsOf('[Meer over privacy](https://veiligthuis.nl/privacy) 🙂')).toBe(3);
    expect(wordsOf('  ')).toBe(0);
  });

  it('adds the bubbles of a turn together, turn by turn', () => {
    expect(wordsPerTurn([{ replies: [{ text: 'een twee' }, { text: 'drie' }] }, { replies: [] }])).toEqual([3, 0]);
  });

  it('sums bubbles and words over conversations and counts the turns longer than a phone screen', () => {
    const long = LONG_TURN_WORDS + 1;
    const figures = lengthFigures([
      { bubbles: [2, 1], words: [40, long] },
      { bubbles: [3], words: [20] },
    ]);
    expect(figures).toEqual({ turns: 3, bubbles: 6, words: 60 + long, medianWords: 40, maxWords: long, longTurns: 1 });
    expect(lengthFigures([])).toEqual({ turns: 0, bubbles: 0, words: 0, medianWords: null, maxWords: null, longTurns: 0 });
  });

  it('is part of every conversation score', () => {
    const script: Script = {
      id: 't',
      writer: 'test',
      page: 'nl',
      form: 'unknown',
      minor: false,
      expectedHelp: [],
      turns: [{ text: 'hoi', language: 'nl', acuteDanger: false, suicidal: false, questions: [], facts: {} }],
    };
    const score = scoreConversation(
      script,
      [{ replies: [{ text: 'Hallo, fijn dat je er bent.' }, { text: 'Waar maak je je zorgen over?' }] }],
      new CatalogIndex(catalog),
    );
    expect(score.bubbles).toEqual([2]);
    expect(score.words).toEqual([12]);
  });
});

import { questionClauses } from '../../../src/nlu/questions/clauses';
import type { QuestionClause } from '../../../src/nlu/questions/clauses';
import {
  cueReading,
  recallAskingSentences,
  recallAsks,
  recallClauses,
  recallConsequences,
  recallCued,
  recallPlain,
  withCueMemo,
} from '../../../src/triage/cueMemo';
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import { outcomeAsked } from '../../../src/triage/outcomeClauses';
import { toldToOthersAsked } from '../../../src/triage/toldToOthers';
import { questionPutToTheHelpline } from '../../../src/triage/questionWithoutAnswer';
import { askingSentences, asksSomething, cuedTopics, plainWords } from '../../../src/triage/questionCues';

function counting(): { compute: (text: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { calls, compute: (text) => (calls.push(text), text.toLowerCase()) };
}

describe('the memo of one reading of the question cues', () => {
  it('works each piece out once while a reading lasts', () => {
    const { compute, calls } = counting();
    const results = withCueMemo(() => [recallPlain('Mag Dat?', compute), recallPlain('Mag Dat?', compute), recallPlain('Ja.', compute)]);
    expect(results).toEqual(['mag dat?', 'mag dat?', 'ja.']);
    expect(calls).toEqual(['Mag Dat?', 'Ja.']);
  });

  it('remembers nothing outside a reading or after it', () => {
    const { compute, calls } = counting();
    recallPlain('Mag Dat?', compute);
    recallPlain('Mag Dat?', compute);
    withCueMemo(() => recallPlain('Mag Dat?', compute));
    withCueMemo(() => recallPlain('Mag Dat?', compute));
    expect(calls).toHaveLength(4);
  });

  it('lets a reading inside a reading use the outer memo', () => {
    const { compute, calls } = counting();
    withCueMemo(() => {
      recallPlain('Mag Dat?', compute);
      withCueMemo(() => recallPlain('Mag Dat?', compute));
      recallPlain('Mag Dat?', compute);
    });
    expect(calls).toEqual(['Mag Dat?']);
  });

  it('keeps whether a piece asks apart from its plain words', () => {
    let asked = 0;
    const asks = (text: string): boolean => (asked++, text.endsWith('?'));
    expect(withCueMemo(() => [recallAsks('Mag dat?', asks), recallAsks('Mag dat?', asks), recallPlain('Mag dat?', (t) => t)])).toEqual([
      true,
      true,
      'Mag dat?',
    ]);
    expect(asked).toBe(1);
  });

  it('is dropped when the reading throws', () => {
    const { compute, calls } = counting();
    expect(() =>
      withCueMemo(() => {
        recallPlain('Mag Dat?', compute);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    recallPlain('Mag Dat?', compute);
    expect(calls).toHaveLength(2);
  });

  it('gives the cues the same answers inside a reading as outside', () => {
    const texts = ['Wordt hij dan opgepakt? k weet nie', 'ik vraag me af of t mag', 'Mijn buurvrouw werkt hard.'];
    const outside = texts.map((t) => [plainWords(t), asksSomething(t), askingSentences(t)]);
    expect(withCueMemo(() => texts.map((t) => [plainWords(t), asksSomething(t), askingSentences(t)]))).toEqual(outside);
  });

  it('works out the sentences that ask once while a reading lasts, and nothing outside one', () => {
    const seen: string[] = [];
    const sentences = (text: string): readonly string[] => (seen.push(text), text.split('. '));
    const inside = withCueMemo(() => [
      recallAskingSentences('Ik werk. Mag dat?', sentences),
      recallAskingSentences('Ik werk. Mag dat?', sentences),
    ]);
    expect(inside).toEqual([
      ['Ik werk', 'Mag dat?'],
      ['Ik werk', 'Mag dat?'],
    ]);
    expect(seen).toHaveLength(1);
    recallAskingSentences('Ik werk. Mag dat?', sentences);
    expect(seen).toHaveLength(2);
  });

  it('parses the question clauses of a message once while a reading lasts, and anew outside one', () => {
    const seen: string[] = [];
    const clauses = (text: string): readonly QuestionClause[] => (seen.push(text), questionClauses(text));
    const [first, second] = withCueMemo(() => [
      recallClauses('Mag dat? Wordt hij opgepakt?', clauses),
      recallClauses('Mag dat? Wordt hij opgepakt?', clauses),
    ]);
    expect(second).toBe(first);
    expect(first).toEqual(questionClauses('Mag dat? Wordt hij opgepakt?'));
    expect(seen).toHaveLength(1);
    recallClauses('Mag dat? Wordt hij opgepakt?', clauses);
    expect(seen).toHaveLength(2);
  });

  it('runs the pieces of one reading that run apart in one memo, and another reading in its own', () => {
    const { compute, calls } = counting();
    const reading = cueReading();
    reading(() => recallPlain('Mag Dat?', compute));
    recallPlain('Mag Dat?', compute);
    reading(() => recallPlain('Mag Dat?', compute));
    cueReading()(() => recallPlain('Mag Dat?', compute));
    expect(calls).toEqual(['Mag Dat?', 'Mag Dat?', 'Mag Dat?']);
  });

  it('gives the readings of clauses the same answers inside a reading as outside', () => {
    const texts = [
      'Als ik de politie bel, weet mijn baas dan dat ik het was?',
      'Krijgt zij straf als ik het meld?',
      'Hoe lang duurt een onderzoek? Ik wil niet dat hij het hoort.',
      'Mijn buurvrouw werkt hard.',
    ];
    const read = (t: string) => [toldToOthersAsked(t), outcomeAsked(t), questionPutToTheHelpline(t)];
    const outside = texts.map(read);
    const reading = cueReading();
    expect(texts.map((t) => reading(() => read(t)))).toEqual(outside);
  });

  it('works out the consequences a message asks about once while a reading lasts, and anew outside one', () => {
    const seen: string[] = [];
    const named = (text: string): readonly string[] => (seen.push(text), text.includes('baan') ? ['job'] : []);
    const [first, second] = withCueMemo(() => [
      recallConsequences('Verlies ik mijn baan?', named),
      recallConsequences('Verlies ik mijn baan?', named),
    ]);
    expect(second).toBe(first);
    expect(first).toEqual(['job']);
    expect(seen).toHaveLength(1);
    recallConsequences('Verlies ik mijn baan?', named);
    expect(seen).toHaveLength(2);
  });

  it('gives the consequences asked the same answers inside a reading as outside', () => {
    const texts = [
      'Verlies ik mijn baan als ik bel?',
      'Krijgt zij straf? Ze moet een schuld terugbetalen.',
      'Krijg ik een boete als inlener?',
      'Mijn buurvrouw werkt hard.',
    ];
    const outside = texts.map((t) => consequencesAsked(t));
    const reading = cueReading();
    expect(texts.map((t) => reading(() => [consequencesAsked(t), consequencesAsked(t)]))).toEqual(outside.map((c) => [c, c]));
  });

  it('works out the topics the cues find once while a reading lasts, and anew outside one', () => {
    const seen: string[] = [];
    const topics = (text: string): readonly string[] => (seen.push(text), [text.length > 5 ? 'long' : 'short']);
    withCueMemo(() => {
      expect(recallCued('Mag dat?', topics)).toBe(recallCued('Mag dat?', topics));
      recallCued('Is dit uitbuiting?', topics);
    });
    recallCued('Mag dat?', topics);
    expect(seen).toEqual(['Mag dat?', 'Is dit uitbuiting?', 'Mag dat?']);
  });

  it('gives cuedTopics the same topics inside a reading as outside', () => {
    const texts = [
      'Kan ik anoniem blijven? En moet ik naar de politie?',
      'is this human trafficking, and can I stay anonymous?',
      'ok',
      'raak ik mijn baan kwijt?',
    ];
    const outside = texts.map((t) => [...cuedTopics(t)]);
    expect(withCueMemo(() => texts.map((t) => [...cuedTopics(t)]))).toEqual(outside);
    expect(withCueMemo(() => texts.map((t) => [...cuedTopics(t)]))).toEqual(outside);
  });
});

/**
 * ADR 0006 round 43 (calm43): a later turn that tells a moment of the past, a past day ("gisteren",
 * "yesterday") and the sentences told on in the past tense after it, is asked about with the danger
 * question (112 is in it), not answered with 112 at once; the same story with a now, a time of today
 * in the present, or after a turn read acute keeps its reading. Sentences written for this test
 * (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { toldAtDistance, toldInAPastStory } from '../../../src/safety/nearNow';
import { assessTurn, PAST_STORY_REASON, type EarlierTurn } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';

const reader = testReader();
const calmBefore: EarlierTurn[] = [{ level: 'none', score: 0.01 }];
const acute: DangerAssessment = { level: 'acute', suicidal: false, score: 0.9, reasons: ['model.acute', 'situation.violence'] };
const trusted = { readable: true, overSure: true };

describe('toldInAPastStory', () => {
  it('carries a past day into the past-tense sentence after it', () => {
    const text = 'Gisteren stond de schoonmaker bij de kassa. Hij vertelde dat de man van het bureau hem geslagen had.';
    expect(toldAtDistance(reader.readForDanger(text))).toBe(false);
    expect(toldInAPastStory(reader.readForDanger(text))).toBe(true);
  });

  it('carries it through a sentence that names nothing, to a past verb the reader marks negated', () => {
    const text =
      'De nieuwe plukker heeft gisteren zijn been opengehaald aan het gaas. Het ging mis bij de derde rij. De voorman zei dat hij geen dokter nodig had.';
    expect(toldInAPastStory(reader.readForDanger(text))).toBe(true);
  });

  it.each([
    // Round 48 (calm48): "gisteren" with no past verb the reader knows, and a blow passed on in its sentence.
    ['a past day with a strong past verb', 'gisteren kwam hij binnen met een kapotte lip, hij zegt dat de voorman hem heeft geslagen'],
    ['yesterday, with a blow passed on', 'yesterday he came in with a split lip, he says the foreman hit him'],
  ])('reads %s as told in the past story', (_kind, text) => {
    expect(toldInAPastStory(reader.readForDanger(text))).toBe(true);
    const turn = assessTurn(reader.readForDanger(text), acute, calmBefore, trusted);
    expect(turn.level).toBe('unsure');
  });

  it.each([
    ['a blow now after yesterday', 'gisteren kwam hij binnen met een kapotte lip, nu slaat de voorman hem weer'],
    ['a threat passed on with no day of the past', 'hij zegt dat de voorman hem slaat als hij klaagt'],
    ['someone missing since last night', 'hij is sinds gisteravond niet thuisgekomen en de voorman heeft hem geslagen'],
    ['a cry for help yesterday, then silence', "yesterday she called me crying 'help me, he hit me'. after that nothing, phone off"],
  ])('keeps %s near', (_kind, text) => {
    expect(toldInAPastStory(reader.readForDanger(text))).toBe(false);
  });

  it.each([
    [
      'a now after the past day (nl)',
      'Gisteren stond de schoonmaker bij de kassa. Hij vertelde dat de man hem geslagen had en nu zit hij weer bij hem in de bus.',
    ],
    [
      'a present sentence after the past day (nl)',
      'Gisteren stond de schoonmaker bij de kassa. Hij mag van de man nooit alleen naar buiten.',
    ],
    ['a time of today in the present (nl)', 'Gisteren zag ik hem bij de kassa. Vanavond moet hij weer mee met die man.'],
  ])('keeps %s near', (_kind, text) => {
    expect(toldInAPastStory(reader.readForDanger(text))).toBe(false);
  });
});

describe('a later turn told in a past story', () => {
  const text = 'Gisteren stond de schoonmaker bij de kassa. Hij vertelde dat de man van het bureau hem geslagen had.';

  it('gets the danger question instead of 112 at once', () => {
    const turn = assessTurn(reader.readForDanger(text), acute, calmBefore, trusted);
    expect(turn.level).toBe('unsure');
    expect(turn.reasons[0]).toBe(PAST_STORY_REASON);
  });

  it('keeps 112 after a turn read acute, for a reading by rule, and in the first message', () => {
    const read = reader.readForDanger(text);
    expect(assessTurn(read, acute, [{ level: 'acute', score: 0.9 }], trusted)).toBe(acute);
    const byRule = { ...acute, reasons: ['told.not_safe_now', ...acute.reasons] };
    expect(assessTurn(read, byRule, calmBefore, trusted)).toBe(byRule);
    expect(assessTurn(read, acute, [], trusted)).toBe(acute);
  });
});

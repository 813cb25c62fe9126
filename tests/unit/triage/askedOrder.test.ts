/**
 * Round 48 (ownq48): the citizen's own questions answered in the order they were asked, not in a
 * fixed order of topics; a topic no asking sentence names in plain words keeps its place.
 */
import { inAskedOrder, topicsToAnswer } from '../../../src/triage/ownQuestions';

describe('the order of the answers', () => {
  it('follows the sentences that ask', () => {
    expect(inAskedOrder(['anonymity', 'police'], 'Moet ik naar de politie? En kan ik anoniem blijven?')).toEqual(['police', 'anonymity']);
    expect(inAskedOrder(['anonymity', 'police'], 'Kan ik anoniem blijven? En moet ik naar de politie?')).toEqual(['anonymity', 'police']);
  });

  it('follows the parts of one sentence that asks two things', () => {
    expect(inAskedOrder(['anonymity', 'is_it_trafficking'], 'is this human trafficking, and can I stay anonymous?')).toEqual([
      'is_it_trafficking',
      'anonymity',
    ]);
  });

  it('leaves a topic the words do not name where the choice put it', () => {
    expect(inAskedOrder(['signals', 'police'], 'Moet ik de politie bellen?')).toEqual(['signals', 'police']);
  });

  it('gives one topic or none as it is, a copy, whatever the sentences ask (round 49: no cues read for them)', () => {
    const one = ['anonymity'] as const;
    const ordered = inAskedOrder(one, 'Moet ik naar de politie? En kan ik anoniem blijven?');
    expect(ordered).toEqual(['anonymity']);
    expect(ordered).not.toBe(one);
    expect(inAskedOrder([], 'Moet ik naar de politie?')).toEqual([]);
  });

  it('orders what topicsToAnswer chooses', () => {
    const text = 'Wat gebeurt er na een melding? En blijf ik anoniem?';
    expect(topicsToAnswer(['anonymity', 'after_report'], text, ['anonymity', 'after_report'])).toEqual(['after_report', 'anonymity']);
  });
});

import { consequencesAsked, topicsToAnswer } from '../../../src/triage/ownQuestions';

describe("the citizen's own questions", () => {
  it('answers at most two, questions about oneself first', () => {
    expect(topicsToAnswer(['signals', 'consequences', 'anonymity'])).toEqual(['anonymity', 'consequences']);
  });

  it('tells which consequence is asked about', () => {
    expect(consequencesAsked('Raakt hij zijn baan kwijt als ik meld?')).toEqual(['job']);
    expect(consequencesAsked('will I be deported? I have no papers')).toEqual(['permit']);
    expect(consequencesAsked('moet ik de schuld terugbetalen')).toEqual(['debt']);
    expect(consequencesAsked('wat gebeurt er dan met mij')).toEqual([]);
  });
});

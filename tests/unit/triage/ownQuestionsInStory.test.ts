/**
 * Round 34 (ownq34), at the lowest level: the citizen's own question told inside a story. Calling the
 * police in a Dutch clause with its verb last ("als ik politie bel…") is a worry about the police;
 * asking how to tell it apart ("hoe zie ik het verschil?") asks for the signals; someone else's debt
 * is that person's consequence; being picked up by the police ("dat ze me oppakken") is being
 * punished; a consequence of the writer's own asked again gets its second answer once; a question
 * after "sorry, ik bedoel" or "I mean" still opens as a question.
 */
import { consequenceKeys, consequenceKeysSaid } from '../../../dialogs/ownAnswers';
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import { askedCueTopics, asksSomething, statedWorries } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('calling the police in a clause with its verb last', () => {
  it('is a worry about the police, said beside a question or asked', () => {
    const beside = 'Als ik politie bel is morgen mijn ruit kapot. Kan ik iets doen zonder dat ze weten dat ik het ben?';
    expect(statedWorries(beside, true)).toContain('police');
    // The model reads only anonymity in it: the police worry is answered beside it, both first, in
    // the order the message says them.
    expect(questionsToAnswer({ questions: ['anonymity'] }, beside, 'other').slice(0, 2)).toEqual(['police', 'anonymity']);
    for (const asked of [
      'Wanneer we de politie inschakelen, wat gebeurt er dan met hem?',
      'Als ik de politie erbij haal, is dat dan erger?',
    ])
      expect(askedCueTopics(asked)).toContain('police');
  });

  it('not where the police are only seen or named without calling them', () => {
    expect(statedWorries('Als ik de politie zie loop ik weg. Kan ik anoniem blijven?', true)).not.toContain('police');
    expect(askedCueTopics('Als de buurman het hoort, weet hij dan dat ik het was?')).not.toContain('police');
  });
});

describe('how to tell it apart', () => {
  it('asks for the signals', () => {
    for (const text of [
      'Is dit criminele uitbuiting? Of is het gewoon een puber die stoer doet? Hoe zie ik het verschil?',
      'hoe weet je het verschil tussen een vriendje en een loverboy?',
      'How do I tell the difference between a strict boss and exploitation?',
    ])
      expect(askedCueTopics(text)).toContain('signals');
  });

  it('not for the difference between two ways of reporting', () => {
    expect(askedCueTopics('Wat is het verschil tussen melden en aangifte doen?')).not.toContain('signals');
  });
});

describe('consequences of someone else and of the writer asked again', () => {
  it("answers someone else's debt as that person's, the writer's own as the writer's", () => {
    expect(consequenceKeys('En mijn collega, zij heeft ook schuld aan het bureau, 600 euro. Moet ze dat terugbetalen?')).toEqual([
      'debtOther',
    ]);
    expect(consequenceKeys('Does my friend have to pay back the debt to them?')).toEqual(['debtOther']);
    expect(consequenceKeys('Moet ik die schuld van 3000 terugbetalen?')).toEqual(['debt']);
  });

  it('reads being picked up by the police as being punished', () => {
    expect(consequencesAsked('Moet ik naar de politie? Ik ben bang dat ze me dan gewoon meteen oppakken.')).toContain('punished');
    expect(consequencesAsked('Pakken ze mij dan ook op?')).toContain('punished');
  });

  it('keeps the second answer of an own consequence once, then the short answer for all', () => {
    const text = 'Will they send me back to my country if I tell everything?';
    expect(consequenceKeysSaid(text, [])).toEqual(['permit']);
    expect(consequenceKeysSaid(text, ['permit'])).toEqual(['permitAgain']);
    expect(consequenceKeysSaid(text, ['permit', 'permitAgain'])).toEqual([]);
    // Someone else's consequence has no second answer of its own.
    expect(consequenceKeysSaid('Will they send her back to her country?', ['permitOther'])).toEqual([]);
  });
});

describe('a question after a correction or an afterthought', () => {
  it('still opens as a question without a question mark', () => {
    const text = 'sorry, ik bedoel krijg ik zelf een boete of zo omdat hij hier zonder papieren werkte';
    expect(asksSomething(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, 'other')).toEqual(['consequences']);
    expect(asksSomething('I mean will they send me back to my country')).toBe(true);
  });

  it('a statement after it stays a statement', () => {
    expect(asksSomething('ik bedoel dat hij niks betaalt')).toBe(false);
    expect(asksSomething('sorry, ik bedoel de baas van het restaurant')).toBe(false);
  });
});

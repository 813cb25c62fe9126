import { consequencesAsked, proofAsked, topicsToAnswer } from '../../../src/triage/ownQuestions';

describe("the citizen's own questions", () => {
  it('answers at most two, questions about oneself first', () => {
    expect(topicsToAnswer(['signals', 'consequences', 'anonymity'])).toEqual(['anonymity', 'consequences']);
  });

  it('puts a named consequence first and answers every topic that was read from a question', () => {
    expect(topicsToAnswer(['after_report', 'consequences'], 'Raak ik mijn baan kwijt als ik bel?')).toEqual([
      'consequences',
      'after_report',
    ]);
    expect(topicsToAnswer(['after_report', 'consequences'], 'Als ik het meld, krijgen zij dan problemen?')).toEqual([
      'after_report',
      'consequences',
    ]);
    expect(topicsToAnswer(['anonymity', 'after_report', 'consequences'], 'if I report will they send me back?')).toEqual([
      'consequences',
      'anonymity',
    ]);
  });

  it('tells which consequence is asked about', () => {
    expect(consequencesAsked('Raakt hij zijn baan kwijt als ik meld?')).toEqual(['job']);
    expect(consequencesAsked('will I be deported? I have no papers')).toEqual(['permit']);
    expect(consequencesAsked('moet ik de schuld terugbetalen')).toEqual(['debt']);
    expect(consequencesAsked('wat gebeurt er dan met mij')).toEqual([]);
  });

  it('tells wages and punishment apart from the other consequences, also in other languages', () => {
    expect(consequencesAsked('who pays my wages if the company is abroad? can I get the money back?')).toEqual(['wages']);
    expect(consequencesAsked('word ik zelf opgepakt als ik meld dat ik mijn bankpas heb uitgeleend?')).toEqual(['punished']);
    expect(consequencesAsked('Czy muszę spłacić ten dług agencji?')).toEqual(['debt']);
    expect(consequencesAsked('Şikayet edersem sınır dışı edilir miyim?')).toEqual(['permit']);
  });

  it('answers three questions when the words plainly ask all three, two otherwise', () => {
    const text = "Is this chat saved? I don't want my name in any system because of my status";
    expect(topicsToAnswer(['privacy', 'anonymity', 'consequences'], text, ['privacy', 'anonymity', 'consequences'])).toHaveLength(3);
    expect(topicsToAnswer(['privacy', 'anonymity', 'consequences'], text, ['privacy'])).toHaveLength(2);
  });

  it('answers four plainly asked questions, and no more', () => {
    const four = ['signals', 'anonymity', 'consequences', 'counsellor'] as const;
    expect(topicsToAnswer([...four], '', [...four])).toHaveLength(4);
    const five = [...four, 'privacy'] as const;
    expect(topicsToAnswer([...five], '', [...five])).toHaveLength(4);
  });

  it('adds topics only the plain cues found after the others, up to four, never pushing one out', () => {
    expect(topicsToAnswer(['anonymity'], '', ['anonymity'], ['privacy', 'anonymity'])).toEqual(['anonymity', 'privacy']);
    const four = ['signals', 'anonymity', 'consequences', 'counsellor'] as const;
    expect(topicsToAnswer([...four], '', [...four], ['privacy'])).toEqual(topicsToAnswer([...four], '', [...four]));
    expect(topicsToAnswer(['police', 'anonymity'], '', ['police', 'anonymity'], ['after_report'])).toHaveLength(3);
  });

  it('tells a question about the children and one about proof', () => {
    expect(consequencesAsked('Will they take my children away if I report?')).toEqual(['children']);
    expect(consequencesAsked('Raak ik mijn kinderen kwijt als ik bel?')).toContain('children');
    expect(consequencesAsked('will my son be arrested?')).toEqual(['punished']);
    expect(proofAsked('Moet ik bewijs hebben voordat ik iets meld?')).toBe(true);
    expect(proofAsked('Wat gebeurt er als ik bel?')).toBe(false);
  });
});

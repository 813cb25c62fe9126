import { consequenceIsSomeoneElses, consequencesAsked, proofAsked, secrecyAsked, topicsToAnswer } from '../../../src/triage/ownQuestions';

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
    // Chat slang for prison.
    expect(consequencesAsked('kom ik zelf in de bak als ik naar de politie ga?')).toEqual(['punished']);
    expect(consequencesAsked('will i get locked up for this')).toEqual(['punished']);
    expect(proofAsked('Moet ik bewijs hebben voordat ik iets meld?')).toBe(true);
    expect(proofAsked('Wat gebeurt er als ik bel?')).toBe(false);
  });

  it('tells the consequence from what the sentence that asks names, not from the story around it', () => {
    expect(consequencesAsked('She work in massage without papers. They send us away?')).toEqual(['permit']);
    expect(consequencesAsked('Ik werk in de kas. Word ik opgepakt als ik bel?')).toEqual(['punished']);
    expect(consequencesAsked('Will I lose my job?')).toEqual(['job']);
    expect(consequencesAsked('Raak ik mijn werk kwijt als ik bel?')).toEqual(['job']);
    // Told beside a question that names none: the worry of the message.
    expect(consequencesAsked('Ik ben bang voor mijn verblijfsvergunning. Wat moet ik doen?')).toEqual(['permit']);
  });

  it("tells whose consequence is asked about: the writer's own or someone else's", () => {
    expect(consequenceIsSomeoneElses('Krijgt zij straf als ze ontdekken wat zij daar doet?', 'punished')).toBe(true);
    expect(consequenceIsSomeoneElses('moet ik 112 bellen? ik wil niet dat hij opgepakt wordt', 'punished')).toBe(true);
    expect(consequenceIsSomeoneElses('will my son be arrested?', 'punished')).toBe(true);
    expect(consequenceIsSomeoneElses('Raakt hij zijn baan kwijt als ik meld?', 'job')).toBe(true);
    expect(consequenceIsSomeoneElses('word ik zelf opgepakt als ik meld dat ik mijn bankpas heb uitgeleend?', 'punished')).toBe(false);
    expect(consequenceIsSomeoneElses('Will they arrest me?', 'punished')).toBe(false);
    expect(consequenceIsSomeoneElses('Will I lose my job if I report?', 'job')).toBe(false);
  });
});

describe('consequences asked about someone else or a child taken away', () => {
  it('reads youth care taking a child out of the home as the children consequence', () => {
    expect(consequencesAsked('Gaat jeugdzorg hem dan uit huis plaatsen?')).toEqual(['children']);
    expect(consequencesAsked('Will child protection take her away from us?')).toEqual(['children']);
  });

  it('tells the permit and the job apart in more of the languages labour migrants write in', () => {
    expect(consequencesAsked('Меня депортируют?')).toEqual(['permit']);
    expect(consequencesAsked('Oturumum iptal olur mu?')).toEqual(['permit']);
    expect(consequencesAsked('Ar prarasiu darba?')).toEqual(['job']);
    expect(consequencesAsked('Elveszítem a munkámat?')).toEqual(['job']);
  });

  it('reads not being allowed to tell as a duty of confidentiality', () => {
    expect(secrecyAsked('Ik mag eigenlijk niets over klanten vertellen, kan ik toch bellen?')).toBe(true);
    expect(secrecyAsked("I'm not allowed to share anything about guests, can I still report?")).toBe(true);
    expect(secrecyAsked('Mag ik iets vertellen over mijn buurman?')).toBe(false);
  });
});

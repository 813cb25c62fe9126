/**
 * Round 49 (ownq49): the kinds of question the helpline meets (the police, the permit, the job,
 * debts, staying anonymous, who reads the chat, what happens next, does this count, a person who
 * speaks my language) read in French, Italian, German, Papiamento, Albanian, Somali and Farsi/Dari
 * typed in Latin letters, by the question's form and the topic words of each kind. The sentences are
 * written for this test (not taken from a tuning set).
 */
import { asksInAnyLanguage, inOtherAskedOrder, otherLanguageQuestions } from '../../../src/triage/otherLanguageQuestions';

const read = (text: string) => [...otherLanguageQuestions(text)].sort();

describe('questions in French, Italian, German and Papiamento', () => {
  it.each([
    ['Si je porte plainte à la police, est-ce que je perds mon titre de séjour ?', ['consequences', 'police']],
    ['Se chiamo la polizia, mi mandano via? Perdo il lavoro?', ['consequences', 'police']],
    ['Wenn ich zur Polizei gehe, werde ich dann abgeschoben?', ['consequences', 'police']],
    ['Si mi bai polis, mi ta perde mi trabou?', ['consequences', 'police']],
  ])('the police and a consequence asked together: %s', (text, topics) => {
    expect(read(text)).toEqual(topics);
  });

  it.each([
    "Mon patron va savoir que c'est moi qui a appelé ?",
    'Il mio capo scoprirà che sono stata io?',
    'Erfährt die Firma, dass ich es war?',
    'Nan lo sa ku ta ami a bisa boso?',
  ])('being found out as the one who told is anonymity: %s', (text) => {
    expect(read(text)).toContain('anonymity');
  });

  it.each([
    'Qui lit ces messages ? C’est confidentiel ?',
    'Chi legge questa chat?',
    'Wer liest das mit? Ist das vertraulich?',
    'Ken ta lesa e chat aki?',
  ])('who reads the chat or whether it is confidential is privacy: %s', (text) => {
    expect(read(text)).toContain('privacy');
  });

  it.each([
    "Qu'est-ce qui va se passer après ?",
    'Cosa succede dopo la denuncia?',
    'Was passiert dann mit meiner Meldung?',
    'Kiko ta pasa despues?',
  ])('what happens next is after_report: %s', (text) => {
    expect(read(text)).toContain('after_report');
  });

  it.each(["C'est de l'exploitation ça ?", 'È normale lavorare così?', 'Ist das Menschenhandel?', 'Esaki ta trafiko di hende?'])(
    'whether this counts is is_it_trafficking: %s',
    (text) => {
      expect(read(text)).toContain('is_it_trafficking');
    },
  );

  it.each([
    "Je peux parler à quelqu'un en français ?",
    "C'è qualcuno che parla italiano?",
    'Kann ich mit jemandem auf Deutsch sprechen?',
    'Mi por papia ku un hende?',
  ])('a person who speaks the language is the counsellor: %s', (text) => {
    expect(read(text)).toContain('counsellor');
  });

  it('reads debts and the permit in each of them', () => {
    expect(read('Est-ce que je dois rembourser la dette ?')).toContain('consequences');
    expect(read('Devo pagare il debito? E il permesso di soggiorno?')).toContain('consequences');
    expect(read('Muss ich die Schulden zurückzahlen?')).toContain('consequences');
    expect(read('Mi mester paga e debe bek?')).toContain('consequences');
  });
});

describe('questions in Albanian, Somali and Farsi or Dari typed in Latin letters', () => {
  it('reads the police, being sent back and losing the job', () => {
    expect(read('Nëse shkoj në polici, a do të më deportojnë?')).toEqual(['consequences', 'police']);
    expect(read('A do ta humbas punën?')).toContain('consequences');
    expect(read('Haddii aan booliska u sheego, ma dib loo celin doonaa?')).toEqual(['consequences', 'police']);
    expect(read('Agar be polis beram, deport mishavam?')).toEqual(['consequences', 'police']);
  });

  it('hears "aya" as a question and asking for Dari or Farsi as asking for a person', () => {
    expect(asksInAnyLanguage('Aya kasi hast ke ba Dari gap bezana')).toBe(true);
    expect(read('Aya kasi hast ke ba Dari gap bezana')).toContain('counsellor');
    expect(read('Mitavanam ba yek tarjoman harf bezanam?')).toContain('counsellor');
  });

  it('reads my name being known as anonymity', () => {
    expect(read('Esme man ra mifahmand?')).toContain('anonymity');
  });
});

describe('topic words that are other words elsewhere', () => {
  it('Spanish "debe" (must) is no debt', () => {
    expect(read('¿Qué debe hacer ella ahora?')).not.toContain('consequences');
  });

  it('a story told around the question names nothing asked', () => {
    // The debt and the boss are told; only what happens next is asked.
    expect(read("Le patron dit que j'ai une dette de 3000 euros. Qu'est-ce qui va se passer maintenant ?")).toEqual(['after_report']);
  });
});

describe('the order asked', () => {
  it('puts the topics in the order their words stand in the sentences that ask', () => {
    expect(inOtherAskedOrder(['consequences', 'police'], 'Si je vais à la police, est-ce que je perds mon titre de séjour ?')).toEqual([
      'police',
      'consequences',
    ]);
    expect(inOtherAskedOrder(['police', 'anonymity'], "Mon patron saura que c'est moi ? Et je dois aller à la police ?")).toEqual([
      'anonymity',
      'police',
    ]);
  });

  it('leaves a person asked for where the answer order put it ("someone" is also said of a person in the story)', () => {
    expect(inOtherAskedOrder(['anonymity', 'counsellor'], 'Ще каже ли някой на шефа ми, че аз съм се обадил?')).toEqual([
      'anonymity',
      'counsellor',
    ]);
  });
});

/**
 * Own questions asked around the story: sent home asked in French or Portuguese, a "is that true?"
 * that asks about the sentence before it, a debt someone else must pay, the police "over de vloer",
 * whether the case "has to do with" trafficking, what being known would cost beside "will they know
 * it was me?". Sentences written for this test, in other words than the tuning sets.
 */
import { otherLanguageQuestions } from '../../../src/triage/otherLanguageQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { consequenceKeys } from '../../../dialogs/ownAnswers';

const asked = (text: string, questions: Parameters<typeof questionsToAnswer>[0]['questions'] = []) =>
  questionsToAnswer({ questions }, text, 'other');

describe('questions in other languages', () => {
  it('being sent home asked in French, Portuguese or Vietnamese is a consequence beside the police', () => {
    for (const text of [
      'Si je parle à la police, ils vont me renvoyer chez moi?',
      'Se eu for à polícia, vão me mandar de volta?',
      'Nếu tôi đến cảnh sát, họ có bắt tôi không?',
    ]) {
      const topics = otherLanguageQuestions(text);
      expect(topics).toEqual(expect.arrayContaining(['police', 'consequences']));
    }
  });

  it('a short "is that true?" asks about what the sentence before it said', () => {
    expect(otherLanguageQuestions('Mówi, że jak pójdzie na policję, to go deportują. Czy to prawda?')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
  });

  it('what comes next, with a word between, asks what happens after a report', () => {
    expect(otherLanguageQuestions('Jeśli zadzwonię, co się potem stanie z nią?')).toContain('after_report');
  });
});

describe('questions in Dutch and English in other words', () => {
  it('a debt someone has to pay, asked of them, is the debt question', () => {
    // Answered as that person's debt (ownq34: "Moet ik de schuld terugbetalen?" did not fit a brother's).
    for (const text of ['Moet mijn broer die 3000 euro dan nog steeds betalen?', 'Does she still have to pay them back?']) {
      expect(asked(text)).toContain('consequences');
      expect(consequenceKeys(text)).toContain('debtOther');
    }
  });

  it('"heeft dit met mensenhandel te maken?" judges the case', () => {
    expect(asked('Heeft dit nou met uitbuiting te maken, of is het gewoon zwartwerk?')).toContain('is_it_trafficking');
    expect(asked('Has this anything to do with trafficking?')).toContain('is_it_trafficking');
  });

  it("the police at someone's home after a report is what happens after one", () => {
    expect(asked('Staat er dan meteen politie bij mijn buurvrouw op de stoep?')).toContain('after_report');
  });

  it('whether someone speaks English, or can help us, asks for a person', () => {
    expect(asked('Is that number free? Do they speak English there?')).toContain('counsellor');
    expect(asked('Can someone help me with the papers later?')).toContain('counsellor');
  });

  it('what being known would cost, said beside "will they know?", is answered too', () => {
    expect(asked('Weten ze dan dat ik het gemeld heb? Mijn naam staat op het contract van de woning.', ['anonymity'])).toEqual(
      expect.arrayContaining(['anonymity', 'consequences']),
    );
    expect(asked('Will they find out it was me? My cousin still works for him.', ['anonymity'])).toEqual(
      expect.arrayContaining(['anonymity', 'consequences']),
    );
  });

  it('a question about what was just said of 112 asks about the police', () => {
    expect(asked('Ik denk dat ik 112 ga bellen. Is dat niet gek nu er nog niks gebeurd is?')).toContain('police');
  });
});

/**
 * Own questions the cues missed: a consequence or a name asked in languages the bot does not chat
 * in (Bulgarian, Polish, Somali, Arabic), and a feared outcome stated beside a Dutch or English
 * question ("we zijn bang dat…", "would that make it worse for her?"). Sentences written for this
 * test, in other words than the tuning sets.
 */
import { otherLanguageQuestions } from '../../../src/triage/otherLanguageQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('questions in other languages, in more words', () => {
  it('being thrown out, the flat, the money back or no more work asked about is a consequence', () => {
    for (const text of [
      'Ако кажа на инспекцията, ще ме изгонят ли от квартирата?',
      'Czy odzyskam pieniądze za ostatni miesiąc?',
      'A co będzie z mieszkaniem, jeśli agencja się dowie?',
      'Czy po tym nie dostanę już pracy w żadnej agencji?',
    ])
      expect(otherLanguageQuestions(text)).toContain('consequences');
  });

  it('"that it was me" in other word orders and scripts, and the boss being told, ask about anonymity', () => {
    for (const text of [
      'Ще каже ли някой на шефа ми, че аз съм се обадил?',
      'هل سيعرفون أنني أنا من اتصل بكم؟',
      'Haddii aan wax sheego, ma ogaan doonaan?',
    ])
      expect(otherLanguageQuestions(text)).toContain('anonymity');
  });

  it('a Somali "if" opens a condition, and its police is the police', () => {
    expect(otherLanguageQuestions('Haddii aan booliska la hadlo, maxaa dhacaya')).toContain('police');
  });
});

describe('a feared outcome beside a Dutch or English question', () => {
  it('is answered as a consequence, also when the fear is "we" or "but am"', () => {
    for (const text of [
      'Moet ik het melden? We zijn bang dat we dan allemaal onze kamer kwijt zijn.',
      'Wat moet ik doen? Ik wil iets doen maar ben bang dat hij dan zijn werk kwijtraakt.',
      'Should I talk to her manager? Or would that just make things worse for her?',
    ])
      expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('consequences');
  });

  it('a fear with nothing that follows from it is not a question about consequences', () => {
    expect(questionsToAnswer({ questions: [] }, 'Wat moet ik doen? We zijn bang voor hem.', 'other')).not.toContain('consequences');
  });
});

describe('second questions in more words (convo20)', () => {
  const answers = (text: string, questions: Parameters<typeof questionsToAnswer>[0]['questions'] = []) =>
    questionsToAnswer({ questions }, text, null);

  it('asks what happens after a report together with what a report brings', () => {
    expect(answers('Als ik de inspectie bel, raakt mijn broer dan zijn kamer kwijt?', ['consequences'])).toEqual(
      expect.arrayContaining(['consequences', 'after_report']),
    );
    expect(answers('Once I report it, could my aunt be sent back to Moldova?', ['consequences'])).toContain('after_report');
    // Not without telling as the condition.
    expect(answers('Raakt mijn broer zijn kamer kwijt?', ['consequences'])).not.toContain('after_report');
  });

  it('hears a consequence said beside the question: fired, no papers, afraid of being sent away, the boss furious', () => {
    expect(answers('Does the agency hear about it? They could fire me tomorrow.', ['anonymity'])).toContain('consequences');
    expect(answers('Weet de eigenaar dat ik dit doe? Ik heb geen verblijfsvergunning.', ['anonymity'])).toContain('consequences');
    expect(answers('Gaat u dan naar de politie? Ze is doodsbang voor uitzetting.', ['police'])).toContain('consequences');
  });

  it('hears being traced or known as anonymity or privacy', () => {
    expect(answers('Kunnen ze dit via mijn ip-adres terugvinden?')).toContain('privacy');
    expect(answers('Als ik bel, komt het dan bij mij terug?')).toContain('anonymity');
    expect(answers('Ik bel de inspectie, hij weet dan het is ik?')).toContain('anonymity');
  });

  it('hears what is done with a report, being heard, court and "follow up" as after the report', () => {
    expect(answers('Wat doet de inspectie eigenlijk met zo’n melding?')).toContain('after_report');
    expect(answers('Moet ik dan ook nog verhoord worden?')).toContain('after_report');
    expect(answers('Does anybody follow up on a tip like that?')).toContain('after_report');
  });

  it('hears asking to talk something over with someone, and an interpreter asked in Vietnamese', () => {
    expect(answers('Kan ik dit eerst met iemand overleggen?')).toContain('counsellor');
    expect(answers('Có phiên dịch không?', [])).toEqual([]);
    expect(otherLanguageQuestions('Có ai phiên dịch cho tôi không?')).toContain('counsellor');
  });
});

/**
 * Round 32 (fit32), at the lowest level: a school of sport named as where the writer met someone is
 * no pupil of theirs; someone in charge of the writer's life ("mijn vriend regelt mijn afspraken") is
 * the writer's own story; a thank-you in one's own language at the end of an English sentence is no
 * wish for an interpreter; someone else becoming "de dupe" is a consequence for that person; asking
 * whether a thing is a known sign asks for the signals; keeping a laptop or messages is a question
 * for the police, not about what this chat stores.
 */
import { writerHarmed } from '../../../src/nlu/facts/writerRole';
import { relationThroughWork } from '../../../src/nlu/facts/writersRelation';
import { detectLanguageDetail } from '../../../src/nlu/language';
import { normaliseText } from '../../../src/safety/normalise';
import { evidenceKeptAsked, topicsToAnswer } from '../../../src/triage/ownQuestions';
import { catalog } from '../../support/bot';
import { askedCueTopics, consequenceAskedOfSomeoneElse, statedWorries } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('a school of sport named in a story', () => {
  it('makes no pupil where the writer only met someone there', () => {
    for (const text of [
      "jongen van de sportschool vroeg of ik mijn bankrekening wilde 'uitlenen' voor 500 euro",
      'een man van de boksschool bood me werk aan',
      'ik ken haar van de dansschool, ze is 15',
    ])
      expect(relationThroughWork(normaliseText(text))).toBeNull();
  });

  it('still makes a pupil where the writer runs or works at it', () => {
    for (const text of [
      'ik heb een sportschool en er is een jongen die me zorgen baart',
      'ik werk bij een dansschool in Tilburg, een meisje van 14',
      'een meisje die bij ons traint is ineens heel stil',
    ])
      expect(relationThroughWork(normaliseText(text))).toBe('pupil');
  });
});

describe('someone in charge of the writer’s life', () => {
  it('is the writer’s own story, whoever is named as doing it', () => {
    for (const text of [
      "mijn vriend regelt mijn 'afspraken'. hij zegt dat het gewoon werk is",
      'hij beheert al mijn geld en mijn telefoon',
      'my boyfriend controls my money and books my clients',
    ])
      expect(writerHarmed(normaliseText(text))).toBe(true);
  });

  it('is not read where the writer tells of someone else’s life', () => {
    for (const text of ['mijn vriend regelt een feestje voor haar', 'he controls the girls and their money'])
      expect(writerHarmed(normaliseText(text))).toBe(false);
  });
});

describe('a thank-you in another language (read in nlu/language.ts since round 34)', () => {
  it('at the end of an English or Dutch sentence is courtesy, not a wish for an interpreter', () => {
    expect(detectLanguageDetail('Ok I will try the anonymous number. Thank you, mulțumesc', 'en')).toEqual({ language: 'en' });
    expect(detectLanguageDetail('Dank je wel voor alle uitleg en de nummers, dziękuję bardzo', 'nl')).toEqual({ language: 'nl' });
  });

  it('leaves a sentence of the citizen’s own in that language beside it', () => {
    const text =
      'Mulțumesc. Șeful meu nu plătește și a luat pașaportul. I work on a farm near Venlo and I am very afraid of him, he shouts at us every day';
    expect(detectLanguageDetail(text, 'en').mixedWith).toBe('ro');
  });
});

describe('someone else becoming the victim of a report', () => {
  it('is a consequence asked for that person', () => {
    const text = 'Wat gebeurt er als ik dit meld? Ik wil niet dat zij er de dupe van wordt';
    expect(statedWorries(text, true)).toContain('consequences');
    expect(consequenceAskedOfSomeoneElse(text)).toBe(true);
    expect(consequenceAskedOfSomeoneElse('What happens if I report? I am afraid she will pay for it')).toBe(true);
  });

  it('stays the writer’s own where the writer is the one', () => {
    expect(consequenceAskedOfSomeoneElse('Wat gebeurt er als ik dit meld? Word ik dan zelf de dupe?')).toBe(false);
  });
});

describe('whether something is a known sign', () => {
  it('asks for the signals', () => {
    for (const text of [
      'the crown thing, thats like branding right? is that a known trafficking sign?',
      'Ik heb gelezen dat dat een soort merkteken kan zijn, klopt dat?',
    ])
      expect(askedCueTopics(text)).toContain('signals');
  });

  it('is not read in a contract to sign', () => {
    expect(askedCueTopics('do I have to sign a paper for the agency?')).not.toContain('signals');
  });
});

describe('keeping what may be evidence', () => {
  it('is asked of the police, not about what this chat stores', () => {
    for (const text of [
      'politie komt naar ons huis. moet ik haar laptop bewaren? daar staan de chats met hem op',
      'should I keep the messages he sent her?',
      "mag ik die foto's wissen?",
    ]) {
      expect(evidenceKeptAsked(text)).toBe(true);
      const topics = questionsToAnswer({ questions: ['privacy'] }, text, 'other');
      expect(topics).toContain('police');
      expect(topics).not.toContain('privacy');
    }
  });

  it('leaves the question about what this chat keeps to privacy', () => {
    for (const text of [
      'hoe lang bewaren jullie dit gesprek?',
      'do you keep my messages here?',
      'ok. mag ik dit gesprek daarna wissen van mijn telefoon',
      'should I delete this chat from my phone?',
    ]) {
      expect(evidenceKeptAsked(text)).toBe(false);
      expect(questionsToAnswer({ questions: ['privacy'] }, text, 'other')).toContain('privacy');
    }
  });
});

describe('the order of the answers when the consequence is someone else’s', () => {
  it('answers whether it is exploitation before what it brings her; in the order asked (round 48)', () => {
    expect(topicsToAnswer(['consequences', 'is_it_trafficking'], 'Is dit mensenhandel? En krijgt zij dan straf als ik het meld?')).toEqual([
      'is_it_trafficking',
      'consequences',
    ]);
    expect(topicsToAnswer(['consequences', 'is_it_trafficking'], 'is this trafficking? will she lose her job if I report?')).toEqual([
      'is_it_trafficking',
      'consequences',
    ]);
    expect(topicsToAnswer(['consequences', 'is_it_trafficking'], 'Is dit mensenhandel? Raak ik mijn werk kwijt als ik het meld?')).toEqual([
      'is_it_trafficking',
      'consequences',
    ]);
    expect(topicsToAnswer(['consequences', 'is_it_trafficking'], 'Raak ik mijn werk kwijt als ik het meld? Is dit mensenhandel?')).toEqual([
      'consequences',
      'is_it_trafficking',
    ]);
  });
});

describe('the answer about losing one’s job', () => {
  it('fits an employee with papers as well as a labour migrant', () => {
    for (const locale of ['nl', 'en'] as const)
      for (const key of ['ownQuestions.consequences.job', 'ownQuestions.consequences.jobOther']) {
        const text = catalog.t(locale, key);
        // A route for every worker, and FairWork named for labour migrants, not as the only help.
        expect(text).toContain('0800-2000');
        expect(text).toMatch(/arbeidsmigrant|labour migrant/);
        expect(text).not.toMatch(/^[^.?]*[.?] [^.]*\. (?:Ook zonder papieren|Even without papers)/);
      }
  });
});

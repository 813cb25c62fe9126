/**
 * Round 30 (ownq30): what a citizen asks in a statement with a tag ("…, yes?"), or says beside a
 * question without asking it again: the helpline telling someone in their life, a doubt whether the
 * case is what they take it for, being known as the one it came from, getting someone else into
 * trouble, and the word privacy itself.
 */
import {
  consequenceAskedOfSomeoneElse,
  detailsSeenInReportAsked,
  helplineTellsAsked,
  normalAsked,
  shareOthersDetailsAsked,
  statedWorries,
} from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('the helpline telling someone in the writer’s life', () => {
  it('reads a statement with a tag or a question mark as the privacy question it is, in broken English and Dutch', () => {
    for (const text of [
      'thanks. you dont say to my boss, ok?',
      'you not call the agency, right?',
      'jullie vertellen dit toch niet aan mijn werkgever?',
      'u belt de eigenaar niet he?',
    ]) {
      expect(helplineTellsAsked(text)).toBe(true);
      expect(questionsToAnswer({ questions: [] }, text, 'self')).toContain('privacy');
    }
  });

  it('is not read in a statement, for the family (their own answer), or for whom a question only names', () => {
    expect(helplineTellsAsked('you can tell my boss, I do not care.')).toBe(false);
    expect(helplineTellsAsked('gaan jullie mijn moeder bellen?')).toBe(false);
    expect(helplineTellsAsked('kunt u mij vertellen of de eigenaar dat mag?')).toBe(false);
    expect(helplineTellsAsked('kunnen jullie de man bellen die haar ophaalt?')).toBe(false);
  });
});

describe("another person's details to pass on", () => {
  it('asks whether the writer may share a name, an address or a number plate of someone else', () => {
    expect(shareOthersDetailsAsked('Ik heb haar adres nog van de bezorging. Mag ik dat aan jullie geven?')).toBe(true);
    expect(shareOthersDetailsAsked('can I share his licence plate with you or is that not allowed?')).toBe(true);
    // The writer's own name is not someone else's details; a statement asks nothing.
    expect(shareOthersDetailsAsked('moet ik mijn naam geven?')).toBe(false);
    expect(shareOthersDetailsAsked('Ik heb zijn kenteken opgeschreven.')).toBe(false);
  });
});

describe('worries said beside a question', () => {
  it('reads a doubt whether the case is what the writer thinks as asking whether it is exploitation', () => {
    expect(statedWorries('Wat moet ik doen? Ik weet niet of het wel is wat ik denk.', true)).toContain('is_it_trafficking');
    expect(statedWorries('who do I call? not even sure this is what I think it is', true)).toContain('is_it_trafficking');
    expect(statedWorries('Moet ik iets doen, of zie ik het verkeerd?', true)).toContain('is_it_trafficking');
    // On its own the doubt is an indirect question; a story that says nothing of doubt asks nothing.
    expect(statedWorries('Ik weet niet of het is wat ik denk.')).toContain('is_it_trafficking');
    expect(statedWorries('Het is wat ik dacht: ze werken daar dag en nacht.')).toEqual([]);
  });

  it('reads being known as the one it came from as anonymity', () => {
    expect(statedWorries('Als de politie komt, ziet hij dan dat de tip van mij kwam?', true)).toContain('anonymity');
    expect(statedWorries('if they check the farm, will the owner know it came from us?', true)).toContain('anonymity');
  });

  it('reads getting someone else into trouble as a consequence for that person', () => {
    const nl = 'Is dit uitbuiting of gewoon slecht werk? Ik wil die jongens niet voor niks in de problemen brengen.';
    expect(statedWorries(nl, true)).toContain('consequences');
    expect(consequenceAskedOfSomeoneElse(nl)).toBe(true);
    const en = 'is it exploitation or just a hard job? I do not want to get the workers into trouble';
    expect(statedWorries(en, true)).toContain('consequences');
    expect(consequenceAskedOfSomeoneElse(en)).toBe(true);
    // A consequence the question asks of the writer stays the writer's.
    expect(consequenceAskedOfSomeoneElse('Word ik zelf opgepakt? Ik wil niemand in de problemen brengen.')).toBe(false);
  });

  it('reads the word privacy said beside a question', () => {
    expect(statedWorries('Mag ik jullie zijn telefoonnummer geven? Vanwege de privacy.', true)).toContain('privacy');
    expect(statedWorries('Ik heb het privacybeleid gelezen. Wat gebeurt er nu?', true)).not.toContain('privacy');
  });
});

describe('a question with its subject and question mark dropped', () => {
  it('reads "is normal … that …" at the start of a sentence as asking whether what was told is normal', () => {
    expect(normalAsked('is normal here that agency keep our bank card')).toBe(true);
    expect(normalAsked('is normaal dat de baas mijn paspoort houdt')).toBe(true);
    // Not inside a story, and not as a short agreement.
    expect(normalAsked('he said it is normal that they keep the card')).toBe(false);
    expect(normalAsked('is normaal hoor')).toBe(false);
  });
});

describe("the other side seeing the writer's details through a report to the police", () => {
  it('is privacy beside what the model reads, asked with the report to the police named', () => {
    const text = 'als ik bij de politie aangifte doe, leest hij dan ook mijn adres?';
    expect(detailsSeenInReportAsked(text)).toBe(true);
    expect(questionsToAnswer({ questions: ['anonymity', 'police'] }, text, 'self')).toContain('privacy');
    expect(detailsSeenInReportAsked('if I make a police report, will those men get my name?')).toBe(true);
    // Not without the police report, nor as a statement.
    expect(detailsSeenInReportAsked('kan mijn baas mijn naam zien?')).toBe(false);
    expect(detailsSeenInReportAsked('Ik heb aangifte gedaan en hij weet mijn adres.')).toBe(false);
  });
});

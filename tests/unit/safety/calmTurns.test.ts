/**
 * Calm turns stay below the danger band (ADR 0006 round 19): a worrying story with no danger now, a
 * past event with someone safe, a general question, an answer to a bot question, thanks, signs
 * listed, a debt paid off month by month, and "help" in "help desk" or "how can you help". Read
 * alone and as a later turn of a conversation; the acute kinds beside them stay acute. Sentences
 * written for this test (none is in the corpus or a tuning set).
 */
import { assessTurn, type EarlierTurn } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const before: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const later = (text: string) => screen.inConversation(screen.look(text), before);

describe('calm turns', () => {
  it.each([
    ['a help desk, nl', 'goedemiddag, ik zit bij de hulpdesk van een woningcorporatie en heb een vraag over een huurder'],
    ['a help desk, en', 'hello, I run the help desk at a student union, how can you help our students?'],
    ['how can you help, nl', 'waarmee kunnen jullie mij helpen?'],
    ['how can you help, en', 'how can you help someone who is not paid?'],
    ['thanks with a time, en', "Cheers, I'll ring the number tomorrow morning."],
    [
      'a debt paid off, nl',
      'mijn zwager betaalt nog elke maand 200 euro af aan de man die zijn overtocht regelde, verder heeft hij een gewone baan',
    ],
    ['a debt paid off, en', 'he still pays the smugglers back every month from his wages, nobody threatens him'],
    ['the past, safe now, en', 'Five years ago I was forced to work in a kitchen without pay. I got out and I am fine now.'],
    ['the past, safe now, nl', 'vorig jaar werd mijn nicht in een club vastgehouden, nu woont ze bij ons en gaat het goed'],
    ['a general question, en', 'what signs should a taxi driver look out for?'],
    ['a general question, nl', 'wat gebeurt er als ik een melding doe, komt de politie dan meteen?'],
    ['an answer to a bot question, en', 'She is 16 and lives in Zwolle.'],
    ['an answer to the danger question, nl', 'Nee, er is nu niemand in gevaar.'],
    ['signs listed, en', 'signs I saw: no contract, long days, someone else holds her bank card, she never has a day off'],
  ])('%s: %p is not asked about', (_kind, text) => {
    expect(screen.assess(text).level).toBe('none');
    expect(later(text).level).toBe('none');
  });

  it.each([
    ['thanks with a time, nl', 'dank je wel, ik bespreek het vanavond met mijn man'],
    ['papers kept, free to go, nl', 'de baas houdt de paspoorten in een la op kantoor, de jongens mogen gewoon naar huis na het werk'],
  ])('%s: %p gets no 112 alone and is not asked about in a conversation', (_kind, text) => {
    expect(screen.assess(text).level).not.toBe('acute');
    expect(later(text).level).toBe('none');
  });

  it.each([
    ['a minor moved tonight, nl', 'hij haalt haar vanavond op en brengt haar naar een man in antwerpen, ze is 15'],
    ['locked in now, en', 'they locked him in the container and took his phone, he is still inside'],
    ['care withheld, nl', 'ze heeft een wond aan haar hand die ontstoken is en de baas laat haar niet naar de dokter'],
  ])('%s stays acute, alone and in a conversation', (_kind, text) => {
    expect(screen.assess(text).level).toBe('acute');
    expect(later(text).level).toBe('acute');
  });
});

describe('112 at once on a middling score alone, in a later turn', () => {
  const read = screen.look('ik schrijf vanaf mijn werk').read;
  const acute: DangerAssessment = { level: 'acute', suicidal: false, reasons: ['model.acute'], score: 0.3 };
  const trusted = { readable: true, overSure: false };

  it('is lowered to the question, never to silence, where the turn names no danger now', () => {
    const lowered = assessTurn(read, acute, before, trusted);
    expect(lowered.level).toBe('unsure');
    expect(lowered.reasons).toContain('turn.unsure');
  });

  it('keeps the question where the turn is never silent', () => {
    expect(assessTurn(read, acute, before, { ...trusted, neverSilent: true }).level).toBe('unsure');
  });

  it('is kept where the model is sure, reads poorly, or an earlier turn was acute', () => {
    expect(assessTurn(read, acute, before, { readable: true, overSure: true })).toBe(acute);
    expect(assessTurn(read, acute, before, { readable: false, overSure: false })).toBe(acute);
    expect(assessTurn(read, acute, [{ level: 'acute', score: 0.9 }], trusted)).toBe(acute);
  });

  it('is kept for a reading made by a rule (an alarm, a situation unread)', () => {
    const floor: DangerAssessment = { ...acute, reasons: ['floor.explicit_alarm', 'model.acute'] };
    expect(assessTurn(read, floor, before, trusted)).toBe(floor);
  });

  it('is kept for a cry for help, in a word or two (round 27: the bot reads later turns so before its 112)', () => {
    for (const cry of ['HELP!!!', 'help', 'hulp!!']) expect(assessTurn(screen.look(cry).read, acute, before, trusted)).toBe(acute);
  });

  it('is lowered to the question for a plea told at a distance, as a named danger at a distance is', () => {
    const told = screen.look("vorige maand fluisterde ze in de winkel 'help me' tegen mij").read;
    expect(assessTurn(told, acute, before, trusted).level).toBe('unsure');
  });

  it('is kept where a threat is passed on as hearsay', () => {
    const threat = screen.look('ze zeggen dat ik vanavond moet betalen, anders slaan ze mijn broer in elkaar').read;
    expect(assessTurn(threat, acute, before, trusted)).toBe(acute);
  });
});

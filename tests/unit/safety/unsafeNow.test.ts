/**
 * Danger now told the way the lexicons read the other way round (round 25, unsafe25): safety
 * negated, a "no"/"not now" with a danger after "maar"/"but", and the person feared beside a writer
 * who cannot talk. Read alone, as the bot's 112-first look reads a message. Sentences written for
 * this test, Dutch and English, with typos and without diacritics.
 */
import { assessDangerAnswer } from '../../../src/safety/dangerAnswer';
import { SaidText, clauseAfterNo, controlledNow, toldNotSafe, watchedNow } from '../../../src/safety/unsafeNow';
import { lookAt, screenText } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const alone = (text: string) => screenText(screen, text).danger;
const asAnswer = (text: string) => assessDangerAnswer(screen, text, screenText(screen, text));

describe('safety negated (toldNotSafe)', () => {
  it.each([
    'ze is nu niet veilig',
    'Nee ze is nu niet veilig',
    'mijn zus is niet meer veilig bij hem',
    'ze is nu nie veilg',
    'she is not safe now',
    "she's not safe anymore",
    'i am not safe',
    'hij is onveilig nu',
  ])('%p is a person not safe now', (text) => {
    expect(toldNotSafe(text)).toBe('now');
  });

  it.each([
    'my friend is not safe at her work i think, they keep her passport',
    'mijn vriendin is niet veilig op haar werk denk ik',
    'volgens mij is hij daar niet veilig',
  ])('%p is a guess about a lasting state: asked about, not 112 at once', (text) => {
    expect(toldNotSafe(text)).toBe('said');
  });

  it.each(['ik denk dat ze nu niet veilig is', 'i think she is not safe right now'])(
    '%p is a guess told of now in so many words',
    (text) => {
      expect(toldNotSafe(text)).toBe('now');
    },
  );

  it.each(['ik voel me niet veilig', 'feeling unsafe', 'het is niet veilig om te bellen'])(
    '%p is unsafety told, not of a person now',
    (text) => {
      expect(toldNotSafe(text)).toBe('said');
    },
  );

  it.each([
    'ze is nu veilig',
    'she is safe now',
    'Bel 112 als het niet veilig is.',
    'If you feel unsafe before that, call 112.',
    'is het niet veilig om naar de politie te gaan?',
    'ze was niet veilig daar, vorig jaar',
    'she did not feel safe when she worked there, she was scared',
  ])('%p tells no unsafety now', (text) => {
    expect(toldNotSafe(text)).toBeNull();
  });
});

describe('the clause after a "no" (clauseAfterNo)', () => {
  it('is what follows "maar" or "but" after a "no" or "not now" opening', () => {
    expect(clauseAfterNo('nee nu niet maar vanavond komen ze haar halen')).toBe('vanavond komen ze haar halen');
    expect(clauseAfterNo('No not now, but they took her passport')).toBe('they took her passport');
    expect(clauseAfterNo('nee niet nu, hij is even weg maar ik mag het huis niet uit')).toBe('ik mag het huis niet uit');
  });

  it('is nothing without an opening "no" or without a turn', () => {
    expect(clauseAfterNo('ze is er nu maar ik weet niet waar')).toBeNull();
    expect(clauseAfterNo('nee nu niet')).toBeNull();
    expect(clauseAfterNo('nee, maar')).toBeNull();
  });
});

describe('the person feared beside a writer who cannot talk (controlledNow)', () => {
  it.each([
    'nee niet nu, hij staat naast me',
    'no not now, he is in the other room, i cant talk long',
    'Ik kan niet veel typen nu hij is in andere kamer',
    'ik kan nu niet bellen, mijn baas zit naast me',
    "can't talk, my boyfriend is right next to me",
    'niet bellen, ik kan niet praten want hij kijkt mee',
  ])('%p', (text) => {
    expect(controlledNow(text)).toBe(true);
  });

  it.each([
    'ze zit naast me, ze typt zelf even',
    'Nee, geen gevaar nu, hij zit hier eigenlijk naast me. Hij spreekt alleen Arabisch.',
    'nee nu niet, ze is hier bij mij',
    'naast mij woont een man met steeds andere vrouwen',
    'ik kan niet bellen, ik heb geen beltegoed',
  ])('%p is someone beside the writer or a writer who cannot call, not both', (text) => {
    expect(controlledNow(text)).toBe(false);
  });

  it('reads watching along as watched', () => {
    expect(watchedNow('niet bellen want hij kijkt mee')).toBe(true);
    expect(watchedNow('hij kijkt mee op de markt')).toBe(true);
    expect(watchedNow('ik kijk even mee')).toBe(false);
  });
});

describe('read alone, the first look', () => {
  it.each([
    'ze is nu niet veilig',
    'Nee ze is nu niet veilig',
    'she is not safe now',
    'nee nu niet maar vanavond komen ze haar halen',
    'no not now, he is in the other room, i cant talk long',
    'nee niet nu, hij staat naast me',
  ])('%p is acute', (text) => {
    expect(alone(text).level).toBe('acute');
  });

  it('keeps a danger told after "maar" at its own reading: "ik mag het huis niet uit" alone is unsure', () => {
    expect(alone('ik mag het huis niet uit').level).toBe('unsure');
    const danger = alone('nee niet nu, hij is even weg maar ik mag het huis niet uit');
    expect(danger.level).toBe('unsure');
    expect(danger.reasons).toContain('told.danger_after_no');
  });

  it.each(['ik voel me niet veilig', 'niet bellen want hij kijkt mee'])('%p is asked about at least', (text) => {
    expect(alone(text).level).not.toBe('none');
  });

  it.each([
    'ze is nu veilig',
    'she is safe now',
    'nee nu niet, maar hij komt morgen terug',
    'no not now but maybe later, I have to go to work',
    'nee niet nu, ze zit gewoon thuis',
    'nee nu niet, ze is hier bij mij',
  ])('%p stays no danger now', (text) => {
    expect(alone(text).level).toBe('none');
  });
});

describe('as the answer to "Is iemand op dit moment in gevaar?"', () => {
  it.each(['Nee ze is nu niet veilig', 'nee niet nu, hij staat naast me', 'no, she is not safe'])('%p is a yes', (text) => {
    expect(asAnswer(text).level).toBe('acute');
  });

  it('reads the clause after "maar" of a "no" as told', () => {
    expect(asAnswer('nee niet nu, hij is even weg maar ik mag het huis niet uit').level).not.toBe('none');
  });

  it('keeps "nee, ze is nu veilig" a no', () => {
    expect(asAnswer('nee, ze is nu veilig').level).toBe('none');
  });
});

describe('calm answers with a story after "maar" stay with the screen', () => {
  it.each([
    "No, I'm not in danger, just really stressed. But I work 60 hours a week",
    'Nee nu niet, ik ben thuis. Maar hij heeft voor zaterdag weer een rit geboekt.',
    'Nee, niet nu meteen. Maar ze mag het huis bijna niet uit.',
    'no they dont lock us. but without passport I feel I cannot go anywhere',
  ])('%p gets no reading from the clause after "maar"', (text) => {
    expect(alone(text).reasons).not.toContain('told.danger_after_no');
  });

  it.each(["My son says he can't talk long because the boss listens", 'What other signs must she watch for?'])(
    '%p: someone else who cannot talk is not the writer controlled now',
    (text) => {
      expect(controlledNow(text)).toBe(false);
      expect(watchedNow(text)).toBe(false);
    },
  );
});

describe('on a later turn of a conversation', () => {
  const earlier = [{ level: 'none' as const, score: 0.02 }];
  const inConversation = (text: string) => lookAt(screen, text, 'nl', null, screenText(screen, text), undefined, earlier).look.danger;

  it.each(['ze is nu niet veilig', 'nee niet nu, hij staat naast me', 'nee nu niet maar vanavond komen ze haar halen'])(
    '%p stays acute: the reading is told, not a middling score alone',
    (text) => {
      expect(inConversation(text).level).toBe('acute');
    },
  );

  it('keeps the question for safety negated without a person now', () => {
    expect(inConversation('ik voel me niet veilig').level).toBe('unsure');
  });
});

describe('the clause after "maar" as the answer to the danger question', () => {
  it.each(['no not now, but they locked her in the room', 'nee nu niet maar ze hebben haar opgesloten'])('%p is acute', (text) => {
    expect(asAnswer(text).level).toBe('acute');
    expect(alone(text).level).toBe('acute');
  });

  it.each(['nee niet nu, maar hij heeft haar paspoort', 'nee nu niet hoor, maar bedankt'])(
    '%p: the background after the "no" is no danger now',
    (text) => {
      expect(asAnswer(text).level).toBe('none');
      expect(alone(text).level).toBe('none');
    },
  );
});

describe('a text normalised once (SaidText)', () => {
  // The first look makes one SaidText for its four checks; each must read it as it reads the text.
  const texts = [
    'ze is nu niet veilig',
    "she's not safe anymore",
    'nee nu niet maar vanavond komen ze haar halen',
    'niet nu, hij staat naast me en ik kan niet praten',
    'hij kijkt mee',
    'hij kijkt mee dus ik kan niet bellen',
    'het is niet veilig om te bellen',
    'ik voel me niet veilig',
    'alles goed hier',
  ];
  it.each(texts)('%p: every check reads the same from the text and from it normalised once', (text) => {
    const said = new SaidText(text);
    expect(toldNotSafe(said)).toBe(toldNotSafe(text));
    expect(controlledNow(said)).toBe(controlledNow(text));
    expect(watchedNow(said)).toBe(watchedNow(text));
    expect(clauseAfterNo(said)).toBe(clauseAfterNo(text));
  });

  it.each(texts)('%p: the watching reading is the same whichever check asks it first', (text) => {
    const watchedFirst = new SaidText(text);
    const watched = watchedNow(watchedFirst);
    const controlledFirst = new SaidText(text);
    const controlled = controlledNow(controlledFirst);
    expect(watchedNow(controlledFirst)).toBe(watched);
    expect(controlledNow(watchedFirst)).toBe(controlled);
    expect(watched).toBe(watchedNow(text));
  });

  it('keeps nothing between messages: each is read on its own text', () => {
    expect(toldNotSafe(new SaidText('ze is nu niet veilig'))).toBe('now');
    expect(toldNotSafe(new SaidText('alles goed hier'))).toBeNull();
    expect(controlledNow('niet nu, hij staat naast me en ik kan niet praten')).toBe(true);
    expect(controlledNow('alles goed hier')).toBe(false);
  });
});

/**
 * The answer to the bot's own question "Is iemand op dit moment in gevaar?": no lowers the danger,
 * a danger told in the same answer still counts, yes is acute and "weet ik niet" stays unsure (the
 * dialog names 112 for the doubt and goes on).
 */
import { assessDangerAnswer, dangerAnswer, opensWithPlainNo, saysNotNow, thoughtsNotOver } from '../../../src/safety/dangerAnswer';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const answer = (text: string) => assessDangerAnswer(screen, text, screen.look(text));

describe('the answer to the danger question', () => {
  it.each([
    'Nee, ik ben nu niet in gevaar',
    'No, I am not in danger now',
    'ze is nu veilig',
    'nee, niet nu',
    "she's safe now",
    'het is voorbij',
    'nobody is in danger',
    'nee hoor, hij is een week in het buitenland',
    'no, not right now, he left an hour ago',
    'nee, hij slaat haar niet meer, ze woont nu bij ons',
    'nu, nu sunt in pericol acum',
  ])('%p is no danger now', (text) => {
    const danger = answer(text);
    expect(danger.level).toBe('none');
    expect(danger.reasons).toContain('answer.no_danger_now');
  });

  it.each([
    'nee, maar hij staat nu voor de deur met een mes',
    'no but she just texted me that they locked her in the room and took her phone',
    'nee eigenlijk niet... wacht hij is net binnengekomen en ik hoor haar schreeuwen',
  ])('%p: a danger in the same answer still counts', (text) => {
    expect(answer(text).level).toBe('acute');
  });

  it('keeps suicidal thoughts told after a no', () => {
    expect(answer('nee, niemand anders. ik wil gewoon niet meer leven')).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each(['ja', 'Yes!', 'ja nu', 'tak'])('%p is acute', (text) => {
    expect(answer(text)).toMatchObject({ level: 'acute', reasons: expect.arrayContaining(['answer.danger_now']) });
  });

  // Round 47 (dcheck47): a detail after the "ja" that does not take it back, an age or the person still there.
  it.each([
    'ja 15.',
    'ja, 15 jaar',
    'Ja. Ze is pas 15',
    'yes she is 16 years old',
    'ja ze is er nog',
    'ja hij is er nog steeds',
    'yes he is still there',
  ])('%p is acute: the yes with an age or "still there"', (text) => {
    expect(answer(text)).toMatchObject({ level: 'acute', reasons: expect.arrayContaining(['answer.danger_now']) });
  });

  it.each(['ja gaat om mij, ben 16 en woon in rotterdam', 'ja maar nu niet meer', 'ja om 15 uur', 'ja 15 euro'])(
    '%p is no plain yes: read as any other message',
    (text) => {
      expect(dangerAnswer(text, screen.look(text))).toBeNull();
    },
  );

  it('"nee maar ze is pas 15": a no, the age beside it no danger', () => {
    expect(answer('nee maar ze is pas 15')).toMatchObject({ level: 'none', reasons: expect.arrayContaining(['answer.no_danger_now']) });
  });

  it.each(['weet ik niet', 'weet niet', "I don't know", 'idk', 'nie wiem'])('%p stays unsure rather than guessed away', (text) => {
    expect(answer(text)).toMatchObject({ level: 'unsure', reasons: expect.arrayContaining(['answer.danger_unknown']) });
  });

  it('reads anything else as any other message', () => {
    expect(dangerAnswer('Ze woont in Tilburg', screen.look('Ze woont in Tilburg'))).toBeNull();
    expect(answer('Ze woont in Tilburg').level).toBe(screen.assess('Ze woont in Tilburg').level);
    // Dutch "nu" (now) is not the Romanian "no"
    expect(dangerAnswer('nu zit ze in de auto', screen.look('nu zit ze in de auto'))).toBeNull();
  });
});

describe('an answer that tells a danger of now instead of yes or no (round 28)', () => {
  // The reading's level is set by hand: the rule is about what the answer names, and a fixture
  // whose model score sits in the unsure band would move with every retrain.
  const asUnsure = (text: string) => {
    const { read, danger } = screen.look(text);
    return assessDangerAnswer(screen, text, { read, danger: { ...danger, level: 'unsure' } });
  };
  const NOW = 'there are very young girls in that house and men keep coming in and out all evening, they are there now';

  it('is that yes: 112 for a danger situation of now named in the unsure band', () => {
    expect(screen.look(NOW).read.situations.some((h) => h.concept === 'forced_sex_now' && !h.negated)).toBe(true);
    const read = asUnsure(NOW);
    expect(read.level).toBe('acute');
    expect(read.reasons).toContain('answer.danger_told_now');
  });

  it('leaves a danger told in the past, a calm detail and a calm reading as they read', () => {
    expect(asUnsure('hij heeft haar vorige week geslagen').level).toBe('unsure');
    expect(asUnsure('they work in the kitchen right now, the boss pays them little').level).toBe('unsure');
    const { read, danger } = screen.look(NOW);
    expect(assessDangerAnswer(screen, NOW, { read, danger: { ...danger, level: 'none' } }).level).toBe('none');
  });
});

describe('"nee" with "not now" in the citizen\'s own words (convo19)', () => {
  it.each([
    'nee, op dit moment niet, hij is naar zijn werk',
    'Nee hoor, vanavond niet. Hij komt pas volgende week terug',
    'no, not tonight, they drove off an hour ago',
    'nope, nobody is in danger right now, I just want advice',
    // convo22
    'nee hoor, niks acuuts, ik wilde alleen iets vragen',
    'ok nee, nu is het rustig in huis',
    'sorry nee, er is vandaag niets gebeurd',
    "no, I'm not there anymore, I moved in with my aunt",
    'nee, ik woon niet meer bij hem',
    'geen gevaar nu, hij is op zijn werk',
    'no danger at the moment, they left for work',
    // calm23: where the person is now, as the answer
    'nee, hij zit nu gewoon op school',
    'niet dat ik weet, ze ligt nu op haar kamer te slapen',
    'no, he is at home with his grandmother',
  ])('says no one is in danger now: %p', (text) => {
    expect(saysNotNow(text)).toBe(true);
  });

  it.each([
    'niet nu, maar hij komt zo terug',
    'nee ik durf niet te bellen, hij staat voor de deur',
    'no I cannot leave, he locked the door',
    'ok, maar niks acuuts? hij slaat haar wel elke dag',
    'geen idee, hij is er nu nog',
    // Someone else "not there anymore" may have been moved.
    "no, she's not there anymore, they took her somewhere",
    'nee, ik ben niet meer veilig daar',
    'nee ik ben er niet meer veilig',
    'ze is nu thuis, hij laat haar niet gaan',
  ])('not without both the no and the not-now: %p', (text) => {
    expect(saysNotNow(text)).toBe(false);
  });
});

describe("after the 113 line: the thoughts not over in the citizen's own words (calm23)", () => {
  it.each([
    'weet ik niet',
    'weet niet, ik lig in bed',
    'idk. moe',
    'nee geen plan, maar de gedachte gaat niet weg',
    'no plan. but it is there every day',
    'ik heb niks gedaan, het komt telkens terug',
    'the thought keeps coming back at night',
  ])('%s', (text) => {
    expect(thoughtsNotOver(text)).toBe(true);
  });

  it.each(['nee, ik heb niks gedaan. mijn zus zit naast me', 'no plan. I am only tired, my brother is here', 'ik lig op bed', 'ok'])(
    'not: %s',
    (text) => {
      expect(thoughtsNotOver(text)).toBe(false);
    },
  );
});

describe('a plain "no" at the start of a message (calm32)', () => {
  it.each(['nee nu is ze er niet, school is al dicht', 'No, right now she is working', 'nee hoor, vandaag is hij er niet'])(
    '%p opens with a plain no',
    (text) => {
      expect(opensWithPlainNo(text)).toBe(true);
    },
  );

  it.each(['nee, ze is nu niet veilig bij hem', 'nu is ze er niet', 'ze is er nu niet'])('%p does not', (text) => {
    expect(opensWithPlainNo(text)).toBe(false);
  });
});

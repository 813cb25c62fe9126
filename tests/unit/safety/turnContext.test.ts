/**
 * A turn read in its conversation (src/safety/turnContext.ts): from the second turn on, a message in
 * the unsure band that tells no danger itself is not asked about (nor, since round 19, one read acute
 * on a middling score alone); what tells danger, what the model
 * reads poorly, what the model is sure of and the answer to the danger question keep their
 * reading. Sentences written for this test.
 */
import { assessTurn, dangerNamed, type EarlierTurn } from '../../../src/safety/turnContext';
import { lookAt, screenText } from '../../../src/understanding/firstLook';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';
import { FEAR } from '../../support/dangerSentences';

const screen = testScreen();
const before: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const inConversation = (text: string, earlier: readonly EarlierTurn[]) => screen.inConversation(screen.look(text), earlier);
const unsure: DangerAssessment = { level: 'unsure', suicidal: false, reasons: ['model.unsure'], score: 0.1 };
const trusted = { readable: true, overSure: false };

describe('a turn in its conversation', () => {
  it.each(['ik schrijf vanaf mijn werk', 'sorry, ik moest even weg'])('%p is asked about alone, not after earlier turns', (text) => {
    expect(screen.assess(text).level).toBe('unsure');
    expect(inConversation(text, []).level).toBe('unsure');
    const later = inConversation(text, before);
    expect(later.level).toBe('none');
    expect(later.reasons).toContain('turn.none');
  });

  it('keeps 112 at once for danger told in a later turn', () => {
    expect(inConversation('hij heeft haar telefoon afgepakt en ze mag niet naar buiten', before).level).toBe('acute');
  });

  it('keeps the question where a situation of danger now is named', () => {
    const read = screen.look('ze mag niet naar buiten van hem').read;
    expect(dangerNamed(read)).toBe(true);
    expect(assessTurn(read, unsure, before, trusted).level).toBe('unsure');
  });

  it('does not count a time or 112 named as danger told', () => {
    expect(dangerNamed(screen.look('moet ik vanavond 112 bellen?').read)).toBe(false);
  });

  it('keeps the question for a message the model reads poorly', () => {
    const text = 'Saya takut, pintunya dikunci, saya tidak bisa pergi';
    expect(screen.assess(text).level).toBe('unsure');
    expect(inConversation(text, before).level).toBe('unsure');
  });

  it('a Dutch or English message the model reads poorly for its content words is not asked about later (round 40)', () => {
    // At an edge of the plain band: without "hoor" it scored 0.057 after form41's retrain, under unsurePlain 0.066.
    const text = 'weet ik niet hoor, ze praten een taal die ik niet ken. oost europees denk ik';
    expect(screen.assess(text).level).toBe('unsure');
    const later = inConversation(text, before);
    expect(later.level).toBe('none');
    expect(later.reasons).toContain('turn.none');
    const read = screen.look(text).read;
    expect(assessTurn(read, unsure, before, { ...trusted, readable: false, writtenInOurs: false }).level).toBe('unsure');
    expect(assessTurn(read, unsure, before, { ...trusted, readable: false }).level).toBe('none');
    const afterDanger: EarlierTurn[] = [...before, { level: 'acute', score: 0.9 }];
    expect(assessTurn(read, unsure, afterDanger, { ...trusted, readable: false, writtenInOurs: true }).level).toBe('unsure');
    const named = screen.look('ze mag niet naar buiten van hem').read;
    expect(assessTurn(named, unsure, before, { ...trusted, readable: false, writtenInOurs: true }).level).toBe('unsure');
  });

  it('keeps the question for a story told only at a distance that the model read over its acute threshold (round 26)', () => {
    const read = screen.look('ik schrijf vanaf mijn werk').read;
    const distant: DangerAssessment = { ...unsure, reasons: ['screen.told_at_distance', 'model.unsure'] };
    expect(assessTurn(read, distant, before, trusted).level).toBe('unsure');
    expect(assessTurn(read, unsure, before, trusted).level).toBe('none');
  });

  it('keeps the question where the model is sure', () => {
    const read = screen.look('ik schrijf vanaf mijn werk').read;
    expect(assessTurn(read, unsure, before, { readable: true, overSure: true }).level).toBe('unsure');
    expect(assessTurn(read, unsure, before, trusted).level).toBe('none');
  });

  it('never changes a suicidal reading, 112 at once for a danger named, or danger seen in passing', () => {
    const read = screen.look('ik schrijf vanaf mijn werk').read;
    const suicidal: DangerAssessment = { level: 'acute', suicidal: true, reasons: ['model.suicidal'], score: 0.9 };
    expect(assessTurn(read, suicidal, before, trusted)).toBe(suicidal);
    // 112 at once stays where the turn names a danger now (a middling score alone is lowered: calmTurns.test.ts).
    const named = screen.look('ze mag niet naar buiten van hem').read;
    const acute: DangerAssessment = { ...unsure, level: 'acute', reasons: ['model.acute'] };
    expect(assessTurn(named, acute, before, trusted)).toBe(acute);
    const inPassing: DangerAssessment = { ...unsure, reasons: ['window.acute'] };
    expect(assessTurn(read, inPassing, before, trusted).level).toBe('unsure');
  });

  it('reads the answer to the danger question as an answer, whatever came before', () => {
    const text = 'ik schrijf vanaf mijn werk';
    const answered = lookAt(screen, text, 'nl', 'dangerCheck', screenText(screen, text), undefined, before).look.danger;
    expect(answered.level).toBe('unsure');
    expect(lookAt(screen, text, 'nl', null, screenText(screen, text), undefined, before).look.danger.level).toBe('none');
  });
});

describe('the first account of the story, read in its conversation (calm30)', () => {
  const read = screen.look('mijn nicht werkt in een nagelsalon en slaapt daar achterin').read;
  const trustedUnder = { readable: true, overSure: false, overAcute: false };
  const trustedOver = { readable: true, overSure: false, overAcute: true };

  it('names no danger and the model reads it under its acute threshold: no question, told first or later', () => {
    expect(dangerNamed(read)).toBe(false);
    expect(assessTurn(read, unsure, before, { ...trustedUnder, storyUntold: true }).level).toBe('none');
    expect(assessTurn(read, unsure, before, trustedUnder).level).toBe('none');
  });

  it('the model reads it over its acute threshold: the question stays while the story is untold, not after', () => {
    const over = { ...unsure, score: 0.3 };
    expect(assessTurn(read, over, before, { ...trustedOver, storyUntold: true }).level).toBe('unsure');
    expect(assessTurn(read, over, before, trustedOver).level).toBe('none');
  });

  it('a danger named, someone held or hurt, or the first message keeps the question whatever the score', () => {
    const held = screen.look('ze mag niet naar buiten van hem').read;
    expect(assessTurn(held, unsure, before, { ...trustedUnder, storyUntold: true }).level).toBe('unsure');
    expect(assessTurn(read, unsure, before, { ...trustedUnder, storyUntold: true, neverSilent: true }).level).toBe('unsure');
    expect(assessTurn(read, unsure, [], { ...trustedUnder, storyUntold: true }).level).toBe('unsure');
  });

  it('the screen passes the threshold and the untold story through', () => {
    const text = FEAR;
    const look = screen.look(text);
    expect(look.danger.level).toBe('unsure');
    expect(look.danger.score).toBeGreaterThanOrEqual(screen.bundle.thresholds.acute);
    expect(screen.inConversation(look, before, true).level).toBe('unsure');
    expect(screen.inConversation(look, before).level).toBe('none');
    const viaLook = (storyUntold: boolean) =>
      lookAt(screen, text, 'nl', null, screenText(screen, text), undefined, before, false, storyUntold).look.danger.level;
    expect(viaLook(true)).toBe('unsure');
    expect(viaLook(false)).toBe('none');
  });
});

describe('someone ill, named alone (calm30)', () => {
  const ill = screen.look('hij woont bij mij sinds zijn moeder ziek is').read;
  const noCare = screen.look('hij is ziek maar de baas zegt geen dokter').read;
  const trustedUnder = { readable: true, overSure: false, overAcute: false };

  it('keeps no question in the unsure band, told first or later; care withheld keeps it', () => {
    expect(ill.situations.map((h) => h.concept)).toEqual(['illness']);
    expect(assessTurn(ill, unsure, before, trustedUnder).level).toBe('none');
    expect(assessTurn(ill, unsure, before, { ...trustedUnder, storyUntold: true }).level).toBe('none');
    expect(noCare.situations.map((h) => h.concept)).toContain('no_care');
    expect(assessTurn(noCare, unsure, before, trustedUnder).level).toBe('unsure');
  });

  it('is still a danger named for 112 on a middling score: not lowered to the question', () => {
    const acute: DangerAssessment = { level: 'acute', suicidal: false, reasons: ['model.acute'], score: 0.3 };
    expect(dangerNamed(ill, true)).toBe(true);
    expect(assessTurn(ill, acute, before, trustedUnder).level).toBe('acute');
  });
});

describe('someone brought, picked up or sent, with no time of now beside it (calm32)', () => {
  const trustedUnder = { readable: true, overSure: false, overAcute: false };
  it.each([
    'ze worden om 5 uur opgehaald en om 9 uur teruggebracht',
    'hij moet volgende maand vertrekken, ze regelen een paspoort voor hem',
  ])('%p keeps no question in the unsure band, told first or later', (text) => {
    const { read } = screen.look(text);
    expect(read.situations.map((h) => h.concept)).toContain('moved');
    expect(assessTurn(read, unsure, before, trustedUnder).level).toBe('none');
    expect(assessTurn(read, unsure, before, { ...trustedUnder, storyUntold: true }).level).toBe('none');
  });

  it('a move told for tonight is never silent: it keeps the question', () => {
    const look = screen.look('vanavond haalt hij haar om 8 uur op');
    expect(look.read.situations.map((h) => h.concept)).toContain('moved');
    expect(screen.inConversation(look, before).level).not.toBe('none');
    expect(assessTurn(look.read, unsure, before, { ...trustedUnder, neverSilent: true }).level).toBe('unsure');
  });

  it('is still a danger named for 112 on a middling score: not lowered to the question', () => {
    const { read } = screen.look('ze worden om 5 uur opgehaald en om 9 uur teruggebracht');
    const acute: DangerAssessment = { level: 'acute', suicidal: false, reasons: ['model.acute'], score: 0.3 };
    expect(dangerNamed(read, true)).toBe(true);
    expect(assessTurn(read, acute, before, trustedUnder).level).toBe('acute');
  });
});

describe('a flight told in a later turn (mend32; in the reader since reader34)', () => {
  // Someone still looking for the writer: the reader reads no safe now in the hiding place.
  const FLIGHT = 'ik ben gevlucht en zit nu bij mijn tante, hij zoekt me';
  const SAFE_AFTER = 'hij zocht ons vorige week, nu zijn we veilig bij een vriendin';

  it('names a danger when someone pursues now, a safe place beside it or not', () => {
    const read = screen.look(FLIGHT).read;
    expect(read.situations.map((h) => h.concept)).toContain('pursued');
    expect(read.distances.map((d) => d.concept)).not.toContain('safe_now');
    expect(dangerNamed(read, true)).toBe(true);
  });

  it('names none when the pursuit is told in the past and the place is safe now', () => {
    expect(dangerNamed(screen.look(SAFE_AFTER).read, true)).toBe(false);
  });

  it('keeps 112 at once for a middling score where someone pursues now', () => {
    const read = screen.look(FLIGHT).read;
    const acute: DangerAssessment = {
      level: 'acute',
      suicidal: false,
      reasons: ['model.acute', 'situation.pursued', 'distance.now'],
      score: 0.35,
    };
    expect(assessTurn(read, acute, before, trusted)).toBe(acute);
  });
});

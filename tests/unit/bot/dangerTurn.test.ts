import {
  answerDangerTurn,
  askedDangerNowBefore,
  asksAbout113,
  dangerLinesOfTurn,
  openGuard,
  readDangerTurn,
  reminderOfTurn,
  type DangerReading,
  type DangerState,
  type DangerUnderstood,
} from '../../../src/bot/dangerTurn';
import { repeatReading } from '../../../src/bot/dangerInView';

const calmReading: DangerReading = {
  danger: { level: 'none', score: 0.01, suicidal: false, reasons: [] },
  acuteDanger: false,
  unsureAlone: false,
  unreadNow: false,
  unreadJustBefore: false,
  text: 'ze is 19 en woont in Tilburg',
  saysUnsure: false,
};
const firmAcute: DangerReading = {
  ...calmReading,
  danger: {
    level: 'acute',
    score: 0.95,
    suicidal: false,
    reasons: ['model.acute', 'situation.confined', 'situation.taken', 'distance.now', 'now.event'],
  },
  acuteDanger: true,
  text: 'hij heeft haar nu opgesloten, ze kan niet weg',
};
const suicidal: DangerReading = {
  ...calmReading,
  danger: { level: 'acute', score: 0.9, suicidal: true, reasons: ['model.suicidal'] },
  acuteDanger: true,
  text: 'ik wil er niet meer zijn',
};
const story: DangerUnderstood = { intent: 'describe_concern', questions: [], answer: 'unknown', awaiting: null };

/** One whole turn through the three steps, as the bot runs it; the state kept after it. */
function turn(state: DangerState, reading: DangerReading, understood: DangerUnderstood = story, summarySuicidal = false) {
  const read = readDangerTurn(state, reading);
  const answered = answerDangerTurn(read, understood);
  const after: DangerState = { ...state, ...read.state, ...answered.state };
  const lines = dangerLinesOfTurn(answered, after, summarySuicidal || reading.danger.suicidal);
  return { read, answered, lines, state: { ...after, ...lines.state } };
}

describe('the danger bookkeeping of one turn', () => {
  it('a calm first turn gets no line and keeps nothing in view', () => {
    const t = turn({}, calmReading);
    expect(t.lines.stillNow).toBeNull();
    expect(reminderOfTurn(t.lines.guard, ['Wat fijn dat je dit vertelt.'])).toBeNull();
    expect(t.state.danger).toMatchObject({ acute: false, suicidal: false });
    expect(t.state).toMatchObject({ lastAcute: false, lastSuicidal: false, askedStillNow: false, talkedOfDanger: false });
  });

  it('danger read: its turn needs 112 when no text named it, and the next turn asks "is the danger still there?"', () => {
    const first = turn({}, firmAcute);
    expect(first.state.danger).toMatchObject({ acute: true, since: 0 });
    expect(reminderOfTurn(first.lines.guard, ['Waar gaat het om?'])).toBe('danger.reminder');
    expect(reminderOfTurn(first.lines.guard, ['Bel nu 112.'])).toBeNull();
    const next = turn(first.state, calmReading);
    expect(next.lines.stillNow).toBe('danger.stillNow');
    expect(next.state.askedStillNow).toBe(true);
  });

  it('a plain "nee" to "is the danger still there?" takes 112 out of view', () => {
    const first = turn({}, firmAcute);
    const asked = turn(first.state, calmReading).state;
    const no = turn(asked, { ...calmReading, text: 'nee' }, { ...story, intent: 'deny', answer: 'no' });
    expect(no.answered.deniesDangerNow).toBe(true);
    expect(no.state.danger).toMatchObject({ acute: false });
    expect(no.lines.stillNow).toBeNull();
    expect(reminderOfTurn(no.lines.guard, ['Oké.'])).toBeNull();
  });

  it('a longer "no" after the still-now line is not a plain answer: the danger stays in view', () => {
    const first = turn({}, firmAcute);
    const asked = turn(first.state, calmReading).state;
    const long = turn(asked, { ...calmReading, text: 'nee maar wat moet ik nu doen dan' }, { ...story, answer: 'no' });
    expect(long.answered.deniesDangerNow).toBe(false);
    expect(long.state.danger).toMatchObject({ acute: true });
  });

  it('"weet ik niet" to the still-now line keeps the talk of danger going', () => {
    const first = turn({}, firmAcute);
    const asked = turn(first.state, calmReading).state;
    const unsure = turn(asked, { ...calmReading, text: 'weet ik niet', saysUnsure: true });
    expect(unsure.read.talkNow).toBe(true);
    expect(unsure.state.talkedOfDanger).toBe(true);
  });

  it('a thank-you after danger has moved on: no line again', () => {
    const first = turn({}, firmAcute);
    const thanks = turn(first.state, { ...calmReading, text: 'dank je wel' }, { ...story, intent: 'thanks' });
    expect(thanks.answered.guard.movedOn).toBe('thanks');
    expect(thanks.lines.stillNow).toBeNull();
    expect(reminderOfTurn(thanks.lines.guard, ['Graag gedaan.'])).toBeNull();
  });

  it('after the 113 turn, "nee ik doe niks" gets neither 113 nor the still-now line; a goodbye gets 113 once', () => {
    const first = turn({}, suicidal);
    expect(reminderOfTurn(first.lines.guard, ['Bel 112.'])).toBe('danger.reminderSuicidal');
    const no = turn(first.state, { ...calmReading, text: 'nee ik doe niks' }, { ...story, answer: 'no' }, true);
    expect(no.lines.stillNow).toBeNull();
    expect(no.lines.guard.suicideLine).toBe(false);
    expect(reminderOfTurn(no.lines.guard, ['Wat speelt er nog meer?'])).toBeNull();
    const bye = turn(no.state, { ...calmReading, text: 'doei' }, { ...story, intent: 'goodbye' }, true);
    expect(bye.state.danger?.closingSaid).toBe(true);
    expect(reminderOfTurn(bye.lines.guard, ['Dag!'])).toBe('danger.reminderSuicidal');
    const again = turn(bye.state, { ...calmReading, text: 'doei' }, { ...story, intent: 'goodbye' }, true);
    expect(reminderOfTurn(again.lines.guard, ['Dag!'])).toBeNull();
  });

  it('after the 113 turn, doubt in the answer names 113 again with the still-now line', () => {
    const first = turn({}, suicidal);
    const doubt = turn(first.state, { ...calmReading, text: 'geen plan, maar het is er wel' }, story, true);
    expect(doubt.lines.guard.suicideLine).toBe(true);
    expect(doubt.lines.stillNow).toBe('danger.stillNowSuicidal');
  });

  it('danger in a language the bot cannot read keeps 113 in view, and names it as "with 113", not "still thinking"', () => {
    const unread = turn({}, { ...firmAcute, unreadNow: true, text: 'pomocy on mnie zamknal' });
    expect(unread.read.unreadAlarm).toBe(true);
    expect(unread.state).toMatchObject({ lastSuicidal: true, danger: { suicidal: true, suicidalUnread: true } });
    const next = turn(unread.state, { ...calmReading, unreadJustBefore: true, text: 'ok what now' });
    expect(next.lines.stillNow).toBe('danger.stillNowWith113');
  });

  it('a tentative alarm: the calm next turn is not asked about it; an unsure one is', () => {
    const weak: DangerReading = { ...firmAcute, danger: { ...firmAcute.danger, score: 0.3 } };
    const first = turn({}, weak);
    expect(first.state.danger?.tentative).toBe(true);
    expect(turn(first.state, calmReading).lines.stillNow).toBeNull();
    const unsure: DangerReading = {
      ...calmReading,
      danger: { level: 'unsure', score: 0.1, suicidal: false, reasons: [] },
      unsureAlone: true,
    };
    expect(turn(first.state, unsure).lines.stillNow).toBe('danger.stillNow');
  });

  it('a 112 on the score alone: a calm next message ends the danger in view, without "no" (cascade27)', () => {
    const onScore: DangerReading = {
      ...firmAcute,
      danger: { level: 'acute', score: 0.85, suicidal: false, reasons: ['model.acute', 'situation.documents'] },
    };
    const first = turn({}, onScore);
    expect(first.state.danger).toMatchObject({ acute: true, since: 0, scoreOnly: true });
    expect(first.state.danger?.tentative).toBeUndefined();
    // The story's past or a question about the procedure: no still-now line, no reminder, danger out of view.
    const past: DangerReading = {
      ...calmReading,
      text: 'dat was vorig jaar, ze woont nu bij haar tante',
      danger: { level: 'none', score: 0.02, suicidal: false, reasons: ['distance.past'] },
    };
    const next = turn(first.state, past, { ...story, questions: ['after_report'] });
    expect(next.answered.settled).toBe(true);
    expect(next.lines.stillNow).toBeNull();
    expect(reminderOfTurn(next.lines.guard, ['Wat gebeurt er na een melding?'])).toBeNull();
    // 112 stays in view ("moet ik 112 bellen?" is still answered with yes), settled.
    expect(next.state.danger).toMatchObject({ acute: true, settled: true });
    const later = turn(next.state, calmReading);
    expect(later.lines.stillNow).toBeNull();
    expect(reminderOfTurn(later.lines.guard, ['Oké.'])).toBeNull();
    // A next message that names the police keeps it: "moet ik de politie bellen?" is the danger going on.
    const police = turn(first.state, { ...calmReading, text: 'moet ik de politie bellen?' });
    expect(police.answered.settled).toBe(false);
    expect(police.lines.stillNow).toBe('danger.stillNow');
    // And the calm message right after it: the talk of danger went on a turn ago.
    expect(turn(police.state, calmReading).answered.settled).toBe(false);
    // After a 112 for a danger named now, the calm next message is still asked about.
    expect(turn(turn({}, firmAcute).state, calmReading).lines.stillNow).toBe('danger.stillNow');
  });

  it('a doubt the conversation explains away does not bring a doubtful 112 back to its turn; a firm one it does (calm28)', () => {
    // Read unsure alone, none in its conversation (turnContext.ts: a question or an answer naming no danger).
    const explained: DangerReading = {
      ...calmReading,
      text: 'als het uitkomt dat ik het was, wordt hij boos. kan het zonder naam?',
      danger: { level: 'none', score: 0.14, suicidal: false, reasons: ['turn.none'] },
      unsureAlone: true,
    };
    const doubt: DangerReading = { ...explained, danger: { level: 'unsure', score: 0.14, suicidal: false, reasons: ['model.unsure'] } };
    const calmTurns = (state: DangerState, n: number) => {
      let s = state;
      for (let i = 0; i < n; i += 1) s = turn(s, calmReading).state;
      return s;
    };
    const tentative = calmTurns(turn({}, { ...firmAcute, danger: { ...firmAcute.danger, score: 0.3 } }).state, 3);
    expect(tentative.danger).toMatchObject({ acute: true, tentative: true, since: 3 });
    const quiet = turn(tentative, explained);
    expect(quiet.state.danger?.since).toBe(4);
    expect(reminderOfTurn(quiet.lines.guard, ['Ja, dat kan anoniem.'])).toBeNull();
    // The same doubt not explained away brings it back: 112 again.
    const back = turn(tentative, doubt);
    expect(back.state.danger?.since).toBe(0);
    expect(reminderOfTurn(back.lines.guard, ['Ja, dat kan anoniem.'])).toBe('danger.reminder');
    // A firm 112 for a danger named: any doubt brings it back, explained away or not.
    const firm = calmTurns(turn({}, firmAcute).state, 3);
    const firmBack = turn(firm, explained);
    expect(firmBack.state.danger?.since).toBe(0);
    expect(reminderOfTurn(firmBack.lines.guard, ['Ja, dat kan anoniem.'])).toBe('danger.reminder');
    // Right after a tentative 112 the explained doubt still leaves it in doubt: "is the danger still there?".
    const justAfter = turn(turn({}, { ...firmAcute, danger: { ...firmAcute.danger, score: 0.3 } }).state, explained);
    expect(justAfter.lines.stillNow).toBe('danger.stillNow');
  });

  it('a doubt told in the past, explained by its conversation, does not keep a doubtful 112 in doubt; a firm one it does (round 41)', () => {
    // "Vorig jaar was ze 3 dagen weg, de politie heeft toen gezocht": unsure alone, none in its conversation.
    const then: DangerReading = {
      ...calmReading,
      text: 'Vorig jaar was ze 3 dagen weg, de politie heeft toen gezocht.',
      danger: {
        level: 'none',
        score: 0.27,
        suicidal: false,
        reasons: ['turn.none', 'situation.taken', 'distance.past', 'distance.past_verb'],
      },
      unsureAlone: true,
    };
    const tentative = turn({}, { ...firmAcute, danger: { ...firmAcute.danger, score: 0.3 } }).state;
    const past = turn(tentative, then);
    expect(past.lines.stillNow).toBeNull();
    expect(reminderOfTurn(past.lines.guard, ['Weet iemand op school ervan?'])).toBeNull();
    // A now of its own beside the past leaves it in doubt.
    const withNow = turn(tentative, { ...then, danger: { ...then.danger, reasons: [...then.danger.reasons, 'distance.now'] } });
    expect(withNow.lines.stillNow).toBe('danger.stillNow');
    // So does the same doubt read unsure in its conversation too.
    const unexplained = turn(tentative, {
      ...then,
      danger: { ...then.danger, level: 'unsure', reasons: ['model.unsure', ...then.danger.reasons.slice(1)] },
    });
    expect(unexplained.lines.stillNow).toBe('danger.stillNow');
    // After a firm 112 the past told is still asked about.
    expect(turn(turn({}, firmAcute).state, then).lines.stillNow).toBe('danger.stillNow');
  });

  it('the guard before the turn has read anything adds no reminder', () => {
    expect(reminderOfTurn(openGuard(), [])).toBeNull();
  });

  it('a sentence that names 113 and asks is a question about 113', () => {
    expect(asksAbout113('113 is free? they speak english?')).toBe(true);
    expect(asksAbout113('ik heb 113 al gebeld. dank je')).toBe(false);
  });
});

describe('askedDangerNowBefore', () => {
  it('is the danger reply or "is the danger still there?" of the last bot turn, and nothing else', () => {
    expect(askedDangerNowBefore({ askedDangerNow: true })).toBe(true);
    expect(askedDangerNowBefore({ askedStillNow: true })).toBe(true);
    expect(askedDangerNowBefore({ askedDangerNow: false, askedStillNow: false, talkedOfDanger: true, lastAcute: true })).toBe(false);
    expect(askedDangerNowBefore({})).toBe(false);
  });
});

describe('a reading lowered for repeating the danger in view (calm34)', () => {
  const repeat: DangerReading = {
    ...calmReading,
    danger: repeatReading({ level: 'acute', score: 0.9, suicidal: false, reasons: ['model.acute', 'situation.locked_in'] }),
    text: 'ze kan daar echt niet weg',
  };

  it('right after the 112 turn: no "is the danger still there?" and no reminder, and the turn after names nothing either', () => {
    const first = turn({}, firmAcute);
    const again = turn(first.state, repeat);
    expect(again.lines.stillNow).toBeNull();
    expect(reminderOfTurn(again.lines.guard, ['Waar werkt ze?'])).toBeNull();
    expect(again.state.danger).toMatchObject({ acute: true, since: 1 });
    const next = turn(again.state, calmReading);
    expect(next.lines.stillNow).toBeNull();
    expect(reminderOfTurn(next.lines.guard, ['Hoe oud is ze?'])).toBeNull();
  });

  it('the same turn without the lowering still asks "is the danger still there?"', () => {
    const first = turn({}, firmAcute);
    const unlowered = turn(first.state, { ...repeat, danger: { ...repeat.danger, reasons: ['situation.locked_in'] } });
    expect(unlowered.lines.stillNow).toBe('danger.stillNow');
  });
});

describe('round 39: danger answered or handled, told by the citizen', () => {
  /** The 112 turn: the bot's danger reply asked "is er nu gevaar?". */
  const afterReply = (reading: DangerReading = firmAcute) => ({ ...turn({}, reading).state, askedDangerNow: true });

  it('a "no" that tells where the writer is now answers the 112 reply: no still-now line, no reminder', () => {
    const answer = turn(afterReply(), { ...calmReading, text: 'nee, ik zit nu gewoon op mijn kamer' }, { ...story, answer: 'no' });
    expect(answer.answered.deniesDangerNow).toBe(true);
    expect(answer.lines.stillNow).toBeNull();
    expect(reminderOfTurn(answer.lines.guard, ['Oké.'])).toBeNull();
  });

  it('the same "no" with a turn after it, or a danger named beside it, keeps the line', () => {
    const but = turn(
      afterReply(),
      { ...calmReading, text: 'nee, ik zit op mijn kamer maar hij weet waar ik ben' },
      { ...story, answer: 'no' },
    );
    expect(but.lines.stillNow).toBe('danger.stillNow');
    const named = turn(
      afterReply(),
      { ...calmReading, danger: { ...calmReading.danger, reasons: ['situation.threat'] }, text: 'nee, ik zit op mijn kamer' },
      { ...story, answer: 'no' },
    );
    expect(named.lines.stillNow).toBe('danger.stillNow');
  });

  it('a "no" with a state is not an answer when the bot asked nothing of danger now', () => {
    const quiet = { ...turn({}, calmReading).state };
    const t = turn(quiet, { ...calmReading, text: 'nee, ik zit nu op mijn kamer' }, { ...story, answer: 'no' });
    expect(t.answered.deniesDangerNow).toBe(false);
  });

  it('help on its way while danger is in view ends the line; before any danger it is nothing', () => {
    const coming = turn(afterReply(), { ...calmReading, text: 'gebeld, ze komen eraan. wat moet ik daarna doen?' });
    expect(coming.answered.deniesDangerNow).toBe(true);
    expect(coming.lines.stillNow).toBeNull();
    expect(reminderOfTurn(coming.lines.guard, ['Goed.'])).toBeNull();
    const weighed = turn(afterReply(), { ...calmReading, text: 'ok ik bel nu de politie' });
    expect(weighed.lines.stillNow).toBe('danger.stillNow');
    const before = turn({}, { ...calmReading, text: 'de politie is er al' });
    expect(before.answered.deniesDangerNow).toBe(false);
  });

  it('after thoughts of suicide with danger from others, "no plan, I am at home" keeps 113 in view and names no 112 again', () => {
    const both: DangerReading = {
      ...suicidal,
      danger: { ...suicidal.danger, reasons: ['model.suicidal', 'situation.threat'] },
    };
    const first = turn({}, both, story, true);
    const answer = turn(
      { ...first.state, askedDangerNow: true },
      { ...calmReading, text: 'no I do not have a plan. I am at home now, my sister is here' },
      { ...story, answer: 'no' },
      true,
    );
    expect(answer.state.danger).toMatchObject({ acute: false, suicidal: true });
    expect(answer.lines.stillNow).toBeNull();
    expect(reminderOfTurn(answer.lines.guard, ['Okay.'])).toBeNull();
  });
});

describe('round 40: the danger explained or put in its time, with or without a "no"', () => {
  const afterReply = () => ({ ...turn({}, firmAcute).state, askedDangerNow: true });
  const told = (text: string, reasons: string[], level: 'none' | 'unsure' = 'none'): DangerReading => ({
    ...calmReading,
    danger: { ...calmReading.danger, level, reasons },
    text,
  });

  it('a calm answer told in the past, or someone safe now, ends the danger in view: no still-now line, no reminder', () => {
    for (const answer of [
      told('it was my neighbour, she forgot her key', ['distance.past_verb']),
      told('No, the appointment was last Thursday. Her next one is in three weeks.', ['distance.past_verb', 'distance.future']),
      told('ze is nu veilig bij haar zus', ['distance.safe_now']),
      told('nee, dat was vorige week, hij is toen weggegaan', ['distance.past', 'distance.past_verb', 'answer.no_danger_now']),
    ]) {
      const t = turn(afterReply(), answer);
      expect(t.answered.deniesDangerNow).toBe(true);
      expect(t.state.danger).toMatchObject({ acute: false });
      expect(t.lines.stillNow).toBeNull();
      expect(reminderOfTurn(t.lines.guard, ['Oké.'])).toBeNull();
    }
  });

  it('keeps the line for a danger named in the past, a now of its own, a turn after it, a doubt, or no question asked', () => {
    const kept = [
      told('gisteren sloeg hij haar nog', ['situation.violence', 'distance.past_verb']),
      told('het was de buurman, maar hij komt vanavond terug', ['distance.past_verb', 'situation.soon']),
      told('het was de buurman, nu staat hij weer voor de deur', ['distance.past_verb', 'distance.now', 'now.event']),
      told('it was my neighbour, but she still has the key', ['distance.past_verb']),
      told('ik weet het niet, hij was al weg', ['distance.past_verb'], 'unsure'),
      told('nee we hebben dat geld niet', ['answer.no_danger_now']),
      told('ik sta achter de schutting. als ik bel weten ze dan dat ik het was?', ['distance.past_verb']),
      told('if police come, is problem for us? we have no papers', ['distance.hypothetical', 'distance.past_verb']),
    ];
    for (const answer of kept) expect(turn(afterReply(), answer).lines.stillNow).toBe('danger.stillNow');
    const quiet = turn(turn({}, calmReading).state, told('it was my neighbour, she forgot her key', ['distance.past_verb']));
    expect(quiet.answered.deniesDangerNow).toBe(false);
  });
});

describe('round 45: the follow-on lines after a 112 the citizen did not confirm', () => {
  /** A 112 for a threat of what may come, not for someone held or hurt now. */
  const threat: DangerReading = {
    ...calmReading,
    danger: { level: 'acute', score: 0.96, suicidal: false, reasons: ['model.acute', 'situation.threat', 'situation.soon'] },
    acuteDanger: true,
    text: 'ze zeggen dat ze hem dit weekend komen halen als hij niet betaalt',
  };
  const ownRisk: DangerReading = {
    ...calmReading,
    danger: { level: 'none', score: 0.01, suicidal: false, reasons: ['distance.feared_consequence'] },
    text: 'krijg ik zelf een strafblad als ik naar de politie ga?',
  };
  const asksRisk: DangerUnderstood = { ...story, intent: 'ask_consequences', questions: ['police', 'consequences'] };

  it('a calm detail after it gets neither "is the danger still there?" nor the reminder, nor the turn after', () => {
    const first = turn({}, threat);
    const detail = turn(first.state, calmReading);
    expect(detail.lines.stillNow).toBeNull();
    expect(reminderOfTurn(detail.lines.guard, ['Hoe oud is ze?'])).toBeNull();
    const next = turn(detail.state, { ...calmReading, text: 'ze woont in Tilburg' });
    expect(next.lines.stillNow).toBeNull();
    expect(reminderOfTurn(next.lines.guard, ['Dank je.'])).toBeNull();
  });

  it("a question of one's own risk with the police in it is no talk of danger either", () => {
    const asked = turn(turn({}, threat).state, ownRisk, asksRisk);
    expect(asked.lines.stillNow).toBeNull();
    expect(asked.state.talkedOfDanger).toBe(false);
    expect(reminderOfTurn(asked.lines.guard, ['Advies vragen heeft voor jou geen gevolgen.'])).toBeNull();
  });

  it('a message that goes on about the danger, or reads unsure, still gets the line; and the turn after it the reminder', () => {
    const first = turn({}, threat);
    const goesOn = turn(first.state, {
      ...calmReading,
      danger: { level: 'none', score: 0.05, suicidal: false, reasons: ['situation.pursued'] },
      text: 'ze staan nu weer bij zijn huis',
    });
    expect(goesOn.lines.stillNow).toBe('danger.stillNow');
    const after = turn(goesOn.state, calmReading);
    expect(reminderOfTurn(after.lines.guard, ['Hoe oud is ze?'])).toBe('danger.reminder');
    const doubt = turn(first.state, { ...calmReading, danger: { ...calmReading.danger, level: 'unsure' }, unsureAlone: true });
    expect(doubt.lines.stillNow).toBe('danger.stillNow');
  });

  it('someone held now is asked about once more after a calm detail', () => {
    expect(turn(turn({}, firmAcute).state, calmReading).lines.stillNow).toBe('danger.stillNow');
  });

  it('a new danger after it is 112 again at once (the turn is acute: its own line, no still-now line)', () => {
    const first = turn(turn({}, threat).state, calmReading);
    const again = turn(first.state, firmAcute);
    expect(again.state.danger).toMatchObject({ acute: true, since: 0 });
    expect(again.lines.stillNow).toBeNull();
    expect(reminderOfTurn(again.lines.guard, ['Waar is ze nu?'])).toBe('danger.reminder');
  });
});

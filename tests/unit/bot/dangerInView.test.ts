import { analyseText } from '../../../src/nlu/text/analyse';
import {
  FIRM_SCORE,
  NO_DANGER_IN_VIEW,
  REPEAT_REASON,
  emergencyInView,
  followOnCalled,
  heldOrHurtNow,
  lastingInView,
  movedOnFromDanger,
  nextDangerView,
  ownRiskOnly,
  reminderNeeded,
  repeatReading,
  repeatsDangerInView,
  scoreOnlyAlarm,
  settledAfterScoreOnly,
  stillNowNeeded,
  suicideLineAgain,
  talksOfDanger,
  tentativeAlarm,
  type DangerView,
} from '../../../src/bot/dangerInView';

const calm = { acuteDanger: false, suicidal: false };

describe('danger in view', () => {
  it('comes into view with acute danger and stays while later messages do not repeat it', () => {
    const after = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, false);
    expect(after).toEqual({ acute: true, suicidal: false, since: 0 });
    expect(nextDangerView(nextDangerView(after, calm, false), calm, false)).toEqual({ acute: true, suicidal: false, since: 2 });
  });

  it('keeps 112 and 113 in view after thoughts of suicide', () => {
    expect(nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: true }, false)).toMatchObject({ acute: true, suicidal: true });
  });

  it('takes 112 out of view when the citizen says no one is in danger now, but not 113', () => {
    expect(nextDangerView({ acute: true, suicidal: false }, calm, true)).toMatchObject({ acute: false, suicidal: false });
    expect(nextDangerView({ acute: true, suicidal: true }, calm, true)).toMatchObject({ acute: false, suicidal: true });
    // 113 in view only for words the bot could not read goes with 112 (convo22).
    expect(nextDangerView({ acute: true, suicidal: true, suicidalUnread: true }, calm, true)).toMatchObject({
      acute: false,
      suicidal: false,
    });
  });

  it('a "no" in the same message that tells danger does not take it out of view', () => {
    expect(nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, true)).toMatchObject({ acute: true });
  });

  it('danger told anew brings the count back to this turn', () => {
    const later = { acute: true, suicidal: false, since: 5 };
    expect(nextDangerView(later, { acuteDanger: true, suicidal: false }, false).since).toBe(0);
  });

  it('asks for a reminder only when the turn sent no 112 (or no 113 after thoughts of suicide)', () => {
    expect(reminderNeeded(NO_DANGER_IN_VIEW, [])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Wat wil je nu doen?'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Hier kun je terecht:\n- Acuut gevaar: bel 112.'])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: true }, ['Bel 112.'])).toBe('danger.reminderSuicidal');
    expect(reminderNeeded({ acute: true, suicidal: true }, ['Bel 112.', 'Bel 113 of gratis 0800-0113.'])).toBeNull();
    // A number that only contains 112 or 113 is not the line.
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Bel 0800-1120.'])).toBe('danger.reminder');
  });

  it('names the line in the danger turn and the two after it, not at every later turn', () => {
    expect(reminderNeeded({ acute: true, suicidal: false, since: 0 }, ['ok'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false, since: 2 }, ['ok'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false, since: 3 }, ['ok'])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: true, since: 3 }, ['ok'])).toBeNull();
  });

  it('an unsure message while danger is in view brings the lines back to this turn; not after "no", not with nothing in view', () => {
    const later = { acute: false, suicidal: true, since: 3 };
    expect(nextDangerView(later, { ...calm, unsure: true }, false)).toEqual({ acute: true, suicidal: true, since: 0 });
    expect(nextDangerView({ acute: true, suicidal: false, since: 3 }, { ...calm, unsure: true }, true).since).toBe(4);
    expect(nextDangerView(NO_DANGER_IN_VIEW, { ...calm, unsure: true }, false)).toEqual({ acute: false, suicidal: false, since: 1 });
  });

  it('a reading just over the acute threshold is tentative; suicide, plain words, "yes" or a firm score are not', () => {
    const just = { suicidal: false, score: FIRM_SCORE - 0.1, reasons: ['model.acute', 'situation.threat'] };
    expect(tentativeAlarm(just)).toBe(true);
    expect(tentativeAlarm({ ...just, suicidal: true })).toBe(false);
    expect(tentativeAlarm({ ...just, score: FIRM_SCORE })).toBe(false);
    for (const reason of ['floor.explicit_alarm', 'answer.danger_now']) expect(tentativeAlarm({ ...just, reasons: [reason] })).toBe(false);
  });

  it('an alarm in words the bot cannot read keeps 113 in view with 112, and may still be tentative', () => {
    const unread = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, unreadAlarm: true, tentative: true }, false);
    expect(unread).toEqual({ acute: true, suicidal: true, since: 0, tentative: true, suicidalUnread: true });
    // The next message, readable and calm: not asked about it again; unsure or unreadable: both lines again.
    const calmNext = nextDangerView(unread, calm, false);
    expect(stillNowNeeded(unread, false)).toBe(false);
    expect(reminderNeeded(calmNext, ['ok'], false)).toBeNull();
    expect(reminderNeeded(calmNext, ['ok'], true)).toBe('danger.reminderSuicidal');
    // A firm alarm in such words is not tentative: the turns after it name both lines.
    const firm = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, unreadAlarm: true }, false);
    expect(reminderNeeded(nextDangerView(firm, calm, false), ['ok'], false)).toBe('danger.reminderSuicidal');
    // Thoughts of suicide told before keep a later weak reading firm.
    expect(
      nextDangerView({ acute: true, suicidal: true, since: 3 }, { acuteDanger: true, suicidal: false, tentative: true }, false).tentative,
    ).toBeUndefined();
  });

  it('after a tentative reading, the turns after it name 112 only when they read unsure', () => {
    const read = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, tentative: true }, false);
    expect(read).toEqual({ acute: true, suicidal: false, since: 0, tentative: true });
    expect(reminderNeeded(read, ['ok'])).toBe('danger.reminder');
    const next = nextDangerView(read, calm, false);
    expect(next.tentative).toBe(true);
    expect(reminderNeeded(next, ['ok'])).toBeNull();
    expect(reminderNeeded(next, ['ok'], true)).toBe('danger.reminder');
    expect(stillNowNeeded(next, false)).toBe(false);
    expect(stillNowNeeded({ acute: true, suicidal: false, since: 1 }, false)).toBe(true);
  });

  it('a tentative reading does not weaken firm danger already in view', () => {
    const firm = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, false);
    const again = nextDangerView(nextDangerView(firm, calm, false), { acuteDanger: true, suicidal: false, tentative: true }, false);
    expect(again.tentative).toBeUndefined();
  });

  it('112 stays among the routes while danger calls for it: not after "no", nor after a tentative reading not borne out', () => {
    expect(emergencyInView({ acute: true, suicidal: false, since: 4 }, false)).toBe(true);
    expect(emergencyInView({ acute: false, suicidal: false, since: 1 }, false)).toBe(false);
    expect(emergencyInView({ acute: true, suicidal: false, since: 0, tentative: true }, false)).toBe(true);
    expect(emergencyInView({ acute: true, suicidal: false, since: 1, tentative: true }, false)).toBe(false);
    expect(emergencyInView({ acute: true, suicidal: false, since: 1, tentative: true }, true)).toBe(true);
  });
});

describe('after the turns that named it, 112 only while the citizen goes on about the danger (convo19)', () => {
  it('no routine reminder two turns on when neither message talked of danger; danger from others with thoughts of suicide keeps 112 (calm23)', () => {
    const twoOn = { acute: true, suicidal: false, since: 2 };
    expect(reminderNeeded(twoOn, ['Wat wil je nu doen?'], false, false)).toBeNull();
    expect(reminderNeeded(twoOn, ['Wat wil je nu doen?'], false, true)).toBe('danger.reminder');
    expect(reminderNeeded({ ...twoOn, suicidal: true }, ['Wat wil je nu doen?'], false, false)).toBe('danger.reminder');
    expect(reminderNeeded({ ...twoOn, suicidal: true }, ['Wat wil je nu doen?'], false, false, 'no', true)).toBe('danger.reminderSuicidal');
    // The danger turn itself always names it.
    expect(reminderNeeded({ acute: true, suicidal: false, since: 0 }, ['Wat wil je nu doen?'], false, false)).toBe('danger.reminder');
  });

  it('reads as talk of danger: an unsure or acute reading, a danger situation, the police or 112 named', () => {
    const none = { level: 'none', reasons: [] as string[] };
    expect(talksOfDanger('de wijkagent is nog niet geweest', none)).toBe(true);
    expect(talksOfDanger('ok I will ring 112 from the car', none)).toBe(true);
    expect(talksOfDanger('hij is er nog', { level: 'unsure', reasons: [] })).toBe(true);
    expect(talksOfDanger('ze roept om hulp', { level: 'none', reasons: ['situation.call_for_help'] })).toBe(true);
    // A story's background (a passport kept, money owed) is not danger going on.
    expect(talksOfDanger('hij heeft haar paspoort nog', { level: 'none', reasons: ['situation.documents'] })).toBe(false);
    expect(talksOfDanger('is dit eigenlijk uitbuiting?', none)).toBe(false);
    // A time alone is the citizen's own plan; with what happens then it is danger.
    expect(talksOfDanger('oke, ik probeer morgen het kenteken te noteren', { level: 'none', reasons: ['situation.soon'] })).toBe(false);
    expect(talksOfDanger('vanavond halen ze haar op', { level: 'none', reasons: ['situation.soon', 'situation.moved'] })).toBe(true);
    // A number that only contains 112 is not the line.
    expect(talksOfDanger('mijn huisnummer is 1123', none)).toBe(false);
    // The understanding's police topic: its words count, a word that merely ends in "agent" does not.
    expect(talksOfDanger('zal de recherche dan bij haar langs gaan', none)).toBe(true);
    expect(talksOfDanger('should I just go to the cops tonight', none)).toBe(true);
    expect(talksOfDanger('de reisagent had de tickets al geboekt', none)).toBe(false);
    expect(talksOfDanger('zijn makelaarsagenten regelen de kamers', none)).toBe(false);
  });

  it("reads the police named the same from the turn's analysis of the text as from the text alone", () => {
    const none = { level: 'none', reasons: [] as string[] };
    const texts = [
      'zal de recherche dan bij haar langs gaan',
      'ok I will ring 112 from the car',
      'de reisagent had de tickets al geboekt',
      'mijn huisnummer is 1123',
    ];
    for (const text of texts) expect(talksOfDanger(text, none, analyseText(text))).toBe(talksOfDanger(text, none));
    // The analysis is what is read: a text's own words come from it when it is given.
    expect(talksOfDanger('de reisagent had de tickets al geboekt', none, analyseText('bel de politie'))).toBe(true);
  });

  it('113 named only for words the bot could not read is named again as 112 is: while danger is talked of', () => {
    const unread = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, unreadAlarm: true }, false);
    const twoOn = nextDangerView(nextDangerView(unread, calm, false), calm, false);
    expect(twoOn).toMatchObject({ suicidal: true, suicidalUnread: true, since: 2 });
    expect(reminderNeeded(twoOn, ['Wat wil je nu doen?'], false, false)).toBeNull();
    expect(reminderNeeded(twoOn, ['Wat wil je nu doen?'], false, true)).toBe('danger.reminderSuicidal');
    // Thoughts of suicide read later make 113 firm for good.
    const read = nextDangerView(twoOn, { acuteDanger: true, suicidal: true }, false);
    expect(read.suicidalUnread).toBeUndefined();
    expect(nextDangerView(read, calm, false).suicidalUnread).toBeUndefined();
    const later = nextDangerView(nextDangerView(read, calm, false), calm, false);
    expect(reminderNeeded(later, ['ok'], false, false, 'no', true)).toBe('danger.reminderSuicidal');
    // Read alone, without danger from others just before it (calm23): nothing when the line is not due.
    expect(reminderNeeded(later, ['ok'], false, true, 'no', false)).toBeNull();
  });
});

describe('a message that moved on from the danger', () => {
  it('is a thank-you or only questions of what comes next, with no word of danger', () => {
    expect(movedOnFromDanger({ intent: 'thanks', questions: [] }, false)).toBe('thanks');
    expect(movedOnFromDanger({ intent: 'ask_signals', questions: ['is_it_trafficking', 'signals'] }, false)).toBe('question');
    expect(movedOnFromDanger({ intent: 'describe_concern', questions: ['after_report'] }, false)).toBe('question');
    // Talk of danger, a question of one's own risk, or no question at all: not moved on.
    expect(movedOnFromDanger({ intent: 'thanks', questions: [] }, true)).toBe('no');
    expect(movedOnFromDanger({ intent: 'ask_anonymous', questions: ['anonymity'] }, false)).toBe('no');
    expect(movedOnFromDanger({ intent: 'ask_privacy', questions: ['is_it_trafficking', 'privacy'] }, false)).toBe('no');
    expect(movedOnFromDanger({ intent: 'describe_concern', questions: [] }, false)).toBe('no');
  });

  it('gets no 112 line and no 112 among the routes; the danger turn itself still does', () => {
    const oneOn = { acute: true, suicidal: false, since: 1 };
    expect(reminderNeeded(oneOn, ['Wat wil je nu doen?'], false, true, 'question')).toBeNull();
    expect(reminderNeeded(oneOn, ['Wat wil je nu doen?'], false, true, 'no')).toBe('danger.reminder');
    expect(emergencyInView(oneOn, false, 'question')).toBe(false);
    expect(emergencyInView(oneOn, false)).toBe(true);
    const now = { acute: true, suicidal: false, since: 0 };
    expect(reminderNeeded(now, ['Wat wil je nu doen?'], false, true, 'question')).toBe('danger.reminder');
    expect(emergencyInView(now, false, 'thanks')).toBe(true);
  });

  it('after thoughts of suicide: a question gets no 113 line, a thank-you (the closing, see suicideLineAgain) keeps it', () => {
    const oneOn = { acute: true, suicidal: true, since: 1 };
    expect(reminderNeeded(oneOn, ['Wat wil je nu doen?'], false, false, 'question')).toBeNull();
    expect(reminderNeeded(oneOn, ['Graag gedaan.'], false, false, 'thanks', true)).toBe('danger.reminderSuicidal');
  });

  it('after 113 named only for words the bot could not read, a thank-you names nothing (calm28)', () => {
    const unread = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, unreadAlarm: true }, false);
    const oneOn = nextDangerView(unread, { acuteDanger: false, suicidal: false }, false);
    expect(oneOn).toMatchObject({ suicidal: true, suicidalUnread: true, since: 1 });
    expect(reminderNeeded(oneOn, ['Graag gedaan.'], false, true, 'thanks')).toBeNull();
    // Not moved on: the reminder with 113 as before; the unread turn itself keeps it whatever follows.
    expect(reminderNeeded(oneOn, ['Wat wil je nu doen?'], false, true, 'no')).toBe('danger.reminderSuicidal');
    expect(reminderNeeded(unread, ['Graag gedaan.'], false, true, 'thanks')).toBe('danger.reminderSuicidal');
  });
});

describe('after thoughts of suicide and the turn that gave 113 (calm23)', () => {
  const plain = { unsure: false, notOver: false, asks113: false, closing: false };
  const told = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: true }, false);
  const after = nextDangerView(told, calm, false);

  it('thoughts of suicide alone are in view alone; with danger from others named or read just before, not', () => {
    expect(told).toMatchObject({ acute: true, suicidal: true, since: 0, onlySuicidal: true });
    expect(after.onlySuicidal).toBe(true);
    expect(nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: true, othersNamed: true }, false).onlySuicidal).toBeUndefined();
    const threat = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, false);
    expect(nextDangerView(threat, { acuteDanger: true, suicidal: true }, false).onlySuicidal).toBeUndefined();
    // Danger from others told long before is not this turn's.
    const long = { acute: true, suicidal: false, since: 5 };
    expect(nextDangerView(long, { acuteDanger: true, suicidal: true }, false).onlySuicidal).toBe(true);
  });

  it('113 again only for doubt, "but it is there", a question about 113 or a reading that goes up; once at a natural end', () => {
    expect(suicideLineAgain(told, plain)).toBe('again');
    expect(suicideLineAgain(after, plain)).toBeNull();
    for (const turn of [{ unsure: true }, { notOver: true }, { asks113: true }])
      expect(suicideLineAgain(after, { ...plain, ...turn })).toBe('again');
    expect(suicideLineAgain(after, { ...plain, closing: true })).toBe('closing');
    expect(suicideLineAgain({ ...after, closingSaid: true }, { ...plain, closing: true })).toBeNull();
    // "Maar" in a story told later is the story, not the answer to the 113 line.
    expect(suicideLineAgain({ ...after, since: 4 }, { ...plain, notOver: true })).toBeNull();
  });

  it('the reminder: 113 when the line is due; nothing for thoughts alone; 112 alone for danger from others in the two turns after', () => {
    expect(reminderNeeded(after, ['Wat wil je nu doen?'], false, false, 'no', true)).toBe('danger.reminderSuicidal');
    expect(reminderNeeded(after, ['Wat wil je nu doen?'], false, true, 'no', false)).toBeNull();
    const mixed = { acute: true, suicidal: true, since: 1 };
    expect(reminderNeeded(mixed, ['Wat wil je nu doen?'], false, false, 'no', false)).toBe('danger.reminder');
    expect(reminderNeeded({ ...mixed, since: 3 }, ['Wat wil je nu doen?'], false, false, 'no', false)).toBeNull();
  });
});

describe('a 112 on the score alone, settled by a calm next message (cascade27)', () => {
  it('is a reading with no reason beyond the score and no danger named beyond the background or a weak one', () => {
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute'] })).toBe(true);
    expect(
      scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.documents', 'situation.exhausted', 'distance.past'] }),
    ).toBe(true);
    // A time (a danger for today), a cry for help and 112 named are the story's now, whatever the tense.
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.alarm', 'distance.now'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.soon', 'distance.past_verb'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.payment', 'situation.soon'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.call_for_help'] })).toBe(false);
    // A danger named at a distance from now (the past), and nothing of now.
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.sounds', 'distance.past'] })).toBe(true);
    // Weeks or months of it are still going on.
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.confined', 'distance.long_ongoing'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.pursued', 'distance.past_verb'] })).toBe(true);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.sounds', 'distance.past_verb', 'distance.now'] })).toBe(
      false,
    );
    // Hearsay is not a distance here: what others tell may be happening now.
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.sounds', 'distance.third_hand'] })).toBe(false);
    // A danger named, a rule, a "yes", the screen's guards or thoughts of suicide are more than the score.
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'situation.locked_in'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['floor.explicit_alarm'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['answer.danger_now'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'told.not_safe_now'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: false, reasons: ['model.acute', 'screen.never_silent'] })).toBe(false);
    expect(scoreOnlyAlarm({ suicidal: true, reasons: ['model.suicidal'] })).toBe(false);
  });

  it('comes into view with its reading, is kept while the turns after it do not read danger, and does not weaken firm danger', () => {
    const after = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, scoreOnly: true }, false);
    expect(after).toEqual({ acute: true, suicidal: false, since: 0, scoreOnly: true });
    expect(nextDangerView(after, calm, false)).toEqual({ acute: true, suicidal: false, since: 1, scoreOnly: true });
    const firm = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, false);
    expect(nextDangerView(firm, { acuteDanger: true, suicidal: false, scoreOnly: true }, false).scoreOnly).toBeUndefined();
  });

  it('ends on a next message that reads none and does not go on about danger', () => {
    const next = { acute: true, suicidal: false, since: 1, scoreOnly: true };
    const quiet = { level: 'none', unsure: false, talkOfDanger: false };
    expect(settledAfterScoreOnly(next, quiet)).toBe(true);
    // Not in the turn of the 112 itself, not after a firm 112 or thoughts of suicide.
    expect(settledAfterScoreOnly({ ...next, since: 0 }, quiet)).toBe(false);
    expect(settledAfterScoreOnly({ acute: true, suicidal: false, since: 1 }, quiet)).toBe(false);
    expect(settledAfterScoreOnly({ ...next, suicidal: true }, quiet)).toBe(false);
    // Not on a message that reads unsure or that the bot cannot read, nor one that names danger or the police.
    expect(settledAfterScoreOnly(next, { ...quiet, level: 'unsure' })).toBe(false);
    expect(settledAfterScoreOnly(next, { ...quiet, unsure: true })).toBe(false);
    expect(settledAfterScoreOnly(next, { ...quiet, talkOfDanger: true })).toBe(false);
  });

  it('once settled: 112 stays in view, but no still-now line, reminder or 112 route until danger is read again', () => {
    const settled = { acute: true, suicidal: false, since: 1, scoreOnly: true, settled: true };
    expect(stillNowNeeded(settled, true)).toBe(false);
    expect(emergencyInView(settled, false)).toBe(false);
    expect(reminderNeeded(settled, ['Wat wil je nu doen?'], true, true)).toBeNull();
    expect(settledAfterScoreOnly(settled, { level: 'none', unsure: false, talkOfDanger: false })).toBe(false);
    // Calm turns keep it settled; an unsure one brings the danger back to this turn; danger read anew starts afresh.
    expect(nextDangerView(settled, calm, false)).toMatchObject({ acute: true, since: 2, settled: true });
    const back = nextDangerView(settled, { ...calm, unsure: true }, false);
    expect(back).toMatchObject({ acute: true, since: 0 });
    expect(back.settled).toBeUndefined();
    expect(nextDangerView(settled, { acuteDanger: true, suicidal: false }, false)).toEqual({ acute: true, suicidal: false, since: 0 });
  });
});

describe('a danger told again with nothing new (repeatsDangerInView)', () => {
  const view: DangerView = { acute: true, suicidal: false, since: 1, named: ['sounds', 'phone', 'taken', 'confined', 'injury'] };
  const acute = (...reasons: string[]) => ({ level: 'acute', suicidal: false, reasons: ['model.acute', ...reasons] });

  it('is a repeat when every situation it names was named by the danger in view, with no now of its own', () => {
    expect(repeatsDangerInView(view, acute('situation.sounds'))).toBe(true);
    expect(repeatsDangerInView(view, acute('situation.phone', 'situation.taken', 'distance.long_ongoing'))).toBe(true);
    // Weak situations (a place, a means) add nothing new; nor does a reading naming none.
    expect(repeatsDangerInView(view, acute('situation.sounds', 'situation.exhausted'))).toBe(true);
    expect(repeatsDangerInView(view, acute())).toBe(true);
  });

  it('is new when someone held or hurt is told again in the present, repeat when told at a distance', () => {
    expect(repeatsDangerInView(view, acute('situation.confined'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.injury'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.injury', 'distance.past_verb'))).toBe(true);
  });

  it('is a repeat when what it names is told at a distance from now, or beside "no danger now"', () => {
    expect(repeatsDangerInView(view, acute('situation.violence', 'distance.past'))).toBe(true);
    expect(repeatsDangerInView(view, acute('situation.violence', 'distance.feared_consequence'))).toBe(true);
    // Beside the citizen's word that there is no danger now ("today she is not in danger, but …").
    expect(repeatsDangerInView(view, acute('situation.violence', 'distance.denied', 'distance.third_hand'))).toBe(true);
    // Hearsay or somewhere else alone is no distance from now.
    expect(repeatsDangerInView(view, acute('situation.violence', 'distance.third_hand'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.violence', 'distance.elsewhere'))).toBe(false);
  });

  it('is new with a situation not named before, told with no distance', () => {
    expect(repeatsDangerInView(view, acute('situation.violence'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.sounds', 'situation.pursued'))).toBe(false);
  });

  it('is new with a now of its own, whatever it names', () => {
    expect(repeatsDangerInView(view, acute('situation.sounds', 'distance.now'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.sounds', 'now.event'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.sounds', 'situation.soon'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.call_for_help'))).toBe(false);
    expect(repeatsDangerInView(view, acute('situation.alarm', 'distance.past'))).toBe(false);
  });

  it('is new when a rule, the writer\'s own "now" or a "yes" read it, and for thoughts of suicide', () => {
    expect(repeatsDangerInView(view, acute('floor.explicit_alarm', 'situation.sounds'))).toBe(false);
    expect(repeatsDangerInView(view, acute('told.danger_now', 'situation.sounds'))).toBe(false);
    expect(repeatsDangerInView(view, { level: 'acute', suicidal: false, reasons: ['answer.danger_now'] })).toBe(false);
    expect(repeatsDangerInView(view, { level: 'acute', suicidal: true, reasons: ['model.suicidal'] })).toBe(false);
    expect(repeatsDangerInView({ ...view, suicidal: true }, acute('situation.sounds'))).toBe(false);
  });

  it('needs danger told (in view, or denied since), not in a session kept before `named`', () => {
    expect(repeatsDangerInView(undefined, acute('situation.sounds'))).toBe(false);
    expect(repeatsDangerInView(NO_DANGER_IN_VIEW, acute('situation.sounds'))).toBe(false);
    // After "no one is in danger now": the same story told again with no new now is no new danger.
    expect(repeatsDangerInView({ ...view, acute: false }, acute('situation.sounds'))).toBe(true);
    expect(repeatsDangerInView({ ...view, acute: false }, acute('situation.sounds', 'distance.now'))).toBe(false);
    expect(repeatsDangerInView({ acute: true, suicidal: false, since: 1 }, acute('situation.sounds'))).toBe(false);
    expect(repeatsDangerInView(view, { level: 'unsure', suicidal: false, reasons: ['situation.sounds'] })).toBe(false);
  });

  it('the view keeps what each reading named, after a "no" too, and starts again with a danger told after it', () => {
    const first = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, named: ['confined'] }, false);
    expect(first.named).toEqual(['confined']);
    const calmAfter = nextDangerView(first, { ...calm, named: [] }, false);
    expect(calmAfter.named).toEqual(['confined']);
    const again = nextDangerView(calmAfter, { acuteDanger: true, suicidal: false, named: ['violence'] }, false);
    expect(again.named).toEqual(['confined', 'violence']);
    const denied = nextDangerView(again, calm, true);
    expect(denied).toMatchObject({ acute: false, named: ['confined', 'violence'] });
    expect(nextDangerView(denied, { acuteDanger: true, suicidal: false, named: ['threat'] }, false).named).toEqual(['threat']);
  });

  it('the lowered reading names no danger to go on about', () => {
    const lowered = repeatReading({ level: 'acute', suicidal: false, score: 0.8, reasons: ['model.acute', 'situation.confined'] });
    expect(lowered).toMatchObject({ level: 'none', score: 0.8, reasons: [REPEAT_REASON, 'situation.confined'] });
    expect(talksOfDanger('ze kan daar niet weg', lowered)).toBe(false);
  });
});

describe('help on its way while danger is in view (round 39)', () => {
  const view: DangerView = { acute: true, suicidal: false, since: 1, named: ['sounds', 'taken'] };
  const read = (...reasons: string[]) => ({ level: 'acute', suicidal: false, reasons: ['model.acute', ...reasons] });

  it('is no new 112: the coming and the police of its own words, and the danger in view', () => {
    expect(repeatsDangerInView(view, read('situation.alarm', 'situation.pursued'), 'gebeld, de politie komt eraan')).toBe(true);
    expect(repeatsDangerInView(view, read('floor.explicit_alarm', 'situation.sounds'), 'police is here, he is still shouting')).toBe(true);
  });

  it('is a new 112 for a danger not told before, for thoughts of suicide, or with no danger in view', () => {
    expect(repeatsDangerInView(view, read('situation.weapon'), 'politie komt eraan, hij heeft nu een mes')).toBe(false);
    expect(repeatsDangerInView(view, { ...read('situation.alarm'), suicidal: true }, 'politie komt eraan')).toBe(false);
    expect(repeatsDangerInView({ ...view, acute: false }, read('situation.alarm'), 'politie komt eraan')).toBe(false);
    expect(repeatsDangerInView(view, read('situation.alarm', 'situation.pursued'), 'ok ik bel nu de politie')).toBe(false);
  });
});

describe('round 45: after the 112 turn, a 112 line again only when the citizen goes on about the danger', () => {
  const after112: DangerView = { acute: true, suicidal: false, since: 1, named: ['threat', 'soon'] };
  const calmDetail = { talk: false, doubt: false, talkBefore: true, repeat: false, afterAlarm: true };

  it("a calm detail right after the 112 turn gets no line: the 112 turn's own talk of danger does not carry", () => {
    expect(followOnCalled(after112, calmDetail)).toBe(false);
  });

  it('a message that goes on about the danger, or leaves it in doubt, gets it', () => {
    expect(followOnCalled(after112, { ...calmDetail, talk: true })).toBe(true);
    expect(followOnCalled(after112, { ...calmDetail, doubt: true })).toBe(true);
  });

  it('two turns on, the message before going on about the danger carries it; a repeat of the danger in view never does', () => {
    const later = { ...after112, since: 2 };
    expect(followOnCalled(later, { ...calmDetail, afterAlarm: false })).toBe(true);
    expect(followOnCalled(later, { ...calmDetail, afterAlarm: false, talkBefore: false })).toBe(false);
    expect(followOnCalled(later, { ...calmDetail, afterAlarm: false, talk: true, repeat: true })).toBe(false);
  });

  it('the 112 turn itself always gets its line', () => {
    expect(followOnCalled({ ...after112, since: 0 }, { ...calmDetail, talkBefore: false })).toBe(true);
  });

  it('someone held or hurt now is asked about once more whatever the next message says', () => {
    const held = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false, named: ['confined'], lasting: true }, false);
    expect(lastingInView(held)).toBe(true);
    const next = nextDangerView(held, calm, false);
    expect(next).toMatchObject({ since: 1, lasting: true });
    expect(followOnCalled(next, { ...calmDetail, talkBefore: false })).toBe(true);
    // Not when the message before was only a doubt that brought the danger back (no 112 turn).
    expect(followOnCalled(next, { ...calmDetail, talkBefore: false, afterAlarm: false })).toBe(false);
    // A danger that comes into view anew starts without it.
    expect(lastingInView(nextDangerView({ ...next, acute: false }, { acuteDanger: true, suicidal: false, named: ['threat'] }, false))).toBe(
      false,
    );
  });

  it('held or hurt now: someone held, hurt, ill or threatened told at this moment; not without the moment, nor a time alone', () => {
    expect(heldOrHurtNow(['situation.confined', 'distance.now', 'now.event'])).toBe(true);
    expect(heldOrHurtNow(['situation.illness', 'situation.injury', 'now.event'])).toBe(true);
    expect(heldOrHurtNow(['situation.threat', 'situation.weapon', 'situation.soon', 'now.event'])).toBe(true);
    expect(heldOrHurtNow(['situation.confined', 'situation.taken'])).toBe(false);
    expect(heldOrHurtNow(['situation.threat', 'situation.soon'])).toBe(false);
    expect(heldOrHurtNow(['situation.soon', 'situation.alarm', 'now.event'])).toBe(false);
  });
});

describe("round 45: the police named only in a question of one's own risk", () => {
  const none = (...reasons: string[]) => ({ level: 'none', reasons });

  it('is no talk of danger: "if I tell police, they will send me back?", "krijgt hij een strafblad als hij naar de politie gaat?"', () => {
    expect(ownRiskOnly(['police', 'consequences'], none('distance.feared_consequence'))).toBe(true);
    expect(ownRiskOnly(['anonymity'], none('situation.alarm'))).toBe(true);
    expect(ownRiskOnly(['consequences'], none('situation.taken', 'situation.payment'))).toBe(true);
  });

  it('is talk of danger when no risk is asked ("moet ik de politie bellen?"), a danger is named beside it, or it reads unsure', () => {
    expect(ownRiskOnly(['police'], none('situation.alarm'))).toBe(false);
    expect(ownRiskOnly(['police', 'consequences'], none('situation.hiding'))).toBe(false);
    expect(ownRiskOnly(['consequences'], { level: 'unsure', reasons: [] })).toBe(false);
  });
});

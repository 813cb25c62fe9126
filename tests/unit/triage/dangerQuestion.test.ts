import {
  asksDangerQuestion,
  dangerSituations,
  distancedFromNow,
  onlyWhoOrWhere,
  saysNoDangerNow,
  tellsSafeNow,
  toldAtADistance,
} from '../../../src/triage/dangerQuestion';
import { testScreen } from '../../support/screen';
import * as dangerAnswer from '../../../src/safety/dangerAnswer';
import * as safeInPassing from '../../../src/safety/safeInPassing';

const open = { safeTold: false, situationsBefore: [] };

describe('the danger question in the unsure band', () => {
  it('is asked about a reading with nothing that puts it out of the present', () => {
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.2 }, open)).toBe(true);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.threat', 'distance.now'], score: 0.2 }, open)).toBe(true);
  });

  it('not about a story told as past, hypothetical, general or in the news, unless it says "now" too', () => {
    for (const d of ['past', 'hypothetical', 'general', 'media', 'feared_consequence', 'not_urgent'])
      expect(distancedFromNow(['model.unsure', `distance.${d}`])).toBe(true);
    expect(distancedFromNow(['model.unsure', 'distance.past', 'distance.now'])).toBe(false);
    // What others tell may be happening now.
    expect(distancedFromNow(['model.unsure', 'distance.third_hand'])).toBe(false);
  });

  it('not about a situation going on for long that says nothing of now and names only the background', () => {
    const months = ['model.unsure', 'situation.money_means', 'situation.payment', 'distance.long_ongoing'];
    expect(toldAtADistance(months)).toBe(true);
    expect(asksDangerQuestion({ reasons: months, score: 0.17 }, open)).toBe(false);
    // A place or means the reader finds in calm stories ("3e verdieping") is no danger of its own.
    expect(toldAtADistance(['model.unsure', 'situation.suicide_means', 'distance.long_ongoing'])).toBe(true);
    // Said to be going on now, or with a danger named (held, hurt, a time tonight), it is asked about.
    expect(toldAtADistance([...months, 'distance.now'])).toBe(false);
    for (const s of ['confined', 'injury', 'threat', 'soon', 'call_for_help'])
      expect(toldAtADistance(['model.unsure', `situation.${s}`, 'distance.long_ongoing'])).toBe(false);
    expect(toldAtADistance(['screen.never_silent', 'model.unsure', 'distance.long_ongoing'])).toBe(false);
  });

  it('not about a story in the past whose only now is a debt claimed; a now with nothing claimed, or a deadline, is asked about', () => {
    const claim = ['model.unsure', 'situation.taken', 'situation.payment', 'distance.past', 'distance.past_verb', 'distance.now'];
    expect(toldAtADistance(claim)).toBe(true);
    expect(asksDangerQuestion({ reasons: claim, score: 0.15 }, open)).toBe(false);
    // "toen ik wegging deed hij een hangslot op de deur. ze zitten daar nu nog": the now is no claim.
    expect(toldAtADistance(['model.unsure', 'distance.past', 'distance.past_verb', 'distance.now'])).toBe(false);
    expect(toldAtADistance([...claim, 'situation.deadline'])).toBe(false);
    expect(toldAtADistance([...claim, 'situation.or_else'])).toBe(false);
    // Without the past it is a debt claimed now, asked about as before.
    expect(toldAtADistance(['model.unsure', 'situation.payment', 'distance.now'])).toBe(false);
  });

  it('"safe now" or a denial answers it, "now" and all', () => {
    expect(distancedFromNow(['distance.safe_now', 'distance.now'])).toBe(true);
    expect(tellsSafeNow(['distance.denied'])).toBe(true);
    expect(tellsSafeNow(['distance.past'])).toBe(false);
  });

  it('a safe place does not answer it while someone pursues now: the reader reads no "safe now" there (mend32, reader34)', () => {
    const { reasons } = testScreen().assess('ik ben gevlucht en verstop me nu bij de buren, hij zoekt me');
    expect(reasons).toContain('situation.pursued');
    const hiding = ['model.unsure', ...reasons.filter((r) => r.startsWith('situation.') || r.startsWith('distance.'))];
    expect(tellsSafeNow(hiding)).toBe(false);
    expect(distancedFromNow(hiding)).toBe(false);
    expect(asksDangerQuestion({ reasons: hiding, score: 0.2 }, open)).toBe(true);
    // A pursuit in the past leaves the place safe now; a denial stays a denial.
    expect(tellsSafeNow(testScreen().assess('hij zocht ons vorige week, nu zijn we veilig bij een vriendin').reasons)).toBe(true);
    expect(tellsSafeNow(['model.unsure', 'situation.pursued', 'distance.denied'])).toBe(true);
  });

  it('keeps it for a 112 the conversation lowered to the question, whatever distance took the 112 away (issue 10, mend32)', () => {
    for (const d of ['safe_now', 'past', 'hypothetical', 'general']) {
      const reasons = ['turn.unsure', 'model.unsure', 'situation.confined', `distance.${d}`];
      expect(asksDangerQuestion({ reasons, score: 0.4 }, open)).toBe(true);
      // Read unsure by the model itself, the distance answers it as before.
      expect(asksDangerQuestion({ reasons: reasons.slice(1), score: 0.4 }, open)).toBe(false);
    }
    // Not right after the bot asked it in other words: that turn was not silent.
    const lowered = ['turn.unsure', 'model.unsure', 'distance.safe_now'];
    expect(asksDangerQuestion({ reasons: lowered, score: 0.4 }, { ...open, justAsked: true })).toBe(false);
  });

  it('after "no one is in danger now", only for a danger situation not named before, told as happening now (calm28)', () => {
    const after = { safeTold: true, situationsBefore: ['threat'] };
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.2 }, after)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.threat', 'distance.now'], score: 0.2 }, after)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined', 'distance.now'], score: 0.2 }, after)).toBe(true);
    // Someone held or hurt, or a danger for today, in its own sentence; a 112 the conversation lowered.
    expect(asksDangerQuestion({ reasons: ['screen.never_silent', 'model.unsure', 'situation.confined'], score: 0.2 }, after)).toBe(true);
    expect(asksDangerQuestion({ reasons: ['turn.unsure', 'model.unsure', 'situation.confined'], score: 0.2 }, after)).toBe(true);
    // A new detail of the story the citizen already answered for: not asked again.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined'], score: 0.2 }, after)).toBe(false);
    // Never told "no": a new situation is asked about as before, told now or not.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined'], score: 0.2 }, { ...after, safeTold: false })).toBe(true);
    // The background of many stories (a passport, a debt) is no new danger.
    expect(
      asksDangerQuestion({ reasons: ['model.unsure', 'situation.documents', 'situation.payment', 'distance.now'], score: 0.2 }, after),
    ).toBe(false);
  });

  it('after the guidance and never asked, only for a message that tells of now, or a lowered 112 (calm46)', () => {
    const heard = { safeTold: false, situationsBefore: ['threat'], storyHeard: true };
    // A detail with no now of its own, a danger named or not: more of the story already heard.
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.2 }, heard)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined', 'situation.silence'], score: 0.2 }, heard)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.threat', 'distance.third_hand'], score: 0.2 }, heard)).toBe(false);
    // Told as a moment, or of now where the model itself reads danger; a 112 the conversation lowered: asked.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.now', 'distance.third_hand'], score: 0.9 }, heard)).toBe(true);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'now.event'], score: 0.2 }, heard)).toBe(true);
    expect(
      asksDangerQuestion({ reasons: ['screen.never_silent', 'model.unsure', 'situation.injury', 'now.event'], score: 0.01 }, heard),
    ).toBe(true);
    expect(asksDangerQuestion({ reasons: ['turn.unsure', 'model.unsure'], score: 0.2 }, heard)).toBe(true);
    // Before the guidance the unsure band asks as it did.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined'], score: 0.2 }, { ...heard, storyHeard: false })).toBe(true);
  });

  it('after the guidance, not for someone held, hurt or threatened named with no now, nor a "now" of the story the model reads calm (dcheck47)', () => {
    const heard = { safeTold: false, situationsBefore: [], storyHeard: true };
    // "ze mag nooit alleen naar buiten", "if I don't sell enough they beat me", a broken tooth seen:
    // the screen's never-silent rule, with nothing of now.
    for (const s of ['confined', 'violence', 'injury', 'threat'])
      expect(asksDangerQuestion({ reasons: ['screen.never_silent', 'model.unsure', `situation.${s}`], score: 0.005 }, heard)).toBe(false);
    // "nu zegt hij dat ik 800 euro moet terugbetalen, anders ...": a now of the debt, no moment, read calm.
    const debtNow = ['model.unsure', 'situation.payment', 'situation.or_else', 'distance.now'];
    expect(asksDangerQuestion({ reasons: debtNow, score: 0.04 }, heard)).toBe(false);
    expect(
      asksDangerQuestion({ reasons: ['screen.never_silent', 'model.unsure', 'situation.threat', 'distance.now'], score: 0.006 }, heard),
    ).toBe(false);
    // The same now where the model reads danger, or told as a moment: asked.
    expect(asksDangerQuestion({ reasons: debtNow, score: 0.6 }, heard)).toBe(true);
    expect(asksDangerQuestion({ reasons: [...debtNow, 'now.event'], score: 0.04 }, heard)).toBe(true);
    // Before the guidance, or after danger was read (no story heard), as before.
    expect(asksDangerQuestion({ reasons: ['screen.never_silent', 'model.unsure', 'situation.confined'], score: 0.005 }, open)).toBe(true);
    expect(asksDangerQuestion({ reasons: debtNow, score: 0.04 }, { ...heard, storyHeard: false })).toBe(true);
  });

  it('once asked, again only for a reading higher than the first that names a danger not told before, "nee" or not (calm23)', () => {
    const asked = { ...open, situationsBefore: ['threat'], firstAskedAt: 0.3 };
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.3 }, asked)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined'], score: 0.1 }, asked)).toBe(false);
    // Higher, but nothing new: the same kind of reading is not asked about again.
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.5 }, asked)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.threat'], score: 0.5 }, asked)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.confined'], score: 0.5 }, asked)).toBe(true);
    const answeredNo = { safeTold: true, situationsBefore: [], firstAskedAt: 0.3 };
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.weapon'], score: 0.25 }, answeredNo)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.weapon', 'distance.now'], score: 0.6 }, answeredNo)).toBe(true);
    // After that "nee", a new danger not told as happening now is the story already answered for (calm28).
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.weapon'], score: 0.6 }, answeredNo)).toBe(false);
    // A higher reading told as past is still put out of the present.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.past', 'situation.confined'], score: 0.6 }, asked)).toBe(false);
  });

  it('once asked and never answered "no", again for a higher reading that tells of now, whatever it names (round 26)', () => {
    const asked = { ...open, situationsBefore: ['minor'], firstAskedAt: 0.37 };
    // "Nu komen er steeds andere mannen binnen die naar zijn kamernummer vragen": no situation word.
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.now'], score: 0.44 }, asked)).toBe(true);
    // Not lower than the reading it was first asked about, not after "no" or "safe now".
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.now'], score: 0.3 }, asked)).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.now'], score: 0.44 }, { ...asked, safeTold: true })).toBe(false);
    // Without now in the message's own words, the rule of calm23 holds.
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.44 }, asked)).toBe(false);
  });

  it('not again for a message that opens with a "no" and tells of now only; a new danger situation beside it keeps the rule of calm23 (calm30)', () => {
    const asked = { ...open, situationsBefore: ['minor', 'sounds'], firstAskedAt: 0.04 };
    // "nee nu is ze er niet, school is al dicht"
    const notThere = { reasons: ['model.unsure', 'distance.now'], score: 0.14 };
    expect(asksDangerQuestion(notThere, asked)).toBe(true);
    expect(asksDangerQuestion(notThere, { ...asked, opensWithNo: true })).toBe(false);
    // "nee, maar nu mag ze niet meer naar buiten" in the unsure band: a danger not told before.
    const newDanger = { reasons: ['model.unsure', 'situation.confined', 'distance.now'], score: 0.14 };
    expect(asksDangerQuestion(newDanger, { ...asked, opensWithNo: true })).toBe(true);
    // The first question is asked whatever the message opens with.
    expect(asksDangerQuestion(notThere, { ...open, opensWithNo: true })).toBe(true);
  });

  it('not right after the bot asked it in other words (its danger reply, its line for a language it cannot read) (calm23)', () => {
    const unsure = { reasons: ['model.unsure', 'situation.confined'], score: 0.4 };
    expect(asksDangerQuestion(unsure, open)).toBe(true);
    expect(asksDangerQuestion(unsure, { ...open, justAsked: true })).toBe(false);
  });

  it('not about a message that asks only about the report and names no danger (convo22)', () => {
    const unsure = { reasons: ['model.unsure'], score: 0.2 };
    expect(asksDangerQuestion(unsure, { ...open, questions: ['anonymity'] })).toBe(false);
    expect(asksDangerQuestion(unsure, { ...open, questions: ['after_report', 'privacy'] })).toBe(false);
    // The police asked about, a story told with "is this trafficking?", or a danger named: still asked.
    expect(asksDangerQuestion(unsure, { ...open, questions: ['anonymity', 'police'] })).toBe(true);
    expect(asksDangerQuestion(unsure, { ...open, questions: ['is_it_trafficking'] })).toBe(true);
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'situation.threat'], score: 0.2 }, { ...open, questions: ['anonymity'] })).toBe(
      true,
    );
  });

  it('not about a message that only tells who or where, nor a closing thank-you', () => {
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.2 }, { ...open, onlyWhoOrWhere: true })).toBe(false);
    expect(asksDangerQuestion({ reasons: ['model.unsure'], score: 0.2 }, { ...open, closing: true })).toBe(false);
  });

  it('reads the danger situations beyond the background', () => {
    expect(dangerSituations(['situation.documents', 'situation.weapon', 'distance.now', 'model.unsure'])).toEqual(['weapon']);
  });
});

describe('no danger now, as the bot and the dialog both read it (sentences written for this test)', () => {
  it('takes "no" with "not now" in the citizen words, whatever the screen read', () => {
    expect(saysNoDangerNow('nee, vanavond niet, hij komt pas zaterdag', { level: 'unsure', reasons: ['model.unsure'] })).toBe(true);
  });

  it('takes a calm message the screen reads as safe now, not one it reads as danger', () => {
    expect(saysNoDangerNow('ze is bij mij thuis, het gaat nu goed', { level: 'none', reasons: ['distance.safe_now'] })).toBe(true);
    expect(saysNoDangerNow('ze is weer bij hem', { level: 'unsure', reasons: ['distance.safe_now'] })).toBe(false);
    expect(saysNoDangerNow('hij houdt haar paspoort', { level: 'none', reasons: ['situation.documents_taken'] })).toBe(false);
  });
});

describe('no danger now asked again in the same turn (speed44)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads the text once for a reading asked up to four times', () => {
    const notNow = jest.spyOn(dangerAnswer, 'saysNotNow');
    const inPassing = jest.spyOn(safeInPassing, 'saysSafeNowInPassing');
    const danger = { level: 'unsure', reasons: ['model.unsure'] };
    const text = 'ze is bij mij, niet dat ze nu gevaar loopt hoor';
    const first = saysNoDangerNow(text, danger);
    for (let i = 0; i < 3; i += 1) expect(saysNoDangerNow(text, danger)).toBe(first);
    expect(notNow).toHaveBeenCalledTimes(1);
    expect(inPassing).toHaveBeenCalledTimes(1);
  });

  it('answers as a fresh reading for another text or another level beside the same reasons', () => {
    const reasons = ['model.unsure'];
    expect(saysNoDangerNow('nee, vanavond niet, hij komt pas zaterdag', { level: 'unsure', reasons })).toBe(true);
    expect(saysNoDangerNow('hij houdt haar paspoort', { level: 'unsure', reasons })).toBe(false);
    const safe = ['distance.safe_now'];
    expect(saysNoDangerNow('ze is bij mij thuis, het gaat nu goed', { level: 'none', reasons: safe })).toBe(true);
    expect(saysNoDangerNow('ze is bij mij thuis, het gaat nu goed', { level: 'unsure', reasons: safe })).toBe(
      saysNoDangerNow('ze is bij mij thuis, het gaat nu goed', { level: 'unsure', reasons: [...safe] }),
    );
    const passing = 'ze is bij mij, niet dat ze nu gevaar loopt hoor';
    const calm = saysNoDangerNow(passing, { level: 'unsure', reasons });
    expect(saysNoDangerNow(passing, { level: 'acute', reasons })).toBe(saysNoDangerNow(passing, { level: 'acute', reasons: [...reasons] }));
    expect(saysNoDangerNow(passing, { level: 'unsure', reasons })).toBe(calm);
  });
});

describe('a message that only tells who or where (convo22)', () => {
  const facts = { age: 17, minor: true, place: 'Zwolle', municipality: 'Zwolle', region: 'IJsselland' };
  it('an age, a relation or a place, short, with no story and no danger situation', () => {
    expect(onlyWhoOrWhere({ told: facts, form: 'unknown', reasons: ['model.unsure'], words: 8 })).toBe(true);
    // Whether the under 18 is a guess (fit30) is part of the minor fact, no story fact.
    for (const minorGuessed of [true, false])
      expect(onlyWhoOrWhere({ told: { ...facts, minorGuessed }, form: 'unknown', reasons: ['model.unsure'], words: 8 })).toBe(true);
    expect(
      onlyWhoOrWhere({ told: { relation: 'friend', aboutWhom: 'other' }, form: 'unknown', reasons: ['model.unsure'], words: 10 }),
    ).toBe(true);
  });

  it('not with a story fact, a form read, a danger situation, nothing of who or where, or many words', () => {
    expect(onlyWhoOrWhere({ told: { ...facts, documentsHeld: true }, form: 'unknown', reasons: [], words: 8 })).toBe(false);
    expect(onlyWhoOrWhere({ told: facts, form: 'sexual_exploitation', reasons: [], words: 8 })).toBe(false);
    expect(onlyWhoOrWhere({ told: facts, form: 'unknown', reasons: ['situation.confined'], words: 8 })).toBe(false);
    expect(onlyWhoOrWhere({ told: { aboutWhom: 'self' }, form: 'unknown', reasons: [], words: 8 })).toBe(false);
    expect(onlyWhoOrWhere({ told: facts, form: 'unknown', reasons: [], words: 30 })).toBe(false);
    // The background of many stories is no danger situation.
    expect(onlyWhoOrWhere({ told: facts, form: 'unknown', reasons: ['situation.minor', 'situation.abroad'], words: 8 })).toBe(true);
  });
});

/**
 * Round 38 (ownq38), at the lowest level: the citizen's own question read where the tuning sets
 * showed it missed: a worry said after the writer's own question, a consequence feared beside what
 * happens after a report, keeping one's living, the writer's step kept from their boss, being seen
 * as the one who told, what is told staying with us, knowing whether the case is it, and an
 * inspectorate named by its full name coming.
 */
import { askedCueTopics, shelterAsked, statedWorries } from '../../../src/triage/questionCues';
import { consequenceFeared, consequenceIsSomeoneElses, consequencesAsked } from '../../../src/triage/ownQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { keptFromTheirBoss, toldToOthersAsked } from '../../../src/triage/toldToOthers';

describe("a worry said right after the writer's own question (questionsToAnswer, the turn before)", () => {
  const text = 'ik wil wel mijn baan houden he. de baas weet precies wie wat zegt hier';

  it('is answered as the question it goes on from: what telling costs, and staying unknown', () => {
    expect(questionsToAnswer({ questions: [] }, text, 'other', { asked: true })).toEqual(
      expect.arrayContaining(['consequences', 'anonymity']),
    );
  });

  it('is a statement of the story when nothing was asked before', () => {
    expect(questionsToAnswer({ questions: [] }, text, 'other', {})).toEqual([]);
  });

  it('needs a worry: a story line after a question stays a story line', () => {
    expect(questionsToAnswer({ questions: [] }, 'ze werken van 5 tot 9, ook in het weekend', 'other', { asked: true })).toEqual([]);
  });
});

describe("keeping one's living, said as a wish or a need", () => {
  it.each(['ik wil wel mijn baan houden he', 'we need this work, really', 'we hebben dit werk echt nodig', 'I want to keep my job'])(
    '"%s" names the job',
    (text) => {
      expect(consequencesAsked(text)).toContain('job');
      expect(statedWorries(text, true)).toContain('consequences');
    },
  );

  it('work told as the story is not kept or needed', () => {
    expect(statedWorries('hij werkt daar elke dag tot laat', true)).not.toContain('consequences');
  });
});

describe('a consequence feared beside what happens after a report (consequenceFeared)', () => {
  it('a fear of the visa beside the question is asked as what the report costs', () => {
    const text = "Can you tell me what happens with her after this? She's scared about her visa, I think it expired";
    expect(consequenceFeared(text)).toBe(true);
    expect(questionsToAnswer({ questions: ['after_report'] }, text, 'other')).toEqual(['after_report', 'consequences']);
  });

  it('a consequence word of the story alone is not feared', () => {
    const text = 'De baas houdt hun papieren in de kluis. Wat gebeurt er na een melding?';
    expect(consequenceFeared(text)).toBe(false);
    expect(questionsToAnswer({ questions: ['after_report'] }, text, 'other')).toEqual(['after_report']);
  });
});

describe("the writer's own step kept from their boss (keptFromTheirBoss)", () => {
  it.each([
    'hello. I work in massage. can I ask something and my boss not know?',
    'kan ik melden zonder dat mijn baas het merkt?',
    'can I report it without the agency finding out?',
  ])('"%s" asks to stay unknown to them', (text) => {
    expect(keptFromTheirBoss(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, 'self')).toContain('anonymity');
    expect(toldToOthersAsked(text)).not.toBe('writer');
  });

  it('whether to tell the employer stays a question of telling others', () => {
    expect(keptFromTheirBoss('moet ik haar werkgever inlichten?')).toBe(false);
    expect(toldToOthersAsked('moet ik haar werkgever inlichten?')).toBe('writer');
  });
});

describe('being seen as the one who told', () => {
  it.each(['ik wil nie dat ze boos op me wordt als ik het doorvertel', 'wil nie dat hij denkt ik ben een snitch'])(
    '"%s" beside a question asks to stay unknown',
    (text) => {
      expect(statedWorries(text, true)).toContain('anonymity');
    },
  );

  it('anger told in the story is not that fear', () => {
    expect(statedWorries('hij werd boos op me toen ik te laat was', true)).not.toContain('anonymity');
  });
});

describe('what is told staying with us, asked as the second alternative', () => {
  it('"of blijft het bij jullie" asks about privacy', () => {
    const text = 'gaat dat dan meteen door naar de politie? Of blijft het bij jullie';
    expect(askedCueTopics(text)).toEqual(expect.arrayContaining(['police', 'privacy']));
  });
});

describe('knowing whether this case is it', () => {
  it.each(['How can I know if they are forced?', 'Hoe kan ik weten of het werkelijk zo is?'])('"%s" asks both', (text) => {
    expect(askedCueTopics(text)).toEqual(expect.arrayContaining(['signals', 'is_it_trafficking']));
  });

  it('how to recognise it stays the signals', () => {
    expect(askedCueTopics('Hoe herken ik of het uitbuiting is?')).toEqual(['signals']);
  });
});

describe('an inspectorate by its full name coming', () => {
  it('"arbeidsinspectie komt dan naar het veld?" asks what happens after a report', () => {
    expect(askedCueTopics('arbeidsinspectie komt dan naar het veld?')).toContain('after_report');
  });
});

describe("a story line after the writer's own question", () => {
  it('with someone else\'s "no police" in it is not read as a worry of the writer', () => {
    const text = "wacht. er zit nu een meisje op de steiger te huilen. ze zegt alleen 'no police no police'";
    expect(questionsToAnswer({ questions: [] }, text, 'other', { asked: true })).toEqual([]);
  });
});

describe("someone else's consequence with the writer's opinion beside it", () => {
  it('"She\'s scared about her visa, I think it expired" is her permit, not the writer\'s', () => {
    const text = "Can you tell me what happens with her after this? She's scared about her visa, I think it expired";
    expect(consequenceIsSomeoneElses(text, 'permit')).toBe(true);
  });

  it('"I think they will deport me" stays the writer\'s own', () => {
    expect(consequenceIsSomeoneElses('Will I be deported? I think they will deport me', 'permit')).toBe(false);
  });
});

describe('shelter asked for the person (shelterAsked)', () => {
  it.each([
    'Kunnen jullie zorgen dat er voor vannacht opvang is voor die mannen?',
    'ok. and comensha, they help also with a bed? if I leave that house I have nothing',
  ])('"%s" asks what happens after telling: shelter', (text) => {
    expect(shelterAsked(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('after_report');
  });

  it('daycare in a story is not shelter', () => {
    expect(shelterAsked('mijn zoon zit op de kinderopvang, is dat erg?')).toBe(false);
  });
});

describe('a shelter gone to as the condition of another question', () => {
  it.each([
    'If my girlfriend goes to a shelter, will she lose her visa that is linked to her husband?',
    'Wat gebeurt er met haar kindje als zij mee moet naar de opvang of het land uit?',
  ])('"%s" does not ask for shelter', (text) => {
    expect(shelterAsked(text)).toBe(false);
  });
});

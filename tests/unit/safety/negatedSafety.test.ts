/**
 * A negation in the danger lexicons read at the root (round 26, lexneg26): safety negated is no
 * safety and, told of a person in the present, a danger; a "not now" denial does not reach over a
 * state ("not safe now") or over "maar"/"but"; a "not" before a distance takes it back only where it
 * stands. Read by the screen alone (SafetyScreen.look), without the rules applied after it
 * (unsafeNow.ts). Sentences written for this test, Dutch and English, with typos and without diacritics.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();
const read = (text: string) => reader.readForDanger(text);
const distances = (text: string) => read(text).distances.map((d) => `${d.concept}${d.negated ? '!' : ''}`);
const situations = (text: string) => read(text).situations.map((h) => `${h.concept}${h.negated ? '!' : ''}`);

describe('safety with a negation in its gap or after it is taken back (NegationScope over safe_now)', () => {
  it.each(['ze is nu niet veilig', 'hij is niet meer veilig bij hem', 'we zijn hier nooit veilig', 'ze is niet veilig nu'])(
    '%p reads no safety now',
    (text) => {
      expect(distances(text)).not.toContain('safe_now');
      expect(distances(text)).toContain('safe_now!');
    },
  );

  it.each(['ze is nu veilig', 'ik ben veilig', 'she is safe now'])('%p keeps its safety', (text) => {
    expect(distances(text)).toContain('safe_now');
  });

  it('leaves other distances as the matcher read them: "nu niet weg" keeps its now', () => {
    expect(distances('ik kan nu niet weg')).toContain('now');
    expect(distances('ik kan nu niet weg')).not.toContain('now!');
  });
});

describe('a "not now" denial is the "not" and the time together, not a state or a turn between them', () => {
  it.each(['niet nu', 'nee niet nu', 'not now', 'no not right now', 'niet echt nu', 'no, not really now', 'niet vandaag'])(
    '%p is a denial',
    (text) => {
      expect(distances(text)).toContain('denied');
    },
  );

  it.each(['she is not safe now', 'ze is niet veilig nu', 'nee nu niet maar vanavond komen ze haar halen', 'not ok tonight'])(
    '%p is no denial',
    (text) => {
      expect(distances(text)).not.toContain('denied');
    },
  );
});

describe('a person told not safe in the present is an alarm (explicit_alarm)', () => {
  it.each([
    'ze is nu niet veilig',
    'Nee ze is nu niet veilig',
    'ze is nu nie veilg',
    'hij is niet meer veilig',
    'hij is onveilig nu',
    'we zijn hier niet veilig',
    'she is not safe now',
    "she's not safe anymore",
    'i am not safe',
    'im not safe here',
    'they are unsafe',
  ])('%p', (text) => {
    expect(situations(text)).toContain('explicit_alarm');
    expect(screen.look(text).danger.level).toBe('acute');
  });

  it.each([
    'ze is nu veilig',
    'she is safe now',
    'ze was niet veilig daar, vorig jaar',
    'het is niet veilig om te bellen',
    'is het niet veilig om naar de politie te gaan?',
    'als ze niet veilig is moet ze bellen',
  ])('%p is no alarm', (text) => {
    expect(situations(text)).not.toContain('explicit_alarm');
  });

  it('reads a condition as a condition: "if she is not safe" is hypothetical, not told of now', () => {
    expect(distances('if she is not safe she should call')).toContain('hypothetical');
    expect(screen.look('if she is not safe she should call').danger.reasons).not.toContain('floor.explicit_alarm');
  });

  it.each(['ik voel me niet veilig', 'feeling unsafe', "I don't feel safe"])('%p is unsafety felt: a fear, asked about', (text) => {
    expect(situations(text)).toContain('fear');
    expect(situations(text)).not.toContain('explicit_alarm');
    expect(screen.look(text).danger.level).not.toBe('none');
  });
});

describe('the screen alone reads the "not now, but ..." family as danger', () => {
  it.each(['nee nu niet maar vanavond komen ze haar halen', 'nee nu niet maar ze hebben haar opgesloten'])('%p is acute', (text) => {
    expect(screen.look(text).danger.level).toBe('acute');
  });

  it.each([
    ['nee nu niet maar vanavond komen ze haar halen', 'vanavond komen ze haar halen'],
    ['nee niet nu maar ze hebben haar telefoon afgepakt', 'ze hebben haar telefoon afgepakt'],
  ])('%p reads as much danger as %p alone', (text, clause) => {
    expect(screen.look(text).danger.level).toBe(screen.look(clause).danger.level);
  });

  it.each(['nee nu niet, maar hij komt morgen terug', 'nee niet nu, ze zit gewoon thuis', 'nee nu niet hoor, maar bedankt'])(
    '%p stays no danger now',
    (text) => {
      expect(screen.look(text).danger.level).toBe('none');
    },
  );
});

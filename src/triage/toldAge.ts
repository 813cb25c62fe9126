/**
 * Ages told in the shapes a citizen uses when they answer "how old?" in passing, which the fact
 * reader does not take: "ik vroeg hoe oud hij was en hij zei 16", "hoe oud ze is: 16", "i am from
 * eritrea, 19 years", "ik ben een man van 58", and a guess that the person looks a child ("zij zag
 * eruit als 14 15"). Asking for an age that was just told is what a counsellor never does, and a
 * passport question about a girl who looks 14 does not fit. Only fills what the facts left open.
 * Pure.
 */
import { normaliseText } from '../safety/normalise';
import type { ToldFacts } from '../understanding/understanding';

/** "hoe oud hij was en hij zei 16", "how old she is: 16", "asked her age, she said 15". */
const ANSWERED_HOW_OLD =
  /\b(?:hoe oud|how old|(?:her|his|their|haar|zijn) (?:age|leeftijd))\b(?:\s+[a-z]+){0,6}?(?:\s+(?:zei|zegt|said|says|antwoord\w*|answered))?\s*[:,-]?\s+(\d{1,2})\b/;
/** "19 years", "22 jaar oud", not a time ("since 1 year", "al 2 jaar", "3 years ago", "5 years in"). */
const YEARS_OLD =
  /(?<!\b(?:since|for|sinds|al|ago|na|after|about|over|bijna|ruim|nearly|almost|last|past|afgelopen|laatste|binnen|within|in)\s)\b(\d{1,2}) (?:years?|yrs|jaar)(?: (?:old|oud))?\b(?! (?:geleden|ago|lang|long|in|here|hier|there|daar|werk|work|ervaring|experience|gewerkt|worked|getrouwd|married))/;
/** "ik ben een man van 58", "i am a woman of 45": the writer's own age. */
const WRITER_OF_AGE = /\b(?:ik ben|i am|im)\s+(?:een|a|an)\s+(?:[a-z]+\s+){0,2}?(?:van|of)\s+(\d{1,2})\b/;
/** "zag eruit als 14 15", "looks like 13": a guess that the person is a child. */
const LOOKS_A_CHILD = /\b(?:eruit als|uitziet als|looks? like|looked like|lijkt wel)\s+(\d{1,2})\b/;

const valid = (n: number): number | null => (n >= 5 && n <= 99 ? n : null);

/** The told facts with an age the fact reader missed, if the message gives one in these shapes. */
export function withAgeTheFactsMissed(told: Partial<ToldFacts>, text: string): Partial<ToldFacts> {
  if (told.age !== undefined && told.age !== null) return told;
  const plain = normaliseText(text).replace(/'/g, '');
  for (const shape of [ANSWERED_HOW_OLD, WRITER_OF_AGE, YEARS_OLD]) {
    const m = shape.exec(plain);
    const age = m ? valid(Number(m[1])) : null;
    if (age !== null) return { ...told, age, minor: age < 18 };
  }
  const looks = LOOKS_A_CHILD.exec(plain);
  if (looks && Number(looks[1]) >= 5 && Number(looks[1]) <= 16) return { ...told, minor: true };
  return told;
}

/**
 * Round 37 (ADR 0006): a thought of suicide worded in a story with no distance is suicidal whatever
 * the suicide model's score (112 with 113); a told-away mark needs a distance the reader finds in the
 * thought's own sentence (the past, a film, a question in general, someone safe now) or the whole
 * message told in the past. Ways of speaking (laughter, leaving a group chat, a means word alone) are
 * no thought of now. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { predictSoftmax } from '../../../src/nlu/model/logistic';
import { testReader } from '../../support/reader';
import { SUICIDE_TOLD_AWAY, thoughtOfNowWorded } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();
const ofNow = (text: string) => thoughtOfNowWorded(reader.readForDanger(text));

/** The suicide model's own score, as the screen computes it before any rule. */
function suicideScore(text: string): number {
  const read = screen.reader.readForDanger(text);
  const view = screen.reader.suicideView(read);
  const features = screen.reader.suicideFeatures(view);
  return predictSoftmax(screen.bundle.models.suicidal, screen.bundle.vocabulary.suicide.indices(features))[1]!;
}

const HOSTEL =
  "I work at the front desk of a hostel in Rotterdam. A young woman from Bulgaria came down with a bruise on her cheek and whispered that she would rather die than go back up to that room. Her 'manager' is waiting in the lobby now.";

describe('a worded thought of suicide with no distance', () => {
  it('is suicidal though the suicide model scores it under its threshold', () => {
    // The case the rule is for: the model read the thought beside a story and scored it low.
    expect(suicideScore(HOSTEL)).toBeLessThan(screen.bundle.thresholds.suicidal);
    expect(ofNow(HOSTEL)).toBe(true);
    const danger = screen.assess(HOSTEL);
    expect(danger).toMatchObject({ level: 'acute', suicidal: true });
    expect(danger.reasons).not.toContain(SUICIDE_TOLD_AWAY);
  });

  it.each([
    'Ik ben mentor op een mbo in Deventer. Een student van 19 huilde vandaag in mijn kamer. Ze zei dat ze liever dood is dan nog een nacht voor die man te werken.',
    'Mijn buurjongen van 17 brengt pakketjes rond voor oudere jongens. Hij zegt dat hij het niet meer ziet zitten en dat niemand hem zou missen. Ik sta nu bij hem voor de deur.',
    // Someone else's words passed on are her thought of now, not hearsay that distances it.
    'My colleague from Poland told me on the break that he would rather die than go back to that house. The boss keeps his passport.',
  ])('is a thought of now, also when someone else has it: "%s"', (text) => {
    expect(ofNow(text)).toBe(true);
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });
});

describe('a worded thought with a distance in its own sentence or frame', () => {
  it.each([
    [
      'the past, told with a bare "vroeger" and a now after it',
      'Vroeger dacht ik aan zelfmoord, nu gaat het goed met me. Kan ik helpen bij jullie?',
    ],
    ['a film', 'In de film die we in de les zagen wilde een meisje niet meer leven. Hoe herken je zoiets?'],
    ['years ago, though it was every day', 'Years ago when I was trafficked I wanted to die every day. I am safe now and I volunteer.'],
  ])('is not read as of now: %s', (_kind, text) => {
    expect(ofNow(text)).toBe(false);
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(false);
    expect(danger.reasons).toContain(SUICIDE_TOLD_AWAY);
  });

  it('keeps a past of days near: pills saved last week are at hand tonight', () => {
    expect(ofNow('Vorige week wilde ik niet meer leven, ik heb de pillen in mijn kast gelegd.')).toBe(true);
  });

  it("keeps a now told before the thought as the thought's own", () => {
    expect(ofNow('Nu wil ik weer dood, net als vroeger.')).toBe(true);
  });
});

describe('ways of speaking that are no thought of now', () => {
  it.each([
    ['laughter beside it', 'haha ik wil dood van deze regen. Maar serieus, mijn buurvrouw werkt elke dag 14 uur.'],
    ['leaving a thing', 'Ik wil verdwijnen uit die groepsapp van het uitzendbureau, ze appen elke nacht.'],
    ['self-reproach', 'Als ik iets vertel over mijn kleinzoon, komt hij dan in de gevangenis? Dat zou ik mezelf nooit vergeven.'],
    ['a means word alone', 'Ze moest vannacht springen toen de politie kwam en heeft haar enkel gebroken.'],
    ['a person named nowhere in the sentence', 'Read in a report that many victims are suicidal. Is there Dutch data?'],
  ])('%s', (_kind, text) => {
    expect(ofNow(text)).toBe(false);
  });

  it.each([
    "I'd die for a coffee right now, the night shift at the warehouse was 12 hours again.",
    'ik ben dood moe, weer 14 uur gewerkt in de kas zonder pauze.',
  ])('is not suicidal at all: "%s"', (text) => {
    expect(ofNow(text)).toBe(false);
    expect(screen.assess(text).suicidal).toBe(false);
  });
});

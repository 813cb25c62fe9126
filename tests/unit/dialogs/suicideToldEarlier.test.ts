/**
 * Thoughts of suicide told away (the past, in care): no 112 and no 113 at once, which are for danger
 * and thoughts of now, but 113 named once with care, as a counsellor who hears "last year I wanted to
 * die" would; the story goes on (round 32). Through the real bot, dialogs and danger screen (the
 * recognizer is a double). Sentences written for this test.
 */
import { SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';
import { catalog, joinedBot, labourStoryRecognizer, say } from '../../support/bot';

const PAST_NL =
  'Twee jaar geleden heb ik een zelfmoordpoging gedaan toen ik voor die man in de kas moest werken. Nu woon ik bij mijn zus en gaat het goed. Kan ik nog aangifte doen?';
const PAST_EN =
  'Two years ago I tried to kill myself when I had to work for that man in the greenhouse. Now I live with my sister and I am doing ok. Can I still report him?';
// Round 36: someone else's thought, told indirectly (not waking up) in the middle of a story, last year.
const PAST_OTHER_NL =
  'Mijn buurman werkte op een boot zonder loon. Hij zei vorig jaar dat hij liever niet meer wakker wilde worden. Nu werkt hij in een garage en gaat het beter met hem. Kan hij nog iets doen tegen die baas?';
const screen = testScreen();

describe('thoughts of suicide told away, through the bot', () => {
  it.each([
    ['nl', PAST_NL],
    ['en', PAST_EN],
    ['nl', PAST_OTHER_NL],
  ] as const)('%s: 113 named once with its own line, no 112 at once, and the story goes on', async (locale, text) => {
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(false);
    expect(danger.reasons).toContain(SUICIDE_TOLD_AWAY);

    const { adapter } = await joinedBot(labourStoryRecognizer, locale);
    const first = await say(adapter, text);
    expect(first.texts).toContain(catalog.t(locale, 'triage.suicideEarlier'));
    expect(first.texts).not.toContain(catalog.t(locale, 'danger.suicidal'));
    expect(first.texts).not.toContain(catalog.t(locale, 'danger.acute'));
    // More than the one line: the citizen's question and the story are answered too.
    expect(first.texts.length).toBeGreaterThan(1);

    const again = await say(adapter, text);
    expect(again.texts).not.toContain(catalog.t(locale, 'triage.suicideEarlier'));
  });

  it('a story without thoughts of suicide gets no such line', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    const turn = await say(
      adapter,
      'Twee jaar geleden moest ik voor die man in de kas werken. Nu woon ik bij mijn zus. Kan ik nog aangifte doen?',
    );
    expect(turn.texts).not.toContain(catalog.t('nl', 'triage.suicideEarlier'));
  });
});

/**
 * Under 18 only guessed by the writer ("looks maybe 16", "zag eruit als zestien"): the help for a
 * minor still comes (safety first), said as the guess it is ("may be under 18"), with only the
 * questions that fit a child and an adult alike; a told age settles it (fit30). Through the real bot
 * with a recognizer double; the ages and guesses are read by the real fact rules.
 */
import { catalog, createTestBot, join, labourStoryRecognizer, say } from '../../support/bot';

const QUESTIONS_FOR_A_CHILD = ['safeNow', 'school', 'documentsHeld', 'debts', 'age'].flatMap((q) =>
  ['other', 'self', 'unknown', 'group'].map((who) => `triage.question.${q}.${who}`),
);

describe.each(['nl', 'en'] as const)('a guessed minor (%s)', (locale) => {
  const t = (key: string) => catalog.t(locale, key);
  const GUESS =
    locale === 'nl'
      ? 'Bij de nagelsalon naast mij werkt een meisje, ze ziet eruit als 15, misschien 16. Ze werkt tot laat en slaapt er ook.'
      : 'At the nail salon next to me a girl works, she looks maybe 15 or 16. She works until late and sleeps there too.';
  const AGE_TOLD = locale === 'nl' ? 'Ze zei me gisteren dat ze 15 is.' : 'She told me yesterday she is 15.';

  const start = async () => {
    const bot = createTestBot(labourStoryRecognizer);
    bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
    await join(bot.adapter);
    await say(bot.adapter, t('answers.aboutOther'));
    return bot;
  };

  it('gets the help for a minor said as a guess, and no question that only fits a child or only an adult', async () => {
    const { adapter, lastTriage } = await start();
    const turn = await say(adapter, GUESS);
    const next = await say(
      adapter,
      locale === 'nl' ? 'Er komt elke avond een man het geld halen.' : 'A man comes every evening to take the money.',
    );
    const all = `${turn.all}\n${next.all}`;
    expect(all).toContain(t('guidance.minorGuessed'));
    expect(all).not.toContain(t('guidance.minor'));
    for (const key of QUESTIONS_FOR_A_CHILD) if (catalog.has(locale, key)) expect(all).not.toContain(t(key));
    expect(lastTriage()?.facts).toMatchObject({ minor: true, minorGuessed: true, age: null });
  });

  it('an age told later settles it: under 18 told, no longer a guess', async () => {
    const { adapter, lastTriage } = await start();
    await say(adapter, GUESS);
    const told = await say(adapter, AGE_TOLD);
    expect(lastTriage()?.facts).toMatchObject({ minor: true, minorGuessed: false, age: 15 });
    expect(told.all).toContain(t('guidance.minor'));
  });
});

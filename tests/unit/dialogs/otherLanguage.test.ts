/**
 * A citizen who tells the story in a language the bot cannot chat in and then writes English or
 * Dutch: the first message the bot can answer gets the guidance at once. Asking to write in one's
 * own language asks for a person who speaks it. Through the real bot; the recognizer is a double.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';

const story: Recognizer = {
  name: 'story-double',
  async recognize(text): Promise<Recognition> {
    const words = text.split(/\s+/).length;
    return {
      intent: words >= 4 ? 'describe_concern' : 'out_of_scope',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'en',
    };
  },
};

const guidanceTitle = (locale: 'nl' | 'en') => catalog.t(locale, 'referrals.title');

describe('a story told in another language', () => {
  it('gets the guidance on the first English message after it, not one more question', async () => {
    const { adapter } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    const polish = await say(
      adapter,
      'pracuje w szklarni przez agencje. mieszkamy w 6 osob w jednym domku na kempingu, placimy 95 euro za lozko',
    );
    expect(polish.all).toMatch(/English or Dutch/);
    const english = await say(adapter, 'i work there since march and the boss keeps my money for the house');
    expect(english.texts.some((t) => t.startsWith(guidanceTitle('en')))).toBe(true);
  });

  it('gets where to go in English and Dutch at once: the guidance the bot can give for a worry it cannot read', async () => {
    const { adapter } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    await say(adapter, 'good morning, I am writing from the phone of a friend');
    const turn = await say(adapter, 'lucrez intr-o sera langa Westland, seful mi-a luat pasaportul si spune ca ii datorez bani');
    const routes = turn.texts.find((t) => t.startsWith(guidanceTitle('en')));
    expect(routes).toBeDefined();
    expect(routes).toContain(guidanceTitle('nl'));
    for (const locale of ['en', 'nl'] as const)
      for (const route of ['emergency', 'suicide', 'labour_inspectorate', 'veilig_thuis', 'comensha'])
        expect(routes).toContain(catalog.t(locale, `referrals.${route}`));
    // Once: the next message in that language gets the interpreter line, not the list again.
    const again = await say(adapter, 'nu am voie sa plec din casa, ei au cheile si telefonul meu');
    expect(again.texts.some((t) => t.startsWith(guidanceTitle('en')))).toBe(false);
  });

  it('a greeting in another language is not a story: the English story after it goes as it would alone', async () => {
    const message = 'my neighbour works on a farm and the boss keeps his money';
    const greeted = createTestBot(story);
    greeted.adapter.locale = 'en-US';
    await join(greeted.adapter);
    await say(greeted.adapter, 'dzien dobry');
    const alone = createTestBot(story);
    alone.adapter.locale = 'en-US';
    await join(alone.adapter);
    expect((await say(greeted.adapter, message)).texts).toEqual((await say(alone.adapter, message)).texts);
  });
});

describe('asking to write in one’s own language', () => {
  it('in English, is answered as a request for a person (the phone line) before anything else', async () => {
    const { adapter, deskCalls } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    const turn = await say(adapter, 'hello. sorry i dont speak dutch. can i write polish?');
    expect(deskCalls).toContain('request');
    expect(turn.texts[0]).toBe('[desk: queued]');
  });

  it('in the language itself, gets the answer about a counsellor in English and Dutch', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    const turn = await say(adapter, 'merhaba, turkce yazabilir miyim? hollandacam fena degil ama bunu turkce anlatmak daha kolay');
    expect(turn.texts[0]).toContain(catalog.t('en', 'ownQuestions.counsellor').slice(0, 30));
    expect(turn.texts[0]).toContain(catalog.t('nl', 'ownQuestions.counsellor').slice(0, 30));
  });
});

describe('a message the bot cannot read', () => {
  it('gets 113 beside 112 in every reply, since thoughts of suicide in it cannot be read either', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    // Round 23: the opening asks for help ("help"): a calm opening's score alone in a poorly read
    // language is asked about under `sure`, not answered with 112 at once.
    await say(adapter, 'laba diena, dirbu sandelyje prie Venlo jau du menesius, help');
    const later = await say(adapter, 'nebezinau ka daryti, labai pavargau nuo visko');
    expect(later.all).toMatch(/\b112\b/);
    expect(later.all).toMatch(/\b113\b/);
    expect(later.all).toMatch(/0800-0113/);
  });
});

describe('a question in another language later in the conversation', () => {
  it('asking what happens next is answered first, in English and Dutch', async () => {
    const { adapter } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    await say(adapter, 'my cousin works as au pair in Wassenaar and the family keeps her passport');
    const turn = await say(adapter, 'y qué pasa después, me van a avisar si la encuentran?');
    expect(turn.texts[0]).toMatch(/^What happens after a report\?/);
    expect(turn.texts[0]).toMatch(/Wat gebeurt er na een melding\?/);
  });

  it('a question about the police and a consequence, in a script without spaces or with joined words, is answered first in English and Dutch', async () => {
    for (const question of [
      'ถ้าฉันไปแจ้งตำรวจ ฉันจะถูกส่งกลับบ้านไหม',
      'إذا ذهبت إلى الشرطة، هل سأفقد إقامتي؟',
      'Jeśli pójdę na policję, czy stracę azyl?',
    ]) {
      const { adapter } = createTestBot(story);
      adapter.locale = 'en-US';
      await join(adapter);
      await say(adapter, 'my friend works in a massage place and the owner keeps her passport');
      const turn = await say(adapter, question);
      const answers = turn.texts.slice(0, 2);
      expect(answers.some((t) => t.startsWith(catalog.t('en', 'ownQuestions.police').slice(0, 30)))).toBe(true);
      // Each answer in English, then in Dutch in the same message.
      expect(answers.every((t) => /\n\n/.test(t))).toBe(true);
      // The answer about the residence permit where the word for it is read, else the general one.
      const consequence = catalog.t('en', `ownQuestions.consequences.${question.startsWith('ถ') ? 'general' : 'permit'}`);
      expect(answers.some((t) => t.startsWith(consequence.slice(0, 30)))).toBe(true);
      expect(answers.some((t) => t.includes(catalog.t('nl', 'ownQuestions.police').slice(0, 30)))).toBe(true);
    }
  });

  it('being found out, asked in Bulgarian word order or in Somali, is answered first about anonymity, in English and Dutch', async () => {
    for (const question of ['Ще каже ли някой на шефа ми, че аз съм се обадил?', 'Haddii aan wax sheego, ma ogaan doonaan?']) {
      const { adapter } = createTestBot(story);
      adapter.locale = 'en-US';
      await join(adapter);
      await say(adapter, 'my friend works in a massage place and the owner keeps her passport');
      const turn = await say(adapter, question);
      expect(turn.texts[0]).toMatch(new RegExp(`^${catalog.t('en', 'ownQuestions.anonymity').slice(0, 25)}`));
      expect(turn.texts[0]).toContain(catalog.t('nl', 'ownQuestions.anonymity').slice(0, 25));
    }
  });

  it('a question asked again in another language gets the shorter answer, in English and Dutch, not the first one word for word', async () => {
    const { adapter } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    const first = await say(adapter, 'Dzień dobry, czy mogę pisać po polsku? Jest tu tłumacz?');
    expect(first.texts[0]).toMatch(new RegExp(`^${catalog.t('en', 'ownQuestions.counsellor').slice(0, 25)}`));
    const again = await say(adapter, 'Czy mogę zadzwonić z tłumaczem? Czy ktoś mówi po polsku?');
    expect(again.texts[0]).toMatch(new RegExp(`^${catalog.t('en', 'ownQuestionsAgain.counsellor').slice(0, 25)}`));
    expect(again.texts[0]).toContain(catalog.t('nl', 'ownQuestionsAgain.counsellor').slice(0, 25));
    expect(again.all).not.toContain(catalog.t('en', 'ownQuestions.counsellor').slice(0, 40));
  });
});

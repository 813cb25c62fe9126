/**
 * The conversation through the real bot and dialogs on botbuilder's TestAdapter. The recognizer
 * is a small keyword double so these tests pin the dialog logic, not the language model; the real
 * recognizer is exercised end to end in tests/integration.
 */
import { detectLanguageDetail } from '../../../src/nlu/language';
import type { Recognizer } from '../../../src/nlu/recognizer';
import { STOPPED_EVENT } from '../../../src/web/browser/chat/messages';
import { createTestBot, join, say } from '../../support/bot';
import { testScreen } from '../../support/screen';
import { keywordRecognizer as keywordRecognizerFor } from '../../support/keywordRecognizer';
import type { KeywordRule } from '../../support/keywordRecognizer';

const KEYWORDS: KeywordRule[] = [
  [/kas|fabriek|uur per dag|greenhouse/i, { form: 'labour_exploitation', intent: 'describe_concern', signals: ['excessive_hours'] }],
  [/paspoort|passport/i, { intent: 'describe_concern', signals: ['documents_withheld'] }],
  [/loverboy|vriendje dwingt/i, { form: 'sexual_exploitation', intent: 'describe_concern', signals: ['controlling_partner'] }],
  [/drugs/i, { form: 'criminal_exploitation', intent: 'describe_concern', signals: ['drug_running'] }],
  [/dzien dobry|pomocy/i, { language: 'other' }],
];

const keywordRecognizer = keywordRecognizerFor(KEYWORDS);

describe('welcome', () => {
  it('is two bubbles: who the bot is with 112 and a privacy line with a link, then one open question', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    const turn = await join(adapter);
    expect(turn.texts).toHaveLength(2);
    expect(turn.texts[0]).toMatch(/computer, geen mens[\s\S]*112/);
    expect(turn.texts[0]).toMatch(/30 dagen[\s\S]*\]\(https:\/\/veiligthuis\.example\/privacy\)/);
    expect(turn.texts[1]).toMatch(/Waar maak je je zorgen over\?/);
    expect(turn.buttons).toEqual(['Chat met een hulpverlener']);
    // "We wissen dit gesprek" alone would not be true: a copy without names and numbers stays.
    expect(turn.texts[0]).toMatch(/alleen een kopie zonder namen en nummers/);
  });

  it('the privacy answer says how long the copy without names and numbers is kept', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const answer = await say(adapter, 'privacy');
    expect(answer.all).toMatch(/30 dagen[\s\S]*90 dagen[\s\S]*kopie zonder namen, nummers en adressen bewaren we 365 dagen/);
  });
});

describe('triage paths', () => {
  it('labour exploitation about someone else: one question, then guidance and the fitting route by the second turn', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    const afterStory = await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas en zijn baas heeft zijn paspoort');
    expect(afterStory.texts.at(-1)).toMatch(/Kan de persoon zelf weggaan/);
    expect(afterStory.all).not.toMatch(/paspoort, ID-bewijs/); // already told: not asked again
    expect(afterStory.buttons).toEqual(['Ja', 'Nee', 'Weet ik niet']);
    const guidance = await say(adapter, 'Nee');
    expect(guidance.all).toMatch(/arbeidsuitbuiting/);
    expect(guidance.all).toMatch(/combinatie van signalen/);
    expect(guidance.all).toMatch(/Spreek de persoon die je verdenkt/);
    expect(guidance.all).toMatch(/Arbeidsinspectie: 0800-5151[\s\S]*Veilig Thuis/);
    expect(guidance.all).toMatch(/K7M-4QX/);
    expect(guidance.texts.at(-1)).toMatch(/Woont de persoon bij het werk/);
    const last = await say(adapter, 'ja');
    expect(last.buttons).toEqual(expect.arrayContaining(['Chat met een hulpverlener', 'Anoniem melden']));
    expect(lastTriage()).toMatchObject({
      role: 'other',
      form: 'labour_exploitation',
      canLeave: false,
      housingTiedToWork: true,
      documentsHeld: true,
      acute: false,
    });
    expect(lastTriage()?.facts.relation).toBe('neighbour');
  });

  it('a professional gets the Meldcode steps', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Ik vraag het voor mijn werk');
    // "for months": a worry, not a danger now (a bare present tense is in the model's unsure band).
    await say(adapter, 'Een leerling van 15 vervoert al een paar maanden drugs voor oudere jongens');
    const guidance = await say(adapter, 'Ja');
    expect(guidance.all).toMatch(/criminele uitbuiting/);
    expect(guidance.all).toMatch(/Meldcode/);
    expect(guidance.all).toMatch(/5\. Beslis/);
    expect(guidance.all).not.toMatch(/Weet iemand op school ervan/);
    // What belongs together comes in one message: the signals with "one signal says little", what
    // to do with what not to do.
    expect(guidance.texts.filter((t) => /^Let op deze signalen:[\s\S]*\n\nEén signaal zegt nog niet veel/.test(t))).toHaveLength(1);
    expect(guidance.texts.filter((t) => /^Wat kun je doen\?[\s\S]*\n\nWat kun je beter niet doen\?/.test(t))).toHaveLength(1);
    expect(guidance.texts.some((t) => t.startsWith('Eén signaal') || t.startsWith('Wat kun je beter niet'))).toBe(false);
  });

  it('a victim hears it is not their fault and gets victim support routes', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over mij');
    await say(adapter, 'Mijn vriendje dwingt me om met mannen mee te gaan, hij is een loverboy');
    const guidance = await say(adapter, '19');
    expect(guidance.all).toMatch(/seksuele uitbuiting/);
    expect(guidance.all).toMatch(/niet jouw schuld/);
    expect(guidance.all).toMatch(/CoMensha/);
    // Signals are for recognising it in someone else, not for the one who lives it.
    expect(guidance.all).not.toMatch(/Let op deze signalen/);
    expect(lastTriage()).toMatchObject({ role: 'self', form: 'sexual_exploitation', facts: { age: 19, minor: false } });
  });

  it('a victim under 18 hears it of themselves, not of "the person"', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over mij');
    await say(adapter, 'Mijn vriendje dwingt me om met mannen mee te gaan, hij is een loverboy');
    const guidance = await say(adapter, '16');
    expect(guidance.all).toMatch(/Je bent jonger dan 18\./);
    expect(guidance.all).not.toMatch(/De persoon is jonger dan 18/);
  });

  it('a citizen who starts with their story is not asked for it again', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Mijn nichtje heeft een loverboy die haar ophaalt met de auto');
    expect(turn.all).not.toMatch(/eigen woorden/);
    expect(turn.all).toMatch(/\?/);
    expect(lastTriage()?.form).toBe('sexual_exploitation');
  });
});

describe('memory and question policy', () => {
  it('never asks for an age, who or a town already told, and reads "15" as the age it asked for', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    const first = await say(adapter, 'Ik maak me zorgen om mijn dochter, ze heeft een loverboy die haar dure cadeaus geeft');
    expect(first.texts.at(-1)).toMatch(/Hoe oud is de persoon/);
    expect(first.buttons).toEqual(['Jonger dan 18', '18 of ouder', 'Weet ik niet']);
    const second = await say(adapter, '15');
    expect(lastTriage()?.facts).toMatchObject({ age: 15, minor: true, relation: 'child' });
    expect(second.all).toMatch(/jonger dan 18/);
    expect(second.all).not.toMatch(/paspoort, ID-bewijs|schuld bij/);
    expect(second.texts.at(-1)).toMatch(/veilige plek/);
    const third = await say(adapter, 'ja');
    expect(third.all).not.toMatch(/Hoe oud|over jezelf of over iemand anders/);
  });

  it('takes an age told in passing ("ik vroeg hoe oud hij was en hij zei 16") and asks no adult questions about him', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'In de nagelsalon werkt een jongen die er heel jong uitziet, hij werkt 12 uur per dag in de fabriek');
    const told = await say(adapter, 'ik vroeg hoe oud hij was en hij zei 16, heel zachtjes');
    expect(lastTriage()?.facts).toMatchObject({ age: 16, minor: true });
    expect(told.all).toMatch(/jonger dan 18/);
    expect(told.all).not.toMatch(/Hoe oud is|paspoort, ID-bewijs of de bankpas/);
  });

  it('takes the age button as "under 18", not as the age 18', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Mijn buurmeisje heeft een loverboy, ik maak me echt zorgen');
    await say(adapter, 'Jonger dan 18');
    expect(lastTriage()?.facts).toMatchObject({ minor: true, age: null });
  });

  it('answers "do I need proof?" before what happens after a report', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Moet ik bewijs hebben voordat ik iets meld over mijn buurman?');
    expect(turn.texts[0]).toMatch(/^Heb je bewijs nodig\? Nee\.[\s\S]*Wat gebeurt er na een melding\?/);
  });

  it('takes the role from a later message that shows who the writer is', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Een jongen van 15 uit mijn wijk brengt elke nacht drugs rond voor oudere jongens');
    expect(lastTriage()?.role).toBe('other');
    await say(adapter, 'Ik ben zijn docent op school, hij vertelde het me na de les');
    expect(lastTriage()?.role).toBe('professional');
  });

  it('answers the citizen own question first, then goes on with the story', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas. Kan ik dit anoniem melden?');
    expect(turn.texts[0]).toMatch(/anoniem blijven/);
    expect(turn.texts.at(-1)).toMatch(/\?/);
  });
});

describe('danger in every state', () => {
  it('the unsure band gets one direct question; "ja" is danger now and gets 112 first', async () => {
    const unsure = createTestBot(keywordRecognizer);
    await join(unsure.adapter);
    const text = 'ze is bang en ik weet niet of ze daar weg kan, haar baas is er nu';
    // The sentence must stay in the screen's unsure band, or this test would prove nothing.
    expect(testScreen().assess(text).level).toBe('unsure');
    const turn = await say(unsure.adapter, text);
    expect(turn.all).toMatch(/Is iemand op dit moment in gevaar\?/);
    expect(turn.buttons).toEqual(['Ja', 'Nee', 'Weet ik niet']);
    const yes = await say(unsure.adapter, 'ja');
    expect(yes.texts[0]).toMatch(/112/);
    expect(unsure.lastTriage()?.acute).toBe(true);
  });

  it('a story told with danger now: 112 is the one thing of that turn, guidance follows on the next', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const danger = await say(adapter, 'Mijn buurman werkt in de kas en zijn baas slaat hem nu met een stok');
    expect(danger.texts[0]).toMatch(/112/);
    expect(danger.all).not.toMatch(/Kan de persoon zelf weggaan|Hoe oud/);
    const next = await say(adapter, 'ik heb 112 gebeld');
    expect(next.all).toMatch(/arbeidsuitbuiting[\s\S]*Hier kun je terecht/);
  });

  it('keeps 113 in view with 112 on the turn after suicidal thoughts', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Ik werk 14 uur per dag in de kas en ik zie geen uitweg meer, het is beter als ik er niet meer ben');
    const after = await say(adapter, 'weet niet');
    expect(after.texts[0]).toMatch(/112[\s\S]*0800-0113/);
  });

  it('a conversation that had danger in it ends with a warm close, not 112 read out once more', async () => {
    const thanking: Recognizer = {
      name: 'thanks-double',
      recognize: async (text) => ({
        ...(await keywordRecognizer.recognize(text, 'nl')),
        ...(/^bedankt/i.test(text) ? { intent: 'thanks' as const } : {}),
      }),
    };
    const { adapter } = createTestBot(thanking);
    await join(adapter);
    await say(adapter, 'Mijn buurman werkt in de kas en zijn baas slaat hem nu met een stok');
    await say(adapter, 'ik heb 112 gebeld');
    await say(adapter, 'Weet ik niet');
    await say(adapter, 'hij woont ook bij die baas');
    const closing = await say(adapter, 'bedankt, ik ga nu bellen');
    expect(closing.texts).toEqual([
      'Graag gedaan. Goed dat je hierover bent gaan praten. Zorg goed voor jezelf. Je kunt altijd terugkomen.',
    ]);
  });

  it('suicidal thoughts in the middle of a story: 113 at once, then the story goes on', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Ik werk 14 uur per dag in de kas en ik zie geen uitweg meer, het is beter als ik er niet meer ben');
    expect(turn.texts[0]).toMatch(/112/);
    expect(turn.all).toMatch(/0800-0113/);
    expect(turn.texts.at(-1)).toMatch(/\?/);
    expect(lastTriage()).toMatchObject({ suicidal: true, form: 'labour_exploitation' });
  });
});

describe('language', () => {
  it('an English message on the Dutch page is answered in English, and a Dutch one switches back', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const en = await say(adapter, 'My neighbour works in a greenhouse all day and night');
    expect(en.all).toMatch(/Thank you for telling me this/);
    const nl = await say(adapter, 'Nee dat weet ik niet zeker, hij woont daar ook');
    expect(nl.all).toMatch(/arbeidsuitbuiting/);
  });
});

describe('at any moment', () => {
  it('acute danger in the middle of a dialog: 112 first, then the dialog waits where it was', async () => {
    const { adapter, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over iemand anders');
    const question = (await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas')).texts.at(-1)!;
    const danger = await say(adapter, 'hij slaat hem op dit moment en zegt dat hij hem doodmaakt');
    expect(danger.texts[0]).toMatch(/112/);
    expect(danger.all).not.toContain(question);
    expect(lastTriage()?.acute).toBe(true);
    const next = await say(adapter, 'Nee');
    expect(next.all).toMatch(/arbeidsuitbuiting/);
  });

  it('answers a question about the police and returns to the same question', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over iemand anders');
    const question = (await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas')).texts.at(-1)!;
    const police = await say(adapter, 'politie');
    expect(police.all).toMatch(/0900-8844/);
    expect(police.texts.at(-1)).toBe(question);
  });

  it('asks the desk for a counsellor at any moment, also as the first message, and returns to the question', async () => {
    const { adapter, deskCalls, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    const first = await say(adapter, 'Chat met een hulpverlener');
    expect(first.all).toMatch(/\[desk: queued\][\s\S]*Waar maak je je zorgen over/);
    await say(adapter, 'Over iemand anders');
    const question = (await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas')).texts.at(-1)!;
    const again = await say(adapter, 'hulpverlener');
    expect(again.texts.at(-1)).toBe(question);
    expect(deskCalls).toEqual(['request', 'request']);
    expect(lastTriage()?.nextStep).toBe('counsellor');
  });

  it('does not take the words of a button for signals', async () => {
    const noisy: Recognizer = {
      name: 'noisy',
      recognize: async () => ({
        intent: 'describe_concern',
        form: 'sexual_exploitation',
        acuteDanger: false,
        signals: ['recruited_online'],
        scores: { intent: 0.9, form: 0.9 },
      }),
    };
    const { adapter, lastTriage } = createTestBot(noisy);
    await join(adapter);
    const turn = await say(adapter, 'Chat met een hulpverlener');
    expect(turn.all).toMatch(/Waar maak je je zorgen over/);
    expect(lastTriage()?.signals ?? []).toEqual([]);
  });

  it('switches language on request and keeps going in English', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    expect((await say(adapter, 'English please')).all).toMatch(/continue in English/);
    expect((await say(adapter, 'About someone else')).all).toMatch(/Tell me in your own words/);
  });

  it('stops on request with the conversation code, and starts fresh afterwards', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over mij');
    const stop = await say(adapter, 'stop');
    expect(stop.all).toMatch(/we stoppen/);
    expect(stop.all).toMatch(/K7M-4QX/);
    // The page's signal to offer clearing the conversation from the screen; the chat goes on.
    expect(stop.events).toEqual([STOPPED_EVENT]);
    const after = await say(adapter, 'hallo');
    expect(after.all).toMatch(/Vertel in je eigen woorden/);
    expect(after.events).toEqual([]);
  });

  it('starts again on request', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Over mij');
    expect((await say(adapter, 'opnieuw')).all).toMatch(/beginnen opnieuw[\s\S]*Vertel in je eigen woorden/);
  });
});

describe('during a live chat', () => {
  it('relays citizen messages and says nothing itself, except 112 when there is danger', async () => {
    const { adapter, liveChat, relayed, lastTriage } = createTestBot(keywordRecognizer);
    await join(adapter);
    liveChat.on = true;
    expect((await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kas')).texts).toEqual([]);
    const danger = await say(adapter, 'hij slaat hem nu, help');
    expect(danger.texts[0]).toMatch(/112/);
    expect(danger.all).toMatch(/hulpverlener leest mee/);
    // One 112 line: the note about the counsellor does not ask the danger question again.
    expect(danger.all.match(/Bel meteen 112/g)).toHaveLength(1);
    expect(danger.all).not.toMatch(/Wil je hierna met een hulpverlener/);
    expect(relayed).toEqual([
      { text: 'Mijn buurman werkt 14 uur per dag in de kas', acute: false, at: expect.any(Date) },
      { text: 'hij slaat hem nu, help', acute: true, at: expect.any(Date) },
    ]);
    expect(lastTriage()?.acute).toBe(true);
  });
});

describe('bad input', () => {
  it('emoji only: asks for words; other languages: English with 112 and Veilig Thuis', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    expect((await say(adapter, '😢😢')).all).toMatch(/in woorden/);
    const other = await say(adapter, 'Dzien dobry, mam pytanie');
    expect(other.texts).toHaveLength(2);
    expect(other.texts[0]).toMatch(/I can chat in English or Dutch[\s\S]*112[\s\S]*interpreter/);
    expect(other.texts[0]).toMatch(/Ik kan chatten in het Nederlands[\s\S]*112[\s\S]*tolk/);
    // The numbers the first time only: names a citizen can look up, whatever language they read.
    expect(other.texts[1]).toMatch(/Arbeidsinspectie: 0800-5151[\s\S]*CoMensha/);
    // No cry for help in it: "pomocy" alone brings 112 first (the next test).
    expect((await say(adapter, 'Nie wiem co robic')).texts).toHaveLength(1);
  });

  it('a cry for help in another language gets 112 first, in English and Dutch, before the interpreter line', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Dzien dobry, pomocy');
    expect(turn.texts[0]).toMatch(/Call 112[\s\S]*Bel meteen 112/);
    expect(turn.all).toMatch(/interpreter[\s\S]*tolk/);
  });

  it('answers a question in another language first, in English and Dutch, then the interpreter line', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Oturum iznim yok. Şikayet edersem sınır dışı edilir miyim?');
    expect(turn.texts[0]).toMatch(
      /^Are you a victim without a residence permit\?[\s\S]*Ben je slachtoffer en heb je geen verblijfsvergunning\?/,
    );
    expect(turn.texts[1]).toMatch(/I can chat in English or Dutch/);
  });

  it("continues in the citizen's language and offers an interpreter when part of a message is in another", async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Dzień dobry. Sorry my english not so good. My boss keeps my passport, mogę pisać po polsku?');
    expect(turn.texts.at(-1)).toMatch(/^Is it easier in your own language\?[\s\S]*interpreter[\s\S]*tolk/);
    expect(turn.texts.slice(0, -1).join('\n')).not.toMatch(/I can chat in English or Dutch/);
  });

  it('does not offer the interpreter to a thank-you with a word of thanks in another language', async () => {
    const { adapter } = createTestBot(keywordRecognizerFor([[/thank you/i, { intent: 'thanks' }], ...KEYWORDS]));
    await join(adapter);
    await say(adapter, 'I work in a greenhouse and the boss keeps my passport');
    const bye = 'Thank you very much for the help, dziękuję bardzo';
    // A word of thanks in one's own language beside English is no mixed language (nlu/language.ts, round 34).
    expect(detectLanguageDetail(bye, 'en').mixedWith).toBeUndefined();
    expect((await say(adapter, bye)).all).not.toMatch(/interpreter/);
    // A story with a sentence in another language still gets it.
    expect((await say(adapter, 'He also takes money for the bus, proszę pomóż mi')).all).toMatch(/interpreter/);
  });

  it('reads a short reply with no language of its own after a message in another language as that language', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    await say(adapter, 'Pracuję na farmie, szef zabrał nam dowody osobiste');
    const short = await say(adapter, 'nie wiem');
    // The interpreter line in English and Dutch (the short one: the full one was given before).
    expect(short.all).toMatch(/ask for an interpreter[\s\S]*vraag om een tolk/);
    expect(short.all).not.toMatch(/Vertel in je eigen woorden/);
  });

  it('answers "what can I do?" in another language with where to turn, in English and Dutch', async () => {
    const { adapter } = createTestBot(keywordRecognizer);
    await join(adapter);
    const turn = await say(adapter, 'Vă rog, ce pot face din România? Eu nu sunt acolo');
    // The police answer in both languages; which one follows the screen's verdict on this unread
    // message (danger now: 112 to call oneself; otherwise the police line for later).
    const answer = turn.texts.findIndex((t) =>
      /^(?:You do not have to go to the police yourself|Is there danger now\? Then call 112)[\s\S]*(?:Je hoeft niet zelf naar de politie|Is er nu gevaar\? Bel dan zelf meteen 112)/.test(
        t,
      ),
    );
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(answer).toBeLessThan(turn.texts.findIndex((t) => /^I can chat in English or Dutch/.test(t)));
  });

  it('keeps talking when the recognizer fails, and still screens for danger', async () => {
    const broken: Recognizer = { name: 'broken', recognize: async () => Promise.reject(new Error('down')) };
    const { adapter } = createTestBot(broken);
    await join(adapter);
    expect((await say(adapter, 'Mijn vraag gaat over iemand anders')).all).toMatch(/Kun je iets meer vertellen\?/);
    expect((await say(adapter, 'help hij slaat me nu')).texts[0]).toMatch(/112/);
  });
});

describe('questions about signals', () => {
  it('lists the signals to look for at any moment and returns to the question', async () => {
    const asksSignals: Recognizer = {
      name: 'signals-double',
      recognize: async (text) => ({
        ...(await keywordRecognizer.recognize(text, 'nl')),
        ...(/signalen|waar moet ik op letten/i.test(text) ? { intent: 'ask_signals' as const } : {}),
      }),
    };
    const { adapter } = createTestBot(asksSignals);
    await join(adapter);
    const turn = await say(adapter, 'Waar moet ik op letten bij uitbuiting?');
    expect(turn.all).toMatch(/Let op deze signalen/);
    expect(turn.all).toMatch(/combinatie van signalen/);
    expect(turn.texts.at(-1)).toMatch(/Wil je vertellen wat er aan de hand is/);
  });
});

/**
 * Four things a probe of the real bot showed a counsellor would do otherwise: a group asked about in
 * the plural, a question asked again answered with something new, someone who asked for help and
 * cannot be reached answered with 112 and the police, and no checklist after thoughts of suicide.
 * The recognizer is a small keyword double; the danger screen and question reader are real.
 */
import { createTestBot, join, say } from '../../support/bot';
import { keywordRecognizer } from '../../support/keywordRecognizer';
import type { KeywordRule } from '../../support/keywordRecognizer';

const KEYWORDS: KeywordRule[] = [
  [/kas|fabriek|arbeiders|busje|factory|farm/i, { form: 'labour_exploitation', intent: 'describe_concern', signals: ['excessive_hours'] }],
  [/hotels|loverboy/i, { form: 'sexual_exploitation', intent: 'describe_concern', signals: ['controlling_partner'] }],
  [/friend|vriendin|nicht/i, { intent: 'describe_concern' }],
];

const keywords = keywordRecognizer(KEYWORDS, (text) => (/\b(?:the|my|and|she|her|I)\b/.test(text) ? 'en' : 'nl'));

describe('a group of people', () => {
  it('is asked about in the plural, and one person named later in the singular again', async () => {
    const { adapter } = createTestBot(keywords);
    await join(adapter);
    const turn = await say(adapter, 'Bij ons in de straat wonen zeker 12 Poolse arbeiders in één huis, elke ochtend komt er een busje');
    expect(turn.texts.at(-1)).toBe('Kunnen ze zelf weggaan als ze dat willen?');
    expect(turn.all).not.toMatch(/de persoon/);
  });

  it('one person is still "de persoon"', async () => {
    const { adapter } = createTestBot(keywords);
    await join(adapter);
    const turn = await say(adapter, 'Mijn buurman werkt elke dag 14 uur in de kas');
    expect(turn.texts.at(-1)).toBe('Kan de persoon zelf weggaan als hij of zij dat wil?');
  });
});

describe('a question asked again', () => {
  it('gets a shorter answer that adds something, not the first one word for word', async () => {
    const { adapter } = createTestBot(keywords);
    await join(adapter);
    await say(adapter, 'Mijn nichtje heeft een vriend die haar naar hotels brengt en ze heeft ineens veel geld.');
    const first = await say(adapter, 'Wat gebeurt er als ik het meld?');
    expect(first.texts[0]).toMatch(/^Wat gebeurt er na een melding\?/);
    const again = await say(adapter, 'en wat gebeurt er dan na een melding precies?');
    expect(again.texts[0]).toMatch(/^Nog iets over een melding/);
    expect(again.all).not.toContain(first.texts[0]);
  });
});

describe('someone who asked for help and cannot be reached', () => {
  it('gets what to do now (112, also abroad, and the police), not a list of signals', async () => {
    const { adapter } = createTestBot(keywords);
    adapter.locale = 'en-US';
    await join(adapter);
    const told = await say(adapter, 'my friend abroad sent me a message asking for help and now I cannot reach her');
    const next = told.all.includes('This is where you can go') ? told : await say(adapter, 'what should I do?');
    expect(next.all).toMatch(/Someone asked you for help and you cannot reach them now[\s\S]*112[\s\S]*abroad[\s\S]*0900-8844/);
    expect(next.all).not.toMatch(/Look out for these signals/);
    expect(next.all).toMatch(/This is where you can go/);
  });
});

describe('after thoughts of suicide', () => {
  it('113 and the guidance, then no checklist question about facts of the story', async () => {
    const { adapter, lastTriage } = createTestBot(keywords);
    adapter.locale = 'en-US';
    await join(adapter);
    await say(adapter, 'my brother works at a farm, 7 days a week');
    const told = await say(adapter, 'he is 34. he told me he wants to end his life, the boss took his passport and he sleeps in the barn');
    expect(told.all).toMatch(/0800-0113/);
    expect(lastTriage()).toMatchObject({ suicidal: true });
    const next = await say(adapter, 'no');
    for (const turn of [told, next]) {
      expect(turn.all).not.toMatch(/Does someone else have|Does the person live|Can the person leave|Does the person owe/);
    }
    // The closer once, then another: not the same line at every turn.
    expect(told.texts.at(-1)).toBe('What would you like to do now?');
    expect(next.texts.at(-1)).toBe('Is there anything else you would like to ask or tell me?');
  });
});

describe('a writer who first says who they are by their work', () => {
  it('has started: the story that follows gets the guidance at once, not one more question first', async () => {
    const { adapter } = createTestBot(keywords);
    await join(adapter);
    await say(adapter, 'hoi ik ben postbezorger');
    const story = await say(adapter, 'Op een adres wonen twintig mannen en elke ochtend haalt een busje ze op');
    expect(story.all).toMatch(/Hier kun je terecht/);
    expect(story.all).not.toMatch(/Dank je dat je dit vertelt/);
  });

  it('a greeting alone has not: the story still gets one question first where it needs one', async () => {
    const { adapter } = createTestBot(keywords);
    await join(adapter);
    await say(adapter, 'hoi');
    const story = await say(adapter, 'Op een adres wonen twintig mannen en elke ochtend haalt een busje ze op');
    expect(story.all).toMatch(/Dank je dat je dit vertelt/);
    expect(story.texts.at(-1)).toBe('Kunnen ze zelf weggaan als ze dat willen?');
  });
});

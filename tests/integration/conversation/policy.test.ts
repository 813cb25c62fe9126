/**
 * The conversation policy through the official Direct Line client, the real server and the real
 * local understanding: the two-bubble welcome, the language following the citizen, facts that are
 * never asked again, the questions for a minor, own questions answered first (also said in passing
 * or in another language).
 */
import { RecordingClient, fetchToken } from '../../support/directline';
import { useTestServer } from '../../support/server';

jest.setTimeout(90_000);

const testServer = useTestServer();

interface Chat {
  client: RecordingClient;
  bot(): { text: string; locale?: string; buttons: string[] }[];
  /** Sends a message and returns the bot's messages of that turn (the turn ends with a question or guidance). */
  say(text: string): Promise<{ text: string; locale?: string; buttons: string[] }[]>;
}

async function open(locale: 'nl' | 'en'): Promise<Chat> {
  const { token } = await fetchToken(testServer().url, locale);
  const client = RecordingClient.connect({ baseUrl: testServer().url, token, webSocket: true });
  const bot = () =>
    client.messagesFrom('bot').map((m) => ({
      text: m.text ?? '',
      locale: m.locale,
      buttons: (m.suggestedActions?.actions ?? []).map((a) => String(a.title ?? '')),
    }));
  // Every turn of these conversations ends with a message that asks something.
  const ended = (from: number) =>
    bot()
      .slice(from)
      .some((m) => /\?\s*$/.test(m.text) || m.buttons.length > 0);
  await client.waitFor(() => bot().length >= 2);
  return {
    client,
    bot,
    async say(text: string) {
      const before = bot().length;
      await client.post(text);
      await client.waitFor(() => ended(before));
      return bot().slice(before);
    },
  };
}

it('welcomes in two bubbles: who the bot is with 112 and privacy with a link, then one open question', async () => {
  const chat = await open('nl');
  try {
    const welcome = chat.bot();
    expect(welcome).toHaveLength(2);
    expect(welcome[0]!.text).toMatch(/chatbot van Veilig Thuis[\s\S]*112[\s\S]*\[Meer over je privacy\]\(https?:\/\/[^)]+\)/);
    expect(welcome[1]!.text).toMatch(/Waar maak je je zorgen over\?/);
  } finally {
    chat.client.end();
  }
});

it('follows the citizen from Dutch to English and back on the Dutch page', async () => {
  const chat = await open('nl');
  try {
    const english = await chat.say('My neighbour works in the greenhouse every day from 6 in the morning until late at night');
    expect(english.every((m) => m.locale === 'en-US')).toBe(true);
    expect(english.map((m) => m.text).join('\n')).toMatch(/Thank you for telling me this/);
    const dutch = await chat.say('Nee, dat weet ik niet. Hij woont ook bij de baas in een schuur.');
    expect(dutch.every((m) => m.locale === 'nl-NL')).toBe(true);
    expect(dutch.map((m) => m.text).join('\n')).toMatch(/Hier kun je terecht/);
  } finally {
    chat.client.end();
  }
});

it('never asks again for the age, who or the town once told', async () => {
  const chat = await open('nl');
  try {
    const asked = [
      ...(await chat.say('Ik maak me zorgen om mijn dochter van 15 uit Naaldwijk. Ze heeft een veel oudere vriend die haar ophaalt.')),
      ...(await chat.say('Weet ik niet')),
      ...(await chat.say('Ja')),
    ]
      .map((m) => m.text)
      .join('\n');
    expect(asked).not.toMatch(/Hoe oud|over jezelf of over iemand anders|welke gemeente|welke plaats/i);
    const record = await testServer().store.conversations.get(chat.client.activities[0]!.conversation!.id);
    expect(record?.triage).toMatchObject({ facts: { relation: 'child', age: 15, minor: true, municipality: 'Westland' } });
  } finally {
    chat.client.end();
  }
});

it('asks about a minor only what fits (safety now, school), never passports or debts, and names Veilig Thuis, police and school', async () => {
  const chat = await open('nl');
  try {
    const all = [
      ...(await chat.say('Mijn zoon van 14 moet voor oudere jongens drugs rondbrengen en ze wachten hem op bij school')),
      ...(await chat.say('Ja, hij is thuis')),
      ...(await chat.say('Nee')),
    ];
    const text = all.map((m) => m.text).join('\n');
    expect(text).toMatch(/Is het kind nu op een veilige plek\?[\s\S]*Weet iemand op school ervan/);
    expect(text).not.toMatch(/paspoort, ID-bewijs|een schuld bij|Woont de persoon bij het werk/);
    expect(text).toMatch(/0800-2000[\s\S]*0900-8844[\s\S]*mentor/);
    const questions = all.filter((m) => m.buttons.includes('Weet ik niet'));
    expect(questions.length).toBeLessThanOrEqual(2);
  } finally {
    chat.client.end();
  }
});

it('answers a question said in passing, without a question mark, before going on with the story', async () => {
  const chat = await open('nl');
  try {
    const turn = await chat.say(
      'Mijn buurman werkt elke dag 14 uur in de kas en krijgt bijna niks betaald. Ik wil liever niet dat hij weet dat het van mij komt',
    );
    const texts = turn.map((m) => m.text).filter((t) => !/112/.test(t));
    expect(texts[0]).toMatch(/^Ja, je kunt anoniem blijven/);
  } finally {
    chat.client.end();
  }
});

it('answers a question in another language first, in English and Dutch, then the interpreter line and where to go', async () => {
  const chat = await open('nl');
  try {
    const before = chat.bot().length;
    await chat.client.post('Czy muszę spłacić ten dług agencji? Czy mogę porozmawiać z kimś po polsku?');
    await chat.client.waitFor(() =>
      chat
        .bot()
        .slice(before)
        .some((m) => /^This is where you can go:[\s\S]*Hier kun je terecht:/.test(m.text)),
    );
    const texts = chat
      .bot()
      .slice(before)
      .map((m) => m.text);
    const debt = texts.findIndex((t) => /^Do I have to repay the debt\?[\s\S]*Moet ik de schuld terugbetalen\?/.test(t));
    const person = texts.findIndex((t) => /^You can talk to a Veilig Thuis counsellor[\s\S]*Je kunt met een hulpverlener/.test(t));
    const interpreter = texts.findIndex((t) => /^I can chat in English or Dutch/.test(t));
    expect(debt).toBeGreaterThanOrEqual(0);
    expect(person).toBeGreaterThan(debt);
    expect(interpreter).toBeGreaterThan(person);
    expect(texts.join('\n')).toMatch(/Arbeidsinspectie: 0800-5151/);
  } finally {
    chat.client.end();
  }
});

/**
 * The whole conversation through the official Direct Line client, the real server and the real
 * local recognizer: a citizen describing each form in their own words gets the matching guidance
 * and next steps.
 */
import { RecordingClient, fetchToken } from '../../support/directline';
import { useTestServer } from '../../support/server';

jest.setTimeout(60_000);

const testServer = useTestServer();

async function converse(locale: 'nl' | 'en', story: string, unknown: string): Promise<string> {
  const { token } = await fetchToken(testServer().url, locale);
  const client = RecordingClient.connect({ baseUrl: testServer().url, token, webSocket: true });
  const bot = () => client.messagesFrom('bot').map((m) => m.text ?? '');
  const sayAndWait = async (text: string) => {
    const before = bot().length;
    await client.post(text);
    await client.waitFor(() => bot().length > before);
    // A turn may send several messages: wait until the bot has been quiet for a moment.
    for (let seen = -1; seen !== client.activities.length;) {
      seen = client.activities.length;
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  try {
    await client.waitFor(() => bot().some((t) => t.includes('112')));
    await sayAndWait(story);
    // Guidance comes by the second bot turn after the worry: at most one question before it.
    if (!/Hier kun je terecht|This is where you can go/.test(bot().join('\n'))) await sayAndWait(unknown);
    return bot().join('\n');
  } finally {
    client.end();
  }
}

it.each([
  [
    'labour',
    'Mijn buurman werkt elke dag van 6 uur s ochtends tot 10 uur s avonds in een kas. Hij krijgt bijna niks betaald en zijn baas heeft zijn paspoort.',
    /arbeidsuitbuiting[\s\S]*0800-5151/,
  ],
  [
    'sexual',
    'Mijn nichtje van 15 heeft een veel oudere vriend. Ze heeft ineens dure spullen en hij haalt haar op met de auto. Ik denk dat hij haar met andere mannen laat slapen.',
    /seksuele uitbuiting/,
  ],
  [
    'criminal',
    'Mijn zoon moet voor een paar jongens drugs rondbrengen en zijn bankpas afgeven. Ze wachten hem op bij school.',
    /criminele uitbuiting/,
  ],
  ['organ', 'Mijn oom moet van de mensen bij wie hij een schuld heeft een nier afstaan in het buitenland.', /orgaanverwijdering/],
])('Dutch: %s exploitation in own words gets the matching guidance and routes', async (_name, story, expected) => {
  const all = await converse('nl', story, 'Weet ik niet');
  expect(all).toMatch(expected);
  expect(all).toMatch(/combinatie van signalen/);
  expect(all).toMatch(/0800-2000/);
  expect(all).toMatch(/Je gesprekscode is [2-9A-Z]{3}-[2-9A-Z]{3}/);
});

it('English: labour exploitation about oneself, with victim routes', async () => {
  const all = await converse(
    'en',
    'I work 7 days a week in a factory, my boss keeps my passport and I owe the agency money for the trip.',
    "I don't know",
  );
  expect(all).toMatch(/labour exploitation/);
  expect(all).toMatch(/It is not your fault/);
  expect(all).toMatch(/CoMensha/);
});

/**
 * The server reads each citizen message once: the first look's reading (danger, language) is the
 * one the recognizer, the question reader and the facts go on from. The server once built the
 * understander without its local recognizer, so every message was read a second time for intent and
 * form (about twice the model work per turn on the event loop), while the bench and the evaluation,
 * which wire it themselves, measured the single reading.
 */
import { MessageReader } from '../../../src/nlu/model/reader';
import { RecordingClient, fetchToken } from '../../support/directline';
import { useTestServer } from '../../support/server';

jest.setTimeout(60_000);

const testServer = useTestServer();

it('reads a citizen message for danger once per turn', async () => {
  const reads = jest.spyOn(MessageReader.prototype, 'readForDanger');
  const { token } = await fetchToken(testServer().url, 'nl');
  const client = RecordingClient.connect({ baseUrl: testServer().url, token, webSocket: true });
  try {
    const bot = () => client.messagesFrom('bot');
    await client.waitFor(() => bot().some((m) => (m.text ?? '').includes('112')));
    const story = 'Mijn buurman werkt elke dag veertien uur in een kas en zijn baas heeft zijn paspoort.';
    const before = bot().length;
    await client.post(story);
    await client.waitFor(() => bot().length > before);
    expect(reads.mock.calls.filter(([text]) => text === story)).toHaveLength(1);
  } finally {
    client.end();
    reads.mockRestore();
  }
});

import { buildRecognizer } from '../../../src/nlu/factory';
import { testScreen } from '../../support/screen';

const logger = { warn: () => undefined };

describe('buildRecognizer', () => {
  const screen = testScreen();

  it('builds the local recognizer alone when nothing else is configured', async () => {
    const built = await buildRecognizer({ kind: 'local' }, logger, screen);
    expect(built.recognizer).toBe(built.local);
    expect(built.screen).toBe(screen);
  });

  it('builds LUIS (its client loaded only now) with the local recognizer as fallback', async () => {
    const built = await buildRecognizer(
      {
        kind: 'luis',
        luis: {
          endpoint: 'https://westeurope.api.cognitive.microsoft.com',
          appId: '00000000-0000-4000-8000-000000000000',
          key: 'k',
          slot: 'production',
          timeoutMs: 1000,
        },
      },
      logger,
      screen,
    );
    expect(built.recognizer.name).toBe(`luis+${built.local.name}`);
  });
});

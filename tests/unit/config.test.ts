import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('has defaults that need no cloud account and no database server', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      http: { port: 3978, publicUrl: null },
      dataDir: path.resolve('/srv/app', './data'),
      store: { kind: 'sqlite' },
      recognizer: { kind: 'local' },
      directLine: { messageMaxBytes: 16384, tokenSecret: null },
      retention: { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, auditDays: 1825 },
    });
  });

  it('configures the PostgreSQL store for several instances, and needs its URL', () => {
    expect(loadConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://u:p@db:5432/helpline', DATABASE_SCHEMA: 'chat' }).store).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/helpline',
      schema: 'chat',
      poolMax: 10,
      safetyPollMs: 2000,
    });
    expect(() => loadConfig({ STORE: 'postgres' })).toThrow(/DATABASE_URL: required when STORE=postgres/);
    expect(() => loadConfig({ STORE: 'postgres', DATABASE_URL: 'mysql://db/x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://db/x', DATABASE_SCHEMA: 'a; drop' })).toThrow(/DATABASE_SCHEMA/);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', RECOGNIZER: 'gpt', MESSAGE_MAX_BYTES: '10' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/RECOGNIZER/);
      expect(message).toMatch(/MESSAGE_MAX_BYTES/);
    }
  });

  it('treats empty variables as unset and checks dependent variables', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3978);
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword/);
    expect(() => loadConfig({ DIRECTLINE_TOKEN_SECRET: 'short' })).toThrow(/DIRECTLINE_TOKEN_SECRET/);
    expect(loadConfig({ PUBLIC_URL: 'https://chat.example.nl/' }).http.publicUrl).toBe('https://chat.example.nl');
  });
});

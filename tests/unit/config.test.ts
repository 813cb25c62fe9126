import os from 'node:os';
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

  it('refuses a holiday that does not exist, as it refuses other bad values', () => {
    expect(() => loadConfig({ HANDOFF_HOLIDAYS: '2026-12-25,2026-25-12' })).toThrow(ConfigError);
    expect(() => loadConfig({ HANDOFF_HOLIDAYS: '2026-12-25,2026-25-12' })).toThrow(/HANDOFF_HOLIDAYS.*"2026-25-12" is not a date/);
  });

  it('treats empty variables as unset and checks dependent variables', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3978);
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword/);
    expect(() => loadConfig({ DIRECTLINE_TOKEN_SECRET: 'short' })).toThrow(/DIRECTLINE_TOKEN_SECRET/);
    expect(loadConfig({ PUBLIC_URL: 'https://chat.example.nl/' }).http.publicUrl).toBe('https://chat.example.nl');
  });
});

describe('hardening settings', () => {
  it('refuses token lifetimes the official client cannot survive (it refreshes at 15 minutes)', () => {
    expect(() => loadConfig({ DIRECTLINE_TOKEN_TTL_SECONDS: '900' })).toThrow(/DIRECTLINE_TOKEN_TTL_SECONDS/);
    expect(loadConfig({ DIRECTLINE_TOKEN_TTL_SECONDS: '1200' }).directLine.tokenTtlSeconds).toBe(1200);
  });

  it('requires PUBLIC_URL or ALLOWED_HOSTS in production, and never allows the emulator mode there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example.nl/' }).allowedHosts).toEqual(['chat.example.nl']);
    expect(loadConfig({ NODE_ENV: 'production', ALLOWED_HOSTS: 'chat.example.nl, Chat2.example.nl:8443' }).allowedHosts).toEqual([
      'chat.example.nl',
      'chat2.example.nl:8443',
    ]);
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://x.nl', HOST: '127.0.0.1', BOT_EMULATOR_MODE: 'true' })).toThrow(
      /BOT_EMULATOR_MODE/,
    );
  });

  it('parses the serviceUrl allow-list and refuses junk in it', () => {
    expect(loadConfig({}).azure.serviceUrlHosts).toContain('*.botframework.com');
    expect(loadConfig({ BOT_SERVICE_URL_HOSTS: 'a.example, *.b.example' }).azure.serviceUrlHosts).toEqual(['a.example', '*.b.example']);
    expect(() => loadConfig({ BOT_SERVICE_URL_HOSTS: 'https://a.example/' })).toThrow(/BOT_SERVICE_URL_HOSTS/);
  });

  it('makes anonymised copies in one thread fewer than the cores unless ANONYMISER_WORKERS says how many (0: on the event loop)', () => {
    expect(loadConfig({}).anonymiser.workers).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(loadConfig({ ANONYMISER_WORKERS: '0' }).anonymiser.workers).toBe(0);
    expect(loadConfig({ ANONYMISER_WORKERS: '3' }).anonymiser.workers).toBe(3);
    for (const bad of ['-1', '1.5', 'two', '65']) expect(() => loadConfig({ ANONYMISER_WORKERS: bad })).toThrow(/ANONYMISER_WORKERS/);
  });

  it('ends an idle anonymiser thread after ANONYMISER_IDLE_STOP_MINUTES (10 by default, 0: never)', () => {
    expect(loadConfig({}).anonymiser.idleStopMinutes).toBe(10);
    expect(loadConfig({ ANONYMISER_IDLE_STOP_MINUTES: '0' }).anonymiser.idleStopMinutes).toBe(0);
    expect(loadConfig({ ANONYMISER_IDLE_STOP_MINUTES: '30' }).anonymiser.idleStopMinutes).toBe(30);
    for (const bad of ['-1', '0.5', 'soon', '1441'])
      expect(() => loadConfig({ ANONYMISER_IDLE_STOP_MINUTES: bad })).toThrow(/ANONYMISER_IDLE_STOP_MINUTES/);
  });
});

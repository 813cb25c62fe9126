/**
 * Environment variables are parsed once, here, into a typed Config. Bad values stop start-up with
 * a message that names the variable. `.env.example` documents every variable below.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { RecognizerSettings } from './nlu/factory';
import { DEFAULT_OPENING_HOURS, OpeningHours, OpeningHoursError, parseHolidays, parseWeeklyHours } from './handoff/openingHours';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no', '']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The official Direct Line client refreshes at 15 minutes; 20 leaves room for a late refresh. */
export const TOKEN_TTL_MIN_SECONDS = 20 * 60;

/** Where Azure Bot Service channels live; /api/messages replies go nowhere else unless configured. */
const DEFAULT_SERVICE_URL_HOSTS =
  '*.botframework.com,smba.trafficmanager.net,*.botframework.azure.us,*.botframework.azure.cn,*.teams.microsoft.com';
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

function hostPatterns(list: string): string[] {
  return list
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
}

const LOOPBACK_HOSTS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

const envSchema = z.object({
  PORT: int(0, 65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  TRUST_PROXY: bool.default(false),
  DATA_DIR: z.string().min(1).default('./data'),
  STORE: z.enum(['sqlite', 'postgres']).default('sqlite'),
  DATABASE_URL: z.union([z.literal(''), z.url({ protocol: /^postgres(ql)?$/ })]).default(''),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .optional(),
  DATABASE_POOL_MAX: int(1, 200).default(10),
  CLUSTER_SAFETY_POLL_SECONDS: int(1, 60).default(2),
  RECOGNIZER: z.enum(['local', 'luis', 'clu']).default('local'),
  LUIS_ENDPOINT: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  LUIS_APP_ID: z.union([z.literal(''), z.uuid()]).default(''),
  LUIS_KEY: z.string().default(''),
  LUIS_SLOT: z.enum(['production', 'staging']).default('production'),
  CLU_ENDPOINT: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  CLU_KEY: z.string().default(''),
  CLU_PROJECT: z.string().default(''),
  CLU_DEPLOYMENT: z.string().default(''),
  NLU_TIMEOUT_MS: int(100, 30_000).default(1500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['nl', 'en']).default('nl'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  BOT_EMULATOR_MODE: bool.default(false),
  BOT_SERVICE_URL_HOSTS: z
    .string()
    .default(DEFAULT_SERVICE_URL_HOSTS)
    .refine((v) => hostPatterns(v).every((p) => HOST_PATTERN.test(p)), 'must be host names or *.domain patterns, separated by commas'),
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .refine(
      (v) => hostPatterns(v).every((p) => HOST_PATTERN.test(p.replace(/:\d{1,5}$/, ''))),
      'must be host[:port] names separated by commas',
    ),
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: int(10, 1_000_000).default(600),
  POSTS_PER_CONVERSATION_PER_MINUTE: int(1, 10_000).default(30),
  CONVERSATION_MAX_BYTES: int(65_536, 1_073_741_824).default(2_097_152),
  STREAMS_PER_CONVERSATION: int(1, 100).default(4),
  SOCKETS_PER_ADDRESS: int(1, 10_000).default(50),
  STAFF_SOCKETS_PER_SESSION: int(1, 100).default(4),
  SHUTDOWN_GRACE_SECONDS: int(1, 60).default(8),
  WARM_UP_TURNS: bool.default(true),
  READING_THREADS: int(0, 8).default(0),
  READING_DEADLINE_MS: int(20, 5000).default(200),
  DIRECTLINE_TOKEN_SECRET: z
    .string()
    .default('')
    .refine((v) => v === '' || v.length >= 32, 'must be empty (generated) or at least 32 characters'),
  // The official Direct Line client refreshes its token every 15 minutes (the citizen page's own
  // client at half the lifetime): anything shorter (plus margin for a slow refresh) ends every chat.
  DIRECTLINE_TOKEN_TTL_SECONDS: int(TOKEN_TTL_MIN_SECONDS, 86_400).default(3600),
  DIRECTLINE_SECRET: z
    .string()
    .default('')
    .refine((v) => v === '' || v.length >= 32, 'must be empty (off) or at least 32 characters'),
  TOKEN_RATE_LIMIT_PER_MINUTE: int(1, 10_000).default(20),
  MESSAGE_MAX_BYTES: int(1024, 1_048_576).default(16_384),
  MESSAGE_MAX_CHARS: int(100, 100_000).default(2000),
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/ }).default('https://www.nu.nl/'),
  PRIVACY_URL: z.url({ protocol: /^https?$/ }).default('https://veiligthuis.nl/privacy/'),
  HANDOFF_OPENING_HOURS: z.string().min(1).default(DEFAULT_OPENING_HOURS),
  HANDOFF_HOLIDAYS: z.string().default(''),
  HANDOFF_TIMEZONE: z
    .string()
    .default('Europe/Amsterdam')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/Amsterdam'),
  HANDOFF_MAX_WAIT_MINUTES: int(1, 240).default(15),
  HANDOFF_DEFAULT_CHAT_MINUTES: int(1, 240).default(20),
  HANDOFF_PRESENCE_GRACE_SECONDS: int(10, 3600).default(120),
  COUNSELLOR_NAME_MODE: z.enum(['display_name', 'generic']).default('display_name'),
  STAFF_IDLE_TIMEOUT_MINUTES: int(1, 24 * 60).default(30),
  STAFF_SESSION_MAX_HOURS: int(1, 72).default(12),
  RETENTION_RAW_BOT_ONLY_DAYS: int(1, 3650).default(30),
  RETENTION_RAW_WITH_COUNSELLOR_DAYS: int(1, 3650).default(90),
  RETENTION_ANONYMISED_DAYS: int(1, 3650).default(365),
  RETENTION_AUDIT_DAYS: int(1, 36_500).default(1825),
  RETENTION_IDLE_MINUTES: int(5, 7 * 24 * 60).default(60),
  RETENTION_RUN_EVERY_MINUTES: int(0, 24 * 60).default(15),
  // Absent: one fewer than the cores, at least 1, so the event loop keeps a core for the chats;
  // 0 = copies made on the event loop (src/anonymiser/pool.ts).
  ANONYMISER_WORKERS: int(0, 64).optional(),
  // A loaded anonymiser thread holds ~83 MB: ended after this many idle minutes, started again for
  // the next job (0 = kept for the process's life).
  ANONYMISER_IDLE_STOP_MINUTES: int(0, 24 * 60).default(10),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  http: { port: number; host: string; publicUrl: string | null; trustProxy: boolean };
  dataDir: string;
  store: StoreSettings;
  recognizer: RecognizerSettings;
  logLevel: Env['LOG_LEVEL'];
  defaultLocale: 'nl' | 'en';
  azure: {
    appId: string;
    appPassword: string;
    appType: Env['MicrosoftAppType'];
    tenantId: string;
    /** Unsigned requests accepted (Bot Framework Emulator); only ever true on a loopback bind. */
    emulatorMode: boolean;
    /** Hosts (or *.domain patterns) the bot may send replies to. */
    serviceUrlHosts: string[];
  };
  /**
   * Host header values that may be echoed into what we send (stream URLs, the CSP) besides PUBLIC_URL's
   * host; empty means loopback names only. Requests with another Host are still served: the header
   * is just never reused (src/http/hosts.ts).
   */
  allowedHosts: string[];
  limits: {
    perAddressPerMinute: number;
    postsPerConversationPerMinute: number;
    conversationMaxBytes: number;
    streamsPerConversation: number;
    socketsPerAddress: number;
    staffSocketsPerSession: number;
  };
  shutdownGraceSeconds: number;
  /** Made-up conversations through the bot before listening (src/features/citizenWarmUp.ts). */
  warmUpTurns: boolean;
  /**
   * Threads that read citizen messages beside the event loop (src/understanding/readingPool.ts); 0
   * reads them on the loop. `deadlineMs`: how long a turn waits for one before reading it itself.
   */
  reading: { threads: number; deadlineMs: number };
  directLine: {
    tokenSecret: string | null;
    tokenTtlSeconds: number;
    secret: string | null;
    tokenRateLimitPerMinute: number;
    messageMaxBytes: number;
    messageMaxChars: number;
  };
  web: { quickExitUrl: string; privacyUrl: string };
  handoff: {
    openingHours: OpeningHours;
    maxWaitMinutes: number;
    defaultChatMinutes: number;
    presenceGraceSeconds: number;
    counsellorNameMode: 'display_name' | 'generic';
  };
  staff: { idleTimeoutMinutes: number; sessionMaxHours: number };
  retention: {
    rawBotOnlyDays: number;
    rawWithCounsellorDays: number;
    anonymisedDays: number;
    auditDays: number;
    idleMinutes: number;
    runEveryMinutes: number;
  };
  /** Threads that make anonymised copies off the event loop; 0 makes them on it. */
  anonymiser: { workers: number; idleStopMinutes: number };
}

export type StoreSettings =
  { kind: 'sqlite' } | { kind: 'postgres'; url: string; schema: string | null; poolMax: number; safetyPollMs: number };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` (normally process.env); throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  // An empty variable means "use the default", as in most .env tooling.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in envSchema.shape && value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.MicrosoftAppId !== '' && e.MicrosoftAppType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === '') {
    throw new ConfigError(['MicrosoftAppPassword: required when MicrosoftAppId is set']);
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId !== '' && e.MicrosoftAppTenantId === '') {
    throw new ConfigError(['MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant']);
  }
  if (e.BOT_EMULATOR_MODE && !LOOPBACK_HOSTS.test(e.HOST)) {
    throw new ConfigError(['BOT_EMULATOR_MODE: only allowed when HOST is a loopback address (127.0.0.1, ::1 or localhost)']);
  }
  if (e.BOT_EMULATOR_MODE && e.NODE_ENV === 'production') {
    throw new ConfigError(['BOT_EMULATOR_MODE: not allowed when NODE_ENV=production']);
  }
  if (e.NODE_ENV === 'production' && e.PUBLIC_URL === '' && e.ALLOWED_HOSTS === '') {
    throw new ConfigError(['PUBLIC_URL: required when NODE_ENV=production (or list the served hosts in ALLOWED_HOSTS)']);
  }
  return {
    http: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.PUBLIC_URL === '' ? null : e.PUBLIC_URL.replace(/\/+$/, ''),
      trustProxy: e.TRUST_PROXY,
    },
    dataDir: path.resolve(cwd, e.DATA_DIR),
    store: storeFrom(e),
    recognizer: recognizerFrom(e),
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    azure: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      emulatorMode: e.BOT_EMULATOR_MODE,
      serviceUrlHosts: hostPatterns(e.BOT_SERVICE_URL_HOSTS),
    },
    allowedHosts: [...hostPatterns(e.ALLOWED_HOSTS), ...(e.PUBLIC_URL === '' ? [] : [new URL(e.PUBLIC_URL).host.toLowerCase()])],
    limits: {
      perAddressPerMinute: e.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
      postsPerConversationPerMinute: e.POSTS_PER_CONVERSATION_PER_MINUTE,
      conversationMaxBytes: e.CONVERSATION_MAX_BYTES,
      streamsPerConversation: e.STREAMS_PER_CONVERSATION,
      socketsPerAddress: e.SOCKETS_PER_ADDRESS,
      staffSocketsPerSession: e.STAFF_SOCKETS_PER_SESSION,
    },
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    warmUpTurns: e.WARM_UP_TURNS,
    reading: { threads: e.READING_THREADS, deadlineMs: e.READING_DEADLINE_MS },
    directLine: {
      tokenSecret: e.DIRECTLINE_TOKEN_SECRET === '' ? null : e.DIRECTLINE_TOKEN_SECRET,
      tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS,
      secret: e.DIRECTLINE_SECRET === '' ? null : e.DIRECTLINE_SECRET,
      tokenRateLimitPerMinute: e.TOKEN_RATE_LIMIT_PER_MINUTE,
      messageMaxBytes: e.MESSAGE_MAX_BYTES,
      messageMaxChars: e.MESSAGE_MAX_CHARS,
    },
    web: { quickExitUrl: e.QUICK_EXIT_URL, privacyUrl: e.PRIVACY_URL },
    handoff: {
      openingHours: openingHoursFrom(e),
      maxWaitMinutes: e.HANDOFF_MAX_WAIT_MINUTES,
      defaultChatMinutes: e.HANDOFF_DEFAULT_CHAT_MINUTES,
      presenceGraceSeconds: e.HANDOFF_PRESENCE_GRACE_SECONDS,
      counsellorNameMode: e.COUNSELLOR_NAME_MODE,
    },
    staff: { idleTimeoutMinutes: e.STAFF_IDLE_TIMEOUT_MINUTES, sessionMaxHours: e.STAFF_SESSION_MAX_HOURS },
    retention: {
      rawBotOnlyDays: e.RETENTION_RAW_BOT_ONLY_DAYS,
      rawWithCounsellorDays: e.RETENTION_RAW_WITH_COUNSELLOR_DAYS,
      anonymisedDays: e.RETENTION_ANONYMISED_DAYS,
      auditDays: e.RETENTION_AUDIT_DAYS,
      idleMinutes: e.RETENTION_IDLE_MINUTES,
      runEveryMinutes: e.RETENTION_RUN_EVERY_MINUTES,
    },
    anonymiser: {
      workers: e.ANONYMISER_WORKERS ?? Math.max(1, os.availableParallelism() - 1),
      idleStopMinutes: e.ANONYMISER_IDLE_STOP_MINUTES,
    },
  };
}

function storeFrom(e: Env): StoreSettings {
  if (e.STORE === 'sqlite') return { kind: 'sqlite' };
  if (e.DATABASE_URL === '') throw new ConfigError(['DATABASE_URL: required when STORE=postgres']);
  return {
    kind: 'postgres',
    url: e.DATABASE_URL,
    schema: e.DATABASE_SCHEMA ?? null,
    poolMax: e.DATABASE_POOL_MAX,
    safetyPollMs: e.CLUSTER_SAFETY_POLL_SECONDS * 1000,
  };
}

function openingHoursFrom(e: Env): OpeningHours {
  try {
    return new OpeningHours(parseWeeklyHours(e.HANDOFF_OPENING_HOURS), parseHolidays(e.HANDOFF_HOLIDAYS), e.HANDOFF_TIMEZONE);
  } catch (err) {
    if (err instanceof OpeningHoursError) throw new ConfigError([`HANDOFF_OPENING_HOURS/HANDOFF_HOLIDAYS: ${err.message}`]);
    throw err;
  }
}

function recognizerFrom(e: Env): RecognizerSettings {
  const missing = (names: (keyof Env)[]) => names.filter((n) => e[n] === '').map((n) => `${n}: required when RECOGNIZER=${e.RECOGNIZER}`);
  if (e.RECOGNIZER === 'luis') {
    const problems = missing(['LUIS_ENDPOINT', 'LUIS_APP_ID', 'LUIS_KEY']);
    if (problems.length) throw new ConfigError(problems);
    return {
      kind: 'luis',
      luis: { endpoint: e.LUIS_ENDPOINT, appId: e.LUIS_APP_ID, key: e.LUIS_KEY, slot: e.LUIS_SLOT, timeoutMs: e.NLU_TIMEOUT_MS },
    };
  }
  if (e.RECOGNIZER === 'clu') {
    const problems = missing(['CLU_ENDPOINT', 'CLU_KEY', 'CLU_PROJECT', 'CLU_DEPLOYMENT']);
    if (problems.length) throw new ConfigError(problems);
    return {
      kind: 'clu',
      clu: {
        endpoint: e.CLU_ENDPOINT,
        key: e.CLU_KEY,
        projectName: e.CLU_PROJECT,
        deploymentName: e.CLU_DEPLOYMENT,
        timeoutMs: e.NLU_TIMEOUT_MS,
      },
    };
  }
  return { kind: 'local' };
}

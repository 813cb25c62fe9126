/**
 * A seeded fuzz of every public HTTP route: odd methods, paths, headers, tokens and bodies (bad
 * JSON, deep nesting, wrong types, huge values). The test suite runs a few hundred cases and the
 * bench ten thousand; both count answers by status class. Any 5xx other than an intended 503 is a
 * defect, and so is a body that is not our JSON error shape on a 4xx.
 */
import http from 'node:http';

/** Every route the server registers, with `:param` placeholders. */
export const PUBLIC_ROUTES: readonly { method: string; path: string }[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/nl' },
  { method: 'GET', path: '/en' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/static/:file' },
  { method: 'GET', path: '/static/citizen-chat.js' },
  { method: 'GET', path: '/staff' },
  { method: 'POST', path: '/api/messages' },
  { method: 'POST', path: '/api/directline/token' },
  { method: 'POST', path: '/api/directline/exit' },
  { method: 'POST', path: '/v3/directline/tokens/generate' },
  { method: 'POST', path: '/v3/directline/tokens/refresh' },
  { method: 'POST', path: '/v3/directline/conversations' },
  { method: 'GET', path: '/v3/directline/conversations/:conv' },
  { method: 'POST', path: '/v3/directline/conversations/:conv/activities' },
  { method: 'GET', path: '/v3/directline/conversations/:conv/activities' },
  { method: 'POST', path: '/v3/directline/conversations/:conv/upload' },
  { method: 'POST', path: '/staff/api/login' },
  { method: 'POST', path: '/staff/api/logout' },
  { method: 'GET', path: '/staff/api/me' },
  { method: 'GET', path: '/staff/api/openapi.json' },
  { method: 'GET', path: '/staff/api/queue' },
  { method: 'GET', path: '/staff/api/canned' },
  { method: 'PUT', path: '/staff/api/me/availability' },
  { method: 'GET', path: '/staff/api/conversations/:id' },
  { method: 'POST', path: '/staff/api/conversations/:id/accept' },
  { method: 'POST', path: '/staff/api/conversations/:id/messages' },
  { method: 'POST', path: '/staff/api/conversations/:id/notes' },
  { method: 'POST', path: '/staff/api/conversations/:id/close' },
  { method: 'POST', path: '/staff/api/conversations/:id/transfer' },
  { method: 'GET', path: '/staff/api/review/transcripts' },
  { method: 'GET', path: '/staff/api/review/transcripts/:id' },
  { method: 'GET', path: '/staff/api/review/stats' },
  { method: 'GET', path: '/staff/api/admin/audit' },
  { method: 'POST', path: '/staff/api/admin/erasure' },
  { method: 'POST', path: '/staff/api/admin/retention/run' },
];

/** mulberry32: small, seeded and good enough to pick cases. */
export class FuzzRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface FuzzCase {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface FuzzCredentials {
  /** A valid Direct Line token and its conversation, so cases also reach past authentication. */
  token: string;
  conversationId: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const ODD_SEGMENTS = [
  '..',
  '%2e%2e',
  '%00',
  '%ff',
  '%',
  'a'.repeat(300),
  '%C3%BC',
  '%F0%9F%92%A9',
  '__proto__',
  'constructor',
  '1e999',
  '-1',
  "'%3B%20DROP%20TABLE",
  '%0d%0aSet-Cookie:x=1',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
  'APPLICATION/JSON',
];

function randomString(r: FuzzRandom, max: number): string {
  const alphabet = 'abcXYZ019 _-.:/\\"\'{}[]<>%&\u0000\u00e9\u2028\ud83d\ude00\ud800';
  let out = '';
  const length = r.int(max);
  for (let i = 0; i < length; i++) out += alphabet[r.int(alphabet.length)];
  return out;
}

function randomJson(r: FuzzRandom, depth: number): unknown {
  const kind = r.int(depth > 3 ? 6 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
    case 3:
    case 4:
      return randomString(r, 40);
    case 5:
      return r.pick(['message', 'event', 'typing', 'conversationUpdate', 'invoke', 'endOfConversation', '']);
    case 6:
      return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
    default: {
      const keys = ['type', 'text', 'name', 'value', 'from', 'channelData', 'serviceUrl', 'conversation', 'locale', 'id', 'token'];
      const keys2 = [...keys, 'username', 'password', 'attachments', 'entities', '__proto__', 'constructor', 'recipient'];
      const object: Record<string, unknown> = {};
      for (let i = r.int(6); i > 0; i--) object[r.pick(keys2)] = randomJson(r, depth + 1);
      return object;
    }
  }
}

/** A plausible activity with one thing wrong, which reaches further than random JSON. */
function nearlyValidActivity(r: FuzzRandom): unknown {
  const activity: Record<string, unknown> = {
    type: r.pick(['message', 'event', 'typing', 'conversationUpdate', 1, null, ['message']]),
    text: r.pick(['hallo', '', 'x'.repeat(3000), 5, null, { a: 1 }]),
    channelId: r.pick(['emulator', 'msteams', 1]),
    serviceUrl: r.pick(['http://127.0.0.1:1/', 'https://evil.example/', 'not a url', 7, 'https://smba.trafficmanager.net/emea/']),
    conversation: r.pick([{ id: 'c1' }, { id: 5 }, null, 'c1', {}]),
    from: r.pick([{ id: 'u1' }, null, 'u1', { id: ['x'] }]),
    recipient: r.pick([{ id: 'b1' }, null]),
    name: r.pick(['webchat/join', 'helpline.quickExit', 'x'.repeat(500), 3]),
    value: randomJson(r, 1),
    channelData: r.pick([{}, { clientActivityID: 5 }, { clientActivityID: 'x'.repeat(300) }, [], 'x']),
    attachments: r.pick([undefined, [{}], 'x', [1, 2, 3]]),
    entities: r.pick([undefined, [1], [{}], {}]),
  };
  if (r.chance(0.3)) delete activity[r.pick(Object.keys(activity))];
  return activity;
}

function deepJson(depth: number, open: string, close: string): string {
  return open.repeat(depth) + close.repeat(depth);
}

function body(r: FuzzRandom): Buffer | null {
  switch (r.int(10)) {
    case 0:
      return null;
    case 1:
      return Buffer.from(randomString(r, 200));
    case 2:
      return Buffer.from(r.chance(0.5) ? deepJson(100_000, '[', ']') : deepJson(5_000, '{"a":', '}').replace(/\{"a":\}+$/, '1'));
    case 3:
      return Buffer.from(JSON.stringify({ type: 'message', text: 'x'.repeat(r.pick([10, 2001, 20_000, 300_000])) }));
    case 4:
      return Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]);
    case 5:
    case 6:
      return Buffer.from(JSON.stringify(nearlyValidActivity(r)));
    default:
      return Buffer.from(JSON.stringify(randomJson(r, 0)));
  }
}

/** Like encodeURIComponent, but lone surrogates become U+FFFD instead of throwing. */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`))
    .join('');
}

function fillPath(r: FuzzRandom, template: string, credentials: FuzzCredentials | null): string {
  let path = template.replace(/:[a-z]+/g, (param) => {
    if (param === ':conv' && credentials && r.chance(0.5)) return credentials.conversationId;
    if (param === ':file' && r.chance(0.4)) return r.pick(['citizen.js', 'staff.css', 'nope.js', '..%2fpackage.json']);
    return r.chance(0.5) ? percentEncode(randomString(r, 30)) || 'x' : r.pick(ODD_SEGMENTS);
  });
  if (r.chance(0.2)) path += `?watermark=${encodeURIComponent(r.pick(['-1', '1e99', 'abc', '0', '99999999999999999999', '']))}`;
  if (r.chance(0.05)) path += '?' + 'a=1&'.repeat(2000);
  if (r.chance(0.05)) path = path.replace(/\//g, '//');
  return path;
}

/** The `index`-th case of the run seeded with `seed`: the same seed always gives the same cases. */
export function fuzzCase(r: FuzzRandom, credentials: FuzzCredentials | null): FuzzCase {
  const route = r.pick(PUBLIC_ROUTES);
  const method = r.chance(0.8) ? route.method : r.pick(METHODS);
  const headers: Record<string, string> = {};
  const contentType = r.pick(CONTENT_TYPES);
  if (contentType) headers['content-type'] = contentType;
  const auth = r.int(6);
  if (auth === 0 && credentials) headers.authorization = `Bearer ${credentials.token}`;
  else if (auth === 1) headers.authorization = `Bearer ${randomString(r, 80).replace(/[^\x21-\x7e]/g, 'a')}`;
  else if (auth === 2) headers.authorization = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.AAAA';
  else if (auth === 3) headers.authorization = 'Basic ' + 'A'.repeat(r.int(5000));
  if (r.chance(0.2))
    headers.cookie = `helpline_staff=${randomString(r, 60)
      .replace(/[^\x21-\x7e]/g, 'a')
      .replace(/;/g, '')}`;
  if (r.chance(0.1)) headers['x-csrf-token'] = 'x';
  if (r.chance(0.1)) headers.origin = r.pick(['http://evil.example', 'null', '']);
  const payload = method === 'GET' || method === 'HEAD' ? (r.chance(0.1) ? body(r) : null) : body(r);
  if (payload && r.chance(0.1)) headers['content-length'] = String(r.pick([0, 1, 99_999_999]));
  return { method, path: fillPath(r, route.path, credentials), headers, body: payload };
}

export interface FuzzOutcome {
  status: number;
  /** True when a 4xx/5xx did not carry `{error:{code,message}}` or leaked internal text. */
  badBody: boolean;
  /** The start of a bad body, to show what leaked. */
  sample?: string;
}

const INTERNAL_TEXT = /\bat [\w.<>]+ \(|node_modules|RangeError|TypeError|SyntaxError|ZodError|SQLITE|Unexpected token/;

/** Sends one case over a raw HTTP request (fetch refuses some of the odd shapes we want to send). */
export function sendCase(baseUrl: string, c: FuzzCase, agent: http.Agent): Promise<FuzzOutcome> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: c.method, path: c.path, headers: c.headers, agent, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          let badBody = false;
          if (status >= 400 && c.method !== 'HEAD') {
            badBody = INTERNAL_TEXT.test(text);
            try {
              const parsed = JSON.parse(text) as { error?: { code?: unknown } };
              if (typeof parsed.error?.code !== 'string') badBody = true;
            } catch {
              badBody = true;
            }
          }
          resolve({ status, badBody, sample: badBody ? text.slice(0, 160) : undefined });
        });
        res.on('error', () => resolve({ status: -1, badBody: false }));
      },
    );
    // A reset is the server refusing a body it would not read (say a declared 99 MB): not a 5xx.
    req.on('error', () => resolve({ status: -1, badBody: false }));
    req.on('timeout', () => req.destroy());
    if (c.body) req.end(c.body);
    else req.end();
  });
}

export interface FuzzSummary {
  cases: number;
  byClass: Record<string, number>;
  serverErrors: { status: number; method: string; path: string }[];
  badBodies: { status: number; method: string; path: string; sample?: string }[];
}

/** Runs `count` cases with `concurrency` in flight; 503 while the store is down would be honest, so it is counted apart. */
export async function runFuzz(options: {
  baseUrl: string;
  seed: number;
  count: number;
  concurrency: number;
  credentials: FuzzCredentials | null;
}): Promise<FuzzSummary> {
  const r = new FuzzRandom(options.seed);
  const cases = Array.from({ length: options.count }, () => fuzzCase(r, options.credentials));
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const summary: FuzzSummary = { cases: cases.length, byClass: {}, serverErrors: [], badBodies: [] };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const outcome = await sendCase(options.baseUrl, c, agent);
      const cls = outcome.status < 0 ? 'reset' : `${Math.floor(outcome.status / 100)}xx`;
      summary.byClass[cls] = (summary.byClass[cls] ?? 0) + 1;
      if (outcome.status >= 500) summary.serverErrors.push({ status: outcome.status, method: c.method, path: c.path.slice(0, 120) });
      if (outcome.badBody)
        summary.badBodies.push({ status: outcome.status, method: c.method, path: c.path.slice(0, 120), sample: outcome.sample });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return summary;
}

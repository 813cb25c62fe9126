/**
 * forms22 (ADR 0006 round 22): a story gets a form only when it tells what the person is made to do
 * (work, sex, crime, an organ) or a strong sign of it, in Dutch, English and another language, told
 * by someone else, in the past or in broken English; a vague worry, or someone held or gone with
 * nothing told of what they are made to do, stays `unknown`. Short and middle messages are read for
 * what they want: a greeting that opens a question is no greeting, a question asked in another
 * language is asked like its Dutch or English words. Every sentence was written for this test; none
 * is a corpus or tuning line.
 */
import { createLocalRecognizer, type LocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { testReader } from '../../support/reader';
import type { Form, Intent } from '../../../src/nlu/recognizer';
import { testScreen } from '../../support/screen';

let recognizer: LocalRecognizer;

beforeAll(() => {
  recognizer = createLocalRecognizer({ screen: testScreen() });
});

const reader = testReader();
const features = (text: string) => new Set(reader.features(reader.readFully(text), 'general'));

describe('the features of short messages', () => {
  it('reads a question in another language as asked, like its Dutch or English words', () => {
    expect(features('jesli to zglosze, czy strace prace?')).toContain('tq:consequence_job');
    expect(features('Ще ме пита ли полицията за документите?')).toContain('tq:police');
    // No question, no asking.
    expect(features('strace prace jesli nic nie zrobie')).not.toContain('tq:consequence_job');
  });

  it('reads a greeting before one of the citizen’s own questions as the opening', () => {
    const asked = features('goedemiddag, kan ik hier anoniem iets vertellen over mijn werk?');
    expect(asked).toContain('t:greeting_open');
    expect(asked).not.toContain('t:greeting');
    // A greeting alone, or a greeting with an introduction that asks nothing, stays a greeting.
    expect(features('hallo')).toContain('t:greeting');
    expect(features('Goedemorgen, ik werk als verpleegkundige in een dorp bij Assen')).toContain('t:greeting');
  });

  it('reads asking for someone who speaks one’s language, in Dutch, English and Somali', () => {
    expect(features('is er bij jullie iemand die pools spreekt')).toContain('t:counsellor');
    expect(features('can I chat with someone who speaks Romanian please')).toContain('t:counsellor');
    expect(features('ma jiraa qof af-Soomaali ku hadla')).toContain('t:counsellor');
  });

  it('reads one man after another coming to a girl as the men sent to her', () => {
    expect(features('each night another guy comes up the stairs to her room and pays the man downstairs')).toContain('m:sex_visitors');
    expect(features('my brother goes to another guy every night to play games')).not.toContain('m:sex_visitors');
  });
});

const STORIES: readonly [string, string, Form][] = [
  [
    'labour, third person (nl)',
    'Mijn buurman uit Litouwen werkt in een distributiecentrum bij Venlo, 60 uur per week, en het uitzendbureau houdt elke week geld in voor zijn bed en het busje.',
    'labour_exploitation',
  ],
  [
    'labour, broken English',
    'me work on farm 7 day, no day free, boss take passport and pay only 300 in month, we sleep in barn',
    'labour_exploitation',
  ],
  [
    'labour, other language (pl)',
    'moj brat pracuje w szklarni po 14 godzin dziennie, szef zabral paszport i nie placi wyplaty',
    'labour_exploitation',
  ],
  [
    'sexual, past (nl)',
    'Vorig jaar moest mijn nicht van haar vriend met mannen naar bed in hotels in Utrecht en al het geld ging naar hem.',
    'sexual_exploitation',
  ],
  [
    'sexual, third person (en)',
    'My flatmate says her boyfriend puts her photos on a website and sends men to the flat while we are at college, and she has to give him everything they pay.',
    'sexual_exploitation',
  ],
  [
    'criminal, third person (nl)',
    'Mijn zoon van 15 moet na school voor jongens uit de buurt pakketjes met drugs rondbrengen op zijn scooter.',
    'criminal_exploitation',
  ],
  [
    'criminal, broken English',
    'they make my little brother sell drugs at the station every night and he must give them all money',
    'criminal_exploitation',
  ],
  [
    'organ removal (en)',
    'The man who paid for my trip says I can only clear the debt if I go to a clinic abroad and give one kidney.',
    'organ_removal',
  ],
];

describe('a story gets the form of what the person is made to do', () => {
  it.each(STORIES)('%s', async (_, text, form) => {
    const u = await recognizer.recognize(text, 'nl');
    expect(u.intent).toBe('describe_concern');
    expect(u.form).toBe(form);
  });
});

describe('a worry that tells nothing the person is made to do stays unknown', () => {
  it.each([
    [
      'held, nothing done told (nl)',
      'Mijn tante zegt dat haar man haar paspoort in een kluis bewaart en dat ze niet alleen de deur uit mag.',
    ],
    ['vague worry (en)', 'My neighbour seems very quiet lately and her husband does all the talking. I do not know if something is wrong.'],
    [
      'explicitly nothing else (nl)',
      'Mijn vriendin heeft een nieuwe vriend die veel belt. Hij neemt geen geld van haar en ze werkt gewoon bij de bakker.',
    ],
  ])('%s', async (_, text) => {
    const u = await recognizer.recognize(text, 'nl');
    expect(u.form).toBe('unknown');
  });
});

describe('the intent of short and middle messages', () => {
  it.each([
    ['goedemiddag, kan ik hier anoniem iets vertellen over mijn werk?', 'ask_anonymous'],
    ['Good evening, is there someone who speaks Bulgarian? My English is bad', 'ask_counsellor'],
    ['hoi, is er iemand die arabisch spreekt?', 'ask_counsellor'],
    ['jesli to zglosze, czy strace prace?', 'ask_consequences'],
    ['bedankt voor je hulp', 'thanks'],
    ['ja', 'affirm'],
    ['hallo', 'greeting'],
  ] as [string, Intent][])('%s', async (text, intent) => {
    const u = await recognizer.recognize(text, 'nl');
    expect(u.intent).toBe(intent);
  });
});

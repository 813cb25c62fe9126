/**
 * The adapter asks for a citizen message's reading as the message arrives, runs the bot's turn only
 * once that reading is there (or will not be), and gives it back after the turn.
 */
import type { ReadingLease, TextReadings } from '../../../../src/understanding/readingPool';
import { citizenMessage, directLineAdapterOn, openTempStore, type TempStore } from '../../../support/directLineTurns';

class RecordedReadings implements TextReadings {
  readonly events: string[] = [];
  private readonly settle: Array<() => void> = [];
  lease(text: string): ReadingLease {
    this.events.push(`lease ${text}`);
    let done!: () => void;
    const ready = new Promise<void>((resolve) => (done = resolve));
    this.settle.push(() => {
      this.events.push(`ready ${text}`);
      done();
    });
    const needed = () => {
      this.events.push(`needed ${text}`);
      return ready;
    };
    return { ready, needed, release: () => this.events.push(`release ${text}`) };
  }
  /** Lets the oldest reading asked for be there. */
  answer(): void {
    this.settle.shift()?.();
  }
}

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore('helpline-readings-');
});
afterEach(async () => {
  await temp.remove();
});

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

it('runs a citizen turn once its reading is there, and gives the reading back after the turn', async () => {
  const readings = new RecordedReadings();
  const adapter = directLineAdapterOn(temp.store.transcripts, { readings });
  const receiving = adapter.receive('c1', citizenMessage('mijn buurvrouw mag het huis niet uit'), 'citizen', async (context) => {
    readings.events.push(`turn ${context.activity.text}`);
  });
  // The message is stored meanwhile; the turn waits for its reading.
  for (let i = 0; i < 20; i++) await settle();
  expect(readings.events.filter((e) => !e.startsWith('needed'))).toEqual(['lease mijn buurvrouw mag het huis niet uit']);
  readings.answer();
  await receiving;
  // The turn says it needs the reading once the message is stored (before or after it came: a
  // stored message's wait is the store's), and runs only after it is there.
  expect(readings.events.filter((e) => !e.startsWith('ready'))).toEqual([
    'lease mijn buurvrouw mag het huis niet uit',
    'needed mijn buurvrouw mag het huis niet uit',
    'turn mijn buurvrouw mag het huis niet uit',
    'release mijn buurvrouw mag het huis niet uit',
  ]);
  expect(readings.events.indexOf('ready mijn buurvrouw mag het huis niet uit')).toBeLessThan(
    readings.events.indexOf('turn mijn buurvrouw mag het huis niet uit'),
  );
});

it('asks no reading for what is not a citizen text, and gives one back when its turn is not run again', async () => {
  const readings = new RecordedReadings();
  const adapter = directLineAdapterOn(temp.store.transcripts, { readings });
  const turns: string[] = [];
  const logic = async () => {
    turns.push('turn');
  };
  await adapter.receive('c1', { type: 'conversationUpdate', from: { id: 'u1', name: '' } }, 'citizen', logic);
  await adapter.receive('c1', { type: 'message', text: '', from: { id: 'u1', name: '' } }, 'citizen', logic);
  await adapter.receive('c1', { type: 'message', text: 'van de balie', from: { id: 's1', name: '' } }, 'counsellor', logic);
  expect(readings.events).toEqual([]);
  // A retry of a message whose turn has run: stored once, not run again, its reading given back.
  const message = { ...citizenMessage('hallo'), channelData: { clientActivityID: 'x1' } };
  const first = adapter.receive('c1', message, 'citizen', logic);
  for (let i = 0; i < 20; i++) await settle();
  readings.answer();
  await first;
  const retry = adapter.receive('c1', message, 'citizen', logic);
  readings.answer();
  await retry;
  expect(turns).toHaveLength(4);
  // The retry's turn is not run again: it never says it needs its reading.
  expect(readings.events.filter((e) => !e.startsWith('needed'))).toEqual([
    'lease hallo',
    'ready hallo',
    'release hallo',
    'lease hallo',
    'ready hallo',
    'release hallo',
  ]);
  expect(readings.events.filter((e) => e.startsWith('needed'))).toEqual(['needed hallo']);
});

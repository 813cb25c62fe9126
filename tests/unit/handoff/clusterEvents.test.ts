/** Handoff events and Direct Line hub events between instances (linked in-process buses). */
import { ActivityHub } from '../../../src/channels/directline/activityHub';
import type { HubEvent } from '../../../src/channels/directline/activityHub';
import { HandoffEvents } from '../../../src/handoff/events';
import type { EventOrigin, HandoffEvent } from '../../../src/handoff/events';
import type { ClusterBus } from '../../../src/store/clusterPorts';
import { linkedBuses } from '../../support/linkedBuses';

const flush = () => new Promise((r) => setImmediate(r));
const onError = () => undefined;

it('delivers handoff events here at once and to the other instance, marked by origin, in order', async () => {
  const [busA, busB] = linkedBuses(2);
  const a = new HandoffEvents({ bus: busA!, onError });
  const b = new HandoffEvents({ bus: busB!, onError });
  const heardA: [HandoffEvent, EventOrigin][] = [];
  const heardB: [HandoffEvent, EventOrigin][] = [];
  a.subscribe((e, o) => heardA.push([e, o]));
  b.subscribe((e, o) => heardB.push([e, o]));
  a.emit({ kind: 'accepted', conversationId: 'c1', counsellorId: 'u1' });
  a.emit({ kind: 'queue_changed' });
  expect(heardA.map(([e, o]) => `${e.kind}/${o}`)).toEqual(['accepted/local', 'queue_changed/local']);
  await flush();
  expect(heardB.map(([e, o]) => `${e.kind}/${o}`)).toEqual(['accepted/remote', 'queue_changed/remote']);
  expect(heardB[0]![0]).toEqual({ kind: 'accepted', conversationId: 'c1', counsellorId: 'u1' });
});

it('ignores a malformed event from another instance', async () => {
  const [busA, busB] = linkedBuses(2);
  const b = new HandoffEvents({ bus: busB!, onError });
  const heard: HandoffEvent[] = [];
  b.subscribe((e) => heard.push(e));
  await busA!.publish('handoff', null, { event: { kind: 'accepted', conversationId: 7 } });
  await busA!.publish('handoff', null, { event: { kind: 'nonsense' } });
  expect(heard).toEqual([]);
});

it('passes typing and quick exits to streams on the other instance; appends and resyncs make every stream read again', async () => {
  let appended: (id: string) => void = () => undefined;
  let resync: () => void = () => undefined;
  const [busA, plainB] = linkedBuses(2);
  const busB: ClusterBus = {
    ...plainB!,
    onAppended: (l) => ((appended = l), () => undefined),
    onResync: (l) => ((resync = l), () => undefined),
  };
  const a = new ActivityHub({ bus: busA!, onError });
  const b = new ActivityHub({ bus: busB, onError });
  const heard: HubEvent[] = [];
  b.subscribe('c1', (e) => heard.push(e));
  a.publish('c1', { kind: 'ephemeral', activity: { type: 'typing' } });
  a.publish('c1', { kind: 'appended' });
  a.publish('c1', { kind: 'ended' });
  await flush();
  // The append travels with the store's own notification, not the bus.
  expect(heard).toEqual([{ kind: 'ephemeral', activity: { type: 'typing' } }, { kind: 'ended' }]);
  appended('c1');
  appended('c2');
  resync();
  expect(heard.slice(2)).toEqual([{ kind: 'appended' }, { kind: 'appended' }]);
});

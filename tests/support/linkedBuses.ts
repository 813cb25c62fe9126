/**
 * Cluster buses for unit tests: instances in one process that hear each other the way instances
 * on one PostgreSQL store do (everything published by one reaches the others, not itself).
 */
import type { ClusterBus, ClusterTopic } from '../../src/store/clusterPorts';
import type { JsonObject } from '../../src/store/ports';

export function linkedBuses(count: number): ClusterBus[] {
  const subscribers = new Map<string, Set<{ topic: ClusterTopic; listener: (payload: JsonObject) => void }>>();
  const buses = Array.from({ length: count }, (_, i): ClusterBus => {
    const instanceId = `i${i}`;
    subscribers.set(instanceId, new Set());
    return {
      instanceId,
      async publish(topic, _conversationId, payload) {
        // Through JSON, as through the database.
        const copy = JSON.parse(JSON.stringify(payload)) as JsonObject;
        for (const [id, set] of subscribers) {
          if (id === instanceId) continue;
          for (const s of set) if (s.topic === topic) s.listener(copy);
        }
      },
      subscribe(topic, listener) {
        const entry = { topic, listener };
        subscribers.get(instanceId)!.add(entry);
        return () => subscribers.get(instanceId)!.delete(entry);
      },
      onAppended: () => () => undefined,
      onResync: () => () => undefined,
    };
  });
  return buses;
}

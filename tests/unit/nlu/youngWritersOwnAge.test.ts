/**
 * Round 50 (fit50): a young writer telling their own age, the subject often dropped as they chat
 * ("ben 15 woon in rdam zuid"), and naming no one else, is the one under 18 the chat is about; the
 * models, reading a number and a place, named no one, and the minor's text went to "the person".
 */
import { factsOfMessage as facts } from '../../support/facts';

describe("a young writer's own age (fit50)", () => {
  it.each(['ben 14 woon in tilburg', 'hoi ik ben 16 en ik weet niet wat ik moet doen', 'im 15 and i live in almere'])(
    '%p tells the writer is the one under 18',
    (text) => {
      expect(facts(text)).toMatchObject({ aboutWhom: 'self', minor: true });
    },
  );

  it.each(['ik ben 15 en mijn vriendin is 17', 'ben 16, het gaat over mn zus', 'ik ben 45 en woon in breda'])(
    '%p does not (someone else named, or an adult writer)',
    (text) => {
      expect(facts(text).aboutWhom).not.toBe('self');
    },
  );
});

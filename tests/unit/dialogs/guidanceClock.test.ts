/**
 * Guidance by the second bot turn after the worry, also when the citizen points at the worry and
 * then answers with its facts ("15", "heerlen") instead of telling the story in one go; and a worry
 * stated beside a question is answered with it. Through the real bot; the recognizer is a double.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';

const opener: Recognizer = {
  name: 'opener-double',
  async recognize(text): Promise<Recognition> {
    return {
      intent: /^hoi\b/i.test(text) ? 'greeting' : 'out_of_scope',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

/** A message about work tells the story (no form read); another only points at it. */
const teller: Recognizer = {
  name: 'teller-double',
  async recognize(text): Promise<Recognition> {
    return {
      intent: /werkt/.test(text) ? 'describe_concern' : 'out_of_scope',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

const isGuidance = (text: string) => text.startsWith(catalog.t('nl', 'referrals.title'));

describe('the guidance clock', () => {
  it('runs on when the citizen, after pointing at the worry, gives its age and place', async () => {
    const { adapter } = createTestBot(opener);
    await join(adapter);
    const first = await say(adapter, 'hoi ik ben trainer van een jeugdteam en een van mijn spelers zit volgens mij in de problemen');
    expect(first.texts.some(isGuidance)).toBe(false);
    const second = await say(adapter, '15');
    expect(second.texts.some(isGuidance)).toBe(true);
  });

  it('runs on after a first message answered with 112 alone: the story that follows gets the guidance', async () => {
    const { adapter } = createTestBot(teller);
    await join(adapter);
    const first = await say(
      adapter,
      'Mijn nichtje wordt in een huis in Tiel opgesloten, ze kan niet weg en ze hebben haar telefoon afgepakt',
    );
    expect(first.all).toMatch(/112/);
    expect(first.texts.some(isGuidance)).toBe(false);
    const second = await say(adapter, 'Ze werkt daar elke dag in een salon en krijgt geen geld, de baas heeft haar paspoort.');
    expect(second.texts.some(isGuidance)).toBe(true);
  });

  it('runs on when the citizen, after pointing at the worry, goes on without telling the story yet', async () => {
    const { adapter } = createTestBot(opener);
    await join(adapter);
    const first = await say(adapter, 'hoi, ik ben fysiotherapeut en ik maak me een beetje zorgen over een van mijn vaste klanten');
    expect(first.texts.some(isGuidance)).toBe(false);
    const second = await say(adapter, 'hij was gisteren nog bij mij in de praktijk');
    expect(second.texts.some(isGuidance)).toBe(true);
    // Not the open question again, word for word.
    expect(second.texts.filter((t) => first.texts.includes(t))).toEqual([]);
  });

  it('does not run on a bare "ok" or a question of their own after pointing at the worry', async () => {
    const { adapter } = createTestBot(opener);
    await join(adapter);
    await say(adapter, 'hoi, ik ben fysiotherapeut en ik maak me een beetje zorgen over een van mijn vaste klanten');
    expect((await say(adapter, 'ok')).texts.some(isGuidance)).toBe(false);
  });

  it('does not run on a greeting that points at nothing', async () => {
    const { adapter } = createTestBot(opener);
    await join(adapter);
    await say(adapter, 'hoi');
    expect((await say(adapter, '15')).texts.some(isGuidance)).toBe(false);
  });
});

describe('a worry stated beside a question', () => {
  it('is answered first together with the question', async () => {
    const { adapter } = createTestBot(opener);
    await join(adapter);
    const turn = await say(
      adapter,
      'Mijn vriendin wil absoluut geen politie, ze heeft geen papieren. Wordt ze uitgezet als dit bekend wordt?',
    );
    const police = catalog.t('nl', 'ownQuestions.police').slice(0, 25);
    const firstTwo = turn.texts.slice(0, 2).join('\n');
    expect(firstTwo).toContain(police);
    expect(firstTwo).toMatch(/verblijfsvergunning/);
  });
});

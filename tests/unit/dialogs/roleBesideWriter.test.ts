/**
 * Texts for the writer's role when the writer names people of their own life beside them, or tells
 * that they left while friends are still there (round 37): a writer living with her husband and
 * children gets no questions "about them", a writer whose family is threatened keeps the texts for
 * their own story, and a writer who left while a cousin still works there gets no "can you leave?".
 * Through the real bot with the real local recognizer.
 */
import { playScript } from '../../../bench/dialogs/play';
import type { ToldFacts } from '../../../src/understanding/understanding';
import { catalog } from '../../support/bot';
import { misreading, script } from '../../support/misreading';

/** What the bot said in each turn. */
async function said(page: 'nl' | 'en', texts: string[], roles: Record<string, Partial<ToldFacts>> = {}): Promise<string[][]> {
  const played = await playScript(script(page, texts, 'role37'), misreading(roles));
  return played.map((turn) => turn.replies.map((r) => r.text));
}

/** The wordings of the follow-up questions and guidance for one side only. */
function worded(page: 'nl' | 'en', variants: string[]): string[] {
  const keys = catalog
    .keys(page)
    .filter((k) => /^triage\.question\.\w+\.(self|other|group)$/.test(k) && variants.includes(k.split('.').pop()!));
  return keys.map((k) => catalog.t(page, k).split('{')[0]!);
}
const startsWithAny = (text: string, starts: string[]) => starts.some((s) => s.length > 0 && text.startsWith(s));

describe('texts for a writer who names people of their own life beside them (round 37)', () => {
  it('asks a writer living with her husband and children about the person it is about, not about "them"', async () => {
    const turns = await said('en', ['hi. i am from syria, i live in almere 2 years with my husband and 3 children']);
    const bystander = [...worded('en', ['other', 'group']), catalog.t('en', 'guidance.signalsTitle')];
    expect(turns[0]!.some((text) => startsWithAny(text, bystander))).toBe(false);
  });

  it('keeps the texts for the writer’s own story when the threat is against their son', async () => {
    const threat = 'als ik wil stoppen zegt hij dat hij weet waar mijn zoon op school zit. ik durf niks meer';
    const turns = await said(
      'nl',
      ['Ik heb schulden bij een man en nu moet ik elke week voor hem pakketjes rondbrengen, anders wordt het erger zegt hij.', threat],
      { [threat]: { aboutWhom: 'other', relation: 'child' } },
    );
    const bystander = [...worded('nl', ['other', 'group']), catalog.t('nl', 'guidance.signalsTitle'), catalog.t('nl', 'guidance.dos')];
    expect(turns.flat().some((text) => startsWithAny(text, bystander))).toBe(false);
  });

  it('does not ask a writer who left whether they can leave, and tells of the cousin still there', async () => {
    const first =
      'Vorig jaar werkte ik via een uitzendbureau in een slachterij, ze hielden mijn paspoort. nu ben ik weg maar mijn neef werkt er nog';
    const turns = await said('nl', [first, 'hij moet 14 uur per dag werken en ze houden zijn paspoort'], {
      [first]: { aboutWhom: 'self' },
    });
    const victim = [...worded('nl', ['self']), catalog.t('nl', 'guidance.self')];
    expect(turns.flat().some((text) => startsWithAny(text, victim))).toBe(false);
  });
});

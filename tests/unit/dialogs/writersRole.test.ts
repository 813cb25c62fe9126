/**
 * Texts for the writer's role as the whole conversation tells it: a worker who says their work first
 * and then tells what they saw there gets a bystander's texts, and keeps them when they ask whether
 * they can get into trouble themselves; a worker whose story is their own gets the victim's texts.
 * Through the real bot with the real local recognizer.
 */
import { playScript } from '../../../bench/dialogs/play';
import { catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { misreading, recognizer, script } from '../../support/misreading';

const t = (key: string) => catalog.t('nl', key);
/** Texts written for a writer living it: the guidance and the follow-up questions in the "je" form. */
const victimTexts = (turn: Turn) =>
  turn.texts.filter((text) => text.startsWith(t('guidance.self')) || text.startsWith(t('triage.askDescription.self').slice(0, 30)));

async function conversation() {
  const bot = createTestBot(recognizer);
  await join(bot.adapter);
  return { chat: (text: string) => say(bot.adapter, text), lastTriage: bot.lastTriage };
}

describe('texts for the writer’s role over the conversation', () => {
  it('a parcel courier who says their work, then tells what they saw on their round, gets a bystander’s texts', async () => {
    const { chat, lastTriage } = await conversation();
    await chat('Goedenavond, ik ben pakketbezorger en ik zit ergens mee.');
    const story = await chat(
      'Op mijn route kom ik vaak bij een huis waar een jonge vrouw opendoet. Ze mag de deur niet uit, een man pakt elk pakket van haar af en gisteren fluisterde ze tegen me dat hij haar paspoort heeft.',
    );
    expect(lastTriage()?.role).not.toBe('self');
    expect(victimTexts(story)).toEqual([]);
    const asked = await chat('kan ik zelf problemen krijgen als ik dit meld? ik wil mijn baan niet kwijt');
    expect(lastTriage()?.role).not.toBe('self');
    expect(victimTexts(asked)).toEqual([]);
  });

  it('a cleaner who says her work, then what is done to her, gets the texts for her own story', async () => {
    const { chat, lastTriage } = await conversation();
    await chat('Hallo, ik werk als schoonmaker in een hotel en ik wil iets vragen.');
    await chat('Mijn baas houdt mijn paspoort en ik moet elke dag 12 uur werken voor 300 euro per maand. Ik slaap in de kelder.');
    expect(lastTriage()?.role).toBe('self');
  });

  it('keeps a bystander’s texts when the readers take the "me" of what a worker saw at work for her own story', async () => {
    const lines = [
      'Goedemiddag, ik heb een wasserette en ik zit ergens mee.',
      'Een vrouw die bij mij de was komt ophalen wordt altijd gebracht door dezelfde man. Vandaag gaf ze me stiekem een briefje: hij heeft haar paspoort en ze mag niet weg.',
      'ben ik nou zelf strafbaar als ik niks doe? ik ken die man een beetje',
    ];
    const understander = misreading({
      [lines[0]!]: { aboutWhom: 'self' },
      [lines[1]!]: { aboutWhom: 'self' },
      [lines[2]!]: { aboutWhom: 'self' },
    });
    const played = await playScript(script('nl', lines), understander);
    const said = played.flatMap((turn) => turn.replies.map((r) => r.text));
    expect(said.some((text) => text.startsWith(t('guidance.self')))).toBe(false);
    expect(said.some((text) => text.startsWith(t('guidance.signalsTitle')))).toBe(true);
  });

  it('turns to the bystander’s texts when a story follows a first line read as the writer’s own', async () => {
    const lines = [
      'Hello, I manage a small hostel in Leiden and I am worried about a guest.',
      'She is maybe 20. A man booked her room, he keeps her phone and she may only go out with him. She cried at the desk this morning.',
    ];
    const played = await playScript(script('en', lines), misreading({ [lines[0]!]: { aboutWhom: 'self' } }));
    const said = played.flatMap((turn) => turn.replies.map((r) => r.text));
    expect(said.some((text) => text.startsWith(catalog.t('en', 'guidance.self')))).toBe(false);
  });
});

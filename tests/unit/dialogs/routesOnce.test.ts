/**
 * A counsellor names the routes once and then refers back to them, unless the situation adds a
 * route (a minor, acute danger). And the answers to two questions of one turn stand together, first.
 * Through the real bot with the real local recognizer; the sentences are written for this test.
 */
import { routesActivity } from '../../../dialogs/guidance';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, catalog, createTestBot, join, replies, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
const title = catalog.t('nl', 'referrals.title');
const fullList = (turn: Turn) => turn.texts.filter((t) => t.startsWith(title) && t.includes(catalog.t('nl', 'referrals.police')));

describe('the routes named once', () => {
  it('lists every route the first time, only the new ones after that, else a pointer back', () => {
    const first = routesActivity(replies, 'nl', ['veilig_thuis', 'police'], []);
    expect(first.text).toContain(catalog.t('nl', 'referrals.police'));
    const same = routesActivity(replies, 'nl', ['veilig_thuis', 'police'], ['veilig_thuis', 'police']);
    expect(same.text).toBe(catalog.t('nl', 'referrals.above'));
    const more = routesActivity(replies, 'nl', ['veilig_thuis', 'police', 'school'], ['veilig_thuis', 'police']);
    expect(more.text).toContain(catalog.t('nl', 'referrals.school'));
    expect(more.text).not.toContain(catalog.t('nl', 'referrals.police'));
    expect(more.text).toContain(catalog.t('nl', 'referrals.andAbove'));
  });

  it('does not read the whole list out again when the story goes on, and names a route the story adds', async () => {
    const { adapter } = createTestBot(recognizer);
    await join(adapter);
    const turns: Turn[] = [];
    turns.push(await say(adapter, 'De jongen van de overburen moet elke nacht voor een oudere man pakketjes rondbrengen in de wijk.'));
    turns.push(await say(adapter, 'weet ik niet'));
    turns.push(await say(adapter, 'Hij komt met dure schoenen thuis en zijn moeder durft er niets van te zeggen.'));
    turns.push(await say(adapter, 'Hij is pas 14 en zit in de tweede klas.'));
    const lists = turns.flatMap(fullList);
    expect(lists).toHaveLength(1);
    const later = turns.slice(turns.findIndex((t) => fullList(t).length > 0) + 1).flatMap((t) => t.texts);
    // Referred back to, or the route for a minor added: never the police line again.
    expect(later.some((t) => t.startsWith(title))).toBe(true);
    expect(later.join('\n')).not.toContain(catalog.t('nl', 'referrals.police'));
  });
});

describe('two questions in one turn', () => {
  it('answers both before anything else, the judgement with what the story fits in one message', async () => {
    const { adapter } = createTestBot(recognizer);
    await join(adapter);
    await say(adapter, 'Mijn nicht werkt in een nagelsalon, ze moet 12 uur per dag werken en de baas houdt haar paspoort.');
    await say(adapter, 'weet ik niet');
    const turn = await say(adapter, 'Is dit nou uitbuiting? En als ik het meld, hoort de baas dan dat het van mij komt?');
    const lead = turn.texts.filter((t) => !/\b112\b/.test(t.slice(0, 60)));
    // Two questions: each answered short (round 48), the judgement as what the story fits.
    const judged = lead.findIndex((t) => t.startsWith(answerStarts('nl', 'ownQuestions.is_it_trafficking.fits')[1]!));
    const anonymous = lead.findIndex((t) => answerStarts('nl', 'ownQuestions.anonymity').some((start) => t.startsWith(start)));
    expect([judged, anonymous].sort()).toEqual([0, 1]);
    expect(lead[judged]).toContain(
      catalog.t('nl', 'ownQuestionsShort.is_it_trafficking.fits', { form: catalog.t('nl', 'formNames.labour_exploitation') }),
    );
  });
});

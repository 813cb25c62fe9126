/**
 * 112 as a counsellor names it: when danger is read or told, in the turn right after it ("is the
 * danger still there?"), and later only while the citizen goes on about the danger. Not as a
 * routine line on calm turns, not after the citizen said no one is in danger now, and not in the
 * answer to a police question when no danger was told. Through the real bot and dialogs; danger
 * from the real screen, the recognizer a double.
 */
import { testScreen } from '../../support/screen';
import { catalog, createTestBot, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import type { HandoffService } from '../../../src/handoff/service';

const screen = testScreen();
/** Acute: a threat with a weapon, tonight. */
const BAT = 'Hij zwaait met een honkbalknuppel en roept dat hij mijn nicht vannacht komt halen';
/** Calm: a question about reporting without a name. */
const ANONYMOUS = 'kan ik het doorgeven zonder dat mijn naam erbij staat?';
/** Going on about the danger: the police are awaited. */
const POLICE_AWAITED = 'de agenten zijn er nog steeds niet';
/** Says the person is safe now. */
const SAFE_NOW = 'ze is nu veilig bij haar oma, daar kan hij niet komen';

beforeAll(() => {
  expect(screen.assess(BAT).level).toBe('acute');
  expect(screen.assess(ANONYMOUS).level).toBe('none');
  expect(screen.assess('oke').level).toBe('none');
  expect(screen.assess(SAFE_NOW).level).toBe('none');
  expect(screen.assess(SAFE_NOW).reasons.some((r) => r === 'distance.safe_now' || r === 'distance.denied')).toBe(true);
});

describe('the turns after danger was read', () => {
  it('a calm question two turns on gets its answer without 112', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    expect((await say(adapter, BAT)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, 'oke')).all).toMatch(/\b112\b/);
    const calm = await say(adapter, ANONYMOUS);
    expect(calm.all).toMatch(/anoniem/i);
    expect(calm.all).not.toMatch(/\b112\b/);
  });

  it('a citizen who goes on about the police or the danger still reads 112', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    await say(adapter, 'oke');
    expect((await say(adapter, POLICE_AWAITED)).all).toMatch(/\b112\b/);
  });

  it('"weet ik niet" to "is the danger still there?" keeps 112 named', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    expect((await say(adapter, 'hmm')).all).toMatch(/Is het gevaar er nog\?/);
    expect((await say(adapter, 'geen idee')).all).toMatch(/\b112\b/);
  });

  it('"nee" to "is the danger still there?" takes 112 out of view', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    expect((await say(adapter, 'hmm')).all).toMatch(/Is het gevaar er nog\?/);
    expect((await say(adapter, 'nee hoor')).all).not.toMatch(/\b112\b/);
    expect((await say(adapter, 'hmm')).all).not.toMatch(/\b112\b/);
  });

  it('a message that says the person is safe now gets no "is the danger still there?"', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    const safe = await say(adapter, SAFE_NOW);
    expect(safe.all).not.toMatch(/Is het gevaar er nog\?/);
    expect(safe.all).not.toMatch(/\b112\b/);
  });

  it('"nee, nu niet" in the citizen\'s own words gets no "is the danger still there?" either', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    const denied = await say(adapter, 'nee nu niet meer, hij is met zijn auto weggereden');
    expect(denied.all).not.toMatch(/Is het gevaar er nog\?/);
    expect((await say(adapter, 'hmm')).all).not.toMatch(/\b112\b/);
  });

  it('thoughts of suicide: 113 at once, not again at a calm "oke" or a question of anonymity after it (calm23)', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, 'Over mij');
    expect((await say(adapter, 'ik zie het niet meer zitten, ik wil dood')).all).toMatch(/0800-0113|\b113\b/);
    await say(adapter, 'oke');
    expect((await say(adapter, ANONYMOUS)).all).not.toMatch(/0800-0113|\b113\b/);
  });
});

describe('a police question when no danger was told', () => {
  it('is answered with the police line, not with 112', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, 'Over iemand anders');
    await say(adapter, 'Mijn zwager werkt zeven dagen per week in een slachterij en krijgt bijna niets betaald');
    const asked = await say(adapter, 'moet ik hiermee naar het politiebureau?');
    expect(asked.all).toMatch(/0900-8844/);
    expect(asked.all).not.toMatch(/\b112\b/);
  });

  it('with danger in view still gets 112 now', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, BAT);
    expect((await say(adapter, 'moet ik nu de politie bellen?')).texts[0]).toMatch(/\b112\b/);
  });
});

describe('the closed counsellor desk', () => {
  const closed: Pick<HandoffService, 'request' | 'cancel' | 'isOpenNow'> = {
    request: async () => ({ kind: 'closed' }),
    cancel: async () => false,
    isOpenNow: () => false,
  };

  it('names 112 while the danger told is in view, not after "no one is in danger now"', async () => {
    const inView = createTestBot(labourStoryRecognizer, { queue: closed });
    await say(inView.adapter, BAT);
    expect((await say(inView.adapter, 'hulpverlener')).all).toContain(catalog.t('nl', 'handoff.closedDanger'));

    const denied = createTestBot(labourStoryRecognizer, { queue: closed });
    await say(denied.adapter, BAT);
    await say(denied.adapter, 'hmm');
    await say(denied.adapter, 'nee');
    const asked = await say(denied.adapter, 'hulpverlener');
    expect(asked.all).toContain(catalog.t('nl', 'handoff.closed'));
    expect(asked.all).not.toMatch(/\b112\b/);
  });
});

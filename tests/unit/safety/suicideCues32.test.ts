/**
 * Round 32 (ADR 0006): the words of suicidal thoughts the lexicons did not read, each beside a
 * counterpart with the same word that is not one, and what the screen does with thoughts of suicide
 * told away (the past, in care). Sentences written for this test (none is in the corpus or a tuning
 * set).
 */
import { testReader } from '../../support/reader';
import { acuteByOtherRoute, foundWhateverScore, SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const worded = (text: string) =>
  reader.readForDanger(text).situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated);

describe('suicidal thoughts in words the lexicons did not read before round 32', () => {
  it.each([
    ['Dutch, a clinician\'s "doodswensen"', 'De cliënt heeft sinds de opname weer doodswensen, zegt de arts.'],
    ['Swahili, not wanting to live', 'Kaka yangu ananiambia hataki kuishi tena, tajiri anamchukulia mshahara wote.'],
    ['Swahili, better I die', 'Nimechoka sana na kazi hii, bora nife tu.'],
    ['Swahili, killing oneself', 'Rafiki yangu alisema atajiua kama hawatamrudishia pasipoti.'],
    ['Polish, thinking of jumping into the water', 'Siedze przy rzece i mysle o tym zeby wskoczyc, nie mam juz sily.'],
    ['Polish, off a bridge', 'Chce skoczyc z mostu, szef zabral mi paszport.'],
    ['Dutch, jumping off somewhere', 'Als hij me weer naar die flat brengt, spring ik eraf.'],
  ])('are read as such: %s', (_kind, text) => {
    expect(worded(text)).toBe(true);
  });

  it.each([
    ['Polish, popping into a shop', 'Po pracy musze jeszcze wskoczyc do sklepu po chleb.'],
    ['Dutch, dropping by', 'Ik spring morgen even bij je langs met de papieren.'],
    ['Swahili, wanting to live here', 'Nataka kuishi hapa Uholanzi na kufanya kazi kwa haki.'],
  ])('their counterparts are not: %s', (_kind, text) => {
    expect(worded(text)).toBe(false);
  });
});

describe('thoughts of suicide told away (round 32)', () => {
  const screen = testScreen();
  const PAST =
    'Twee jaar geleden heb ik een zelfmoordpoging gedaan toen ik voor die man moest werken. Nu woon ik bij mijn zus en gaat het goed.';
  const NOW = 'ik wil niet meer leven, de baas heeft mijn paspoort en ik zie geen uitweg';

  it('the reading of a past attempt carries its reason, and no 113 at once', () => {
    const danger = screen.assess(PAST);
    expect(danger.suicidal).toBe(false);
    expect(danger.level).not.toBe('acute');
    expect(danger.reasons).toContain(SUICIDE_TOLD_AWAY);
  });

  it('thoughts of now and a story without them do not carry it', () => {
    const now = screen.assess(NOW);
    expect(now.suicidal).toBe(true);
    expect(now.reasons).not.toContain(SUICIDE_TOLD_AWAY);
    expect(screen.assess('Twee jaar geleden moest ik voor die man werken. Nu woon ik bij mijn zus.').reasons).not.toContain(
      SUICIDE_TOLD_AWAY,
    );
  });

  it('counts as found whatever the danger score (the floors and the pooled unsure point, training.ts)', () => {
    const noRoute = { suicidal: false, alarm: false, cry: false };
    expect(foundWhateverScore(reader.readForDanger(PAST), noRoute)).toBe(true);
    expect(foundWhateverScore(reader.readForDanger('Twee jaar geleden moest ik voor die man werken.'), noRoute)).toBe(false);
    const read = reader.readForDanger(NOW);
    const { bundle } = screen;
    const routes = acuteByOtherRoute(read, 0.9, bundle.thresholds.suicidal, bundle.vocabulary.danger, bundle.vocabulary.suicide);
    expect(foundWhateverScore(read, routes)).toBe(true);
  });
});

import { asksDangerQuestion, dangerSituations, distancedFromNow, saysNoDangerNow, tellsSafeNow } from '../../../src/triage/dangerQuestion';

const open = { safeTold: false, situationsBefore: [] };

describe('the danger question in the unsure band', () => {
  it('is asked about a reading with nothing that puts it out of the present', () => {
    expect(asksDangerQuestion(['model.unsure'], open)).toBe(true);
    expect(asksDangerQuestion(['model.unsure', 'situation.threat', 'distance.now'], open)).toBe(true);
  });

  it('not about a story told as past, hypothetical, general or in the news, unless it says "now" too', () => {
    for (const d of ['past', 'hypothetical', 'general', 'media', 'feared_consequence', 'not_urgent'])
      expect(distancedFromNow(['model.unsure', `distance.${d}`])).toBe(true);
    expect(distancedFromNow(['model.unsure', 'distance.past', 'distance.now'])).toBe(false);
    // What others tell may be happening now.
    expect(distancedFromNow(['model.unsure', 'distance.third_hand'])).toBe(false);
  });

  it('"safe now" or a denial answers it, "now" and all', () => {
    expect(distancedFromNow(['distance.safe_now', 'distance.now'])).toBe(true);
    expect(tellsSafeNow(['distance.denied'])).toBe(true);
    expect(tellsSafeNow(['distance.past'])).toBe(false);
  });

  it('after "no one is in danger now", only for a danger situation not named before', () => {
    const after = { safeTold: true, situationsBefore: ['threat'] };
    expect(asksDangerQuestion(['model.unsure'], after)).toBe(false);
    expect(asksDangerQuestion(['model.unsure', 'situation.threat'], after)).toBe(false);
    expect(asksDangerQuestion(['model.unsure', 'situation.confined'], after)).toBe(true);
    // The background of many stories (a passport, a debt) is no new danger.
    expect(asksDangerQuestion(['model.unsure', 'situation.documents', 'situation.payment'], after)).toBe(false);
  });

  it('reads the danger situations beyond the background', () => {
    expect(dangerSituations(['situation.documents', 'situation.weapon', 'distance.now', 'model.unsure'])).toEqual(['weapon']);
  });
});

describe('no danger now, as the bot and the dialog both read it (sentences written for this test)', () => {
  it('takes "no" with "not now" in the citizen words, whatever the screen read', () => {
    expect(saysNoDangerNow('nee, vanavond niet, hij komt pas zaterdag', { level: 'unsure', reasons: ['model.unsure'] })).toBe(true);
  });

  it('takes a calm message the screen reads as safe now, not one it reads as danger', () => {
    expect(saysNoDangerNow('ze is bij mij thuis, het gaat nu goed', { level: 'none', reasons: ['distance.safe_now'] })).toBe(true);
    expect(saysNoDangerNow('ze is weer bij hem', { level: 'unsure', reasons: ['distance.safe_now'] })).toBe(false);
    expect(saysNoDangerNow('hij houdt haar paspoort', { level: 'none', reasons: ['situation.documents_taken'] })).toBe(false);
  });
});

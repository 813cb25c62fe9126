/**
 * The frame of a suicidal thought read from its parts (round 24): who has the thought, not going on,
 * an ending, being gone, a burden, a farewell, a means and a plan. No part alone is a frame; giving
 * up that ends its sentence is, and so are two parts together around a wish.
 */
import { testReader } from '../../support/reader';
import { frameFeatures, framedSentences } from '../../../src/safety/suicideFrame';
import { FRAMED_SUICIDE, gatedSuicideScore } from '../../../src/safety/screen';

const reader = testReader();
const read = (text: string) => reader.readForDanger(text);
const framed = (text: string) => [...framedSentences(read(text).frames)];
const features = (text: string) => {
  const m = read(text);
  return frameFeatures(m.frames, m.distances);
};

describe('the frame of a suicidal thought', () => {
  it('makes every frame hit with one field order, cues and a being read as gone alike (round 32)', () => {
    const frames = read('ik wil gewoon niet meer bestaan. ik ben een last en ik heb een touw').frames;
    expect(frames.map((h) => h.concept)).toEqual(expect.arrayContaining(['gone', 'burden', 'means']));
    for (const hit of frames) expect(Object.keys(hit)).toEqual(['concept', 'start', 'end', 'sentence', 'negated', 'atEnd']);
    expect(read('de kat slaapt op de bank').frames).toEqual([]);
  });

  it('reads giving up at the end of a sentence, by the writer or someone whose words are passed on', () => {
    expect(framed('Mijn baas houdt mijn loon in. Zo kan ik niet verder.')).toEqual([1]);
    expect(framed('hij zegt dat hij niet meer verder wil')).toEqual([0]);
    expect(features('ik wil niet meer.')).toContain('fr:no_go_on+at_end');
  });

  it('does not read giving up on a job, a boss or a place as the frame', () => {
    expect(framed('ik wil niet meer naar die baas')).toEqual([]);
    expect(framed('ik ben het zat, ik stop met dit werk en ga terug naar huis')).toEqual([]);
    expect(features('ik wil niet meer naar die baas')).not.toContain('fr:no_go_on+at_end');
  });

  it('reads two parts around a wish together, across a sentence end', () => {
    expect(framed("I can't go on anymore. I left a letter for my mum.")).toEqual([0, 1]);
    expect(features("I can't go on anymore. I left a letter for my mum.")).toEqual(
      expect.arrayContaining(['fr:farewell+no_go_on', 'fr:frame2']),
    );
    expect(features('ik heb de pillen klaargelegd voor vannacht, dan is het eindelijk stil')).toEqual(
      expect.arrayContaining(['fr:ending+means', 'fr:ending+plan', 'fr:ending', 'fr:frame3']),
    );
  });

  it('reads no frame in a means or a plan alone, nor in figures of speech', () => {
    expect(framed('Ik rijd elke nacht over de brug met de vrachtwagen')).toEqual([]);
    expect(framed('I could kill him')).toEqual([]);
    expect(framed('dying to know what you think')).toEqual([]);
    expect(framed('my boss is a real pain in the end')).toEqual([]);
    expect(framed('today he said if I talk to anyone he will make me disappear')).toEqual([]);
    expect(framed('hij zei dat ze me laten verdwijnen als ik praat')).toEqual([]);
    expect(features('Ik rijd elke nacht over de brug met de vrachtwagen, morgen weer')).toEqual([]);
  });

  it('keeps a negated part apart and marks a part beside a distance', () => {
    expect(features('No, I am not a burden to anyone')).toContain('fr!:burden');
    expect(features('Tien jaar geleden wilde ik er een eind aan maken')).toEqual(expect.arrayContaining(['fr:ending', 'fr:ending+past']));
  });

  it('reads being negated as a wish or as "no longer" as being gone (round 26)', () => {
    expect(features('wtf iedereen gaat me haten. wil gewoon niet meer bestaan')).toEqual(
      expect.arrayContaining(['fr:gone', 'fr:gone+no_go_on', 'fr:frame2']),
    );
    expect(features('wil gewoon niet meer bestaan')).not.toContain('fr!:gone');
    expect(framed("I don't want to wake up")).toEqual([0]);
    expect(features("I don't want to wake up")).toEqual(expect.arrayContaining(['fr:gone+holder', 'fr:gone+at_end']));
    expect(framed('ik hoop dat ik morgen niet wakker word')).toEqual([0]);
    expect(features('i dont want to exist anymore')).toContain('fr:gone');
  });

  it('keeps a plain negation of being plain: no wish, no "no longer"', () => {
    expect(features('ik kon niet wakker worden voor de bus')).toEqual([]);
    expect(features('he is not alive, the police said')).toEqual([]);
    expect(features('ik wil niet verdwijnen')).toContain('fr!:gone');
    expect(features('ik wil niet verdwijnen')).not.toContain('fr:gone');
  });

  it('reads bearing it no longer in either word order, and "meer" after it as closing the clause', () => {
    expect(framed('die schuld wordt steeds hoger. dat trek ik echt niet')).toEqual([1]);
    expect(features('ik trek het niet meer')).toContain('fr:no_go_on+at_end');
    expect(features('ik trek het niet meer met die baas')).not.toContain('fr:no_go_on+at_end');
  });

  it('gives the frame features to the suicide model only', () => {
    const m = read('Zo kan ik niet verder.');
    expect(reader.features(m, 'danger').some((f) => f.startsWith('fr'))).toBe(false);
    expect(reader.suicideFeatures(m)).toContain('fr:no_go_on+at_end');
  });

  it("widens the suicide model's view of a worded thought by the sentences that tell its frame", () => {
    const m = read(
      'ik zie het niet meer zitten. de baas heeft onze paspoorten. de bus komt om vijf uur. het loon is te laag. ik heb vannacht de pillen klaargelegd, dan is het eindelijk stil. morgen weer vroeg op',
    );
    const view = reader.suicideView(m);
    expect(view.analysis.written).toContain('pillen');
    expect(view.analysis.written).not.toContain('bus');
  });

  it('reads a message with the frame alone whole', () => {
    const m = read(
      'ik kan echt niet meer. hij heeft mijn fotos. hij zegt dat hij ze stuurt. ik ben 14. ik heb al mijn pillen bij elkaar gelegd',
    );
    expect(
      framed('ik kan echt niet meer. hij heeft mijn fotos. hij zegt dat hij ze stuurt. ik ben 14. ik heb al mijn pillen bij elkaar gelegd'),
    ).toEqual([0]);
    expect(reader.suicideView(m)).toBe(m);
  });

  it('lets the suicide score count from FRAMED_SUICIDE where the frame is told without the words of suicide', () => {
    const framedOnly = read('Mijn baas houdt mijn loon in en de schuld wordt elke week groter. Zo kan ik niet verder.');
    expect(framedOnly.situations.filter((h) => h.concept.startsWith('suicide'))).toEqual([]);
    expect(gatedSuicideScore(framedOnly, FRAMED_SUICIDE)).toBe(FRAMED_SUICIDE);
    expect(gatedSuicideScore(framedOnly, FRAMED_SUICIDE - 0.01)).toBe(0);
    const plain = read('Mijn baas houdt mijn loon in en de schuld wordt elke week groter. Kan ik hem aangeven?');
    expect(gatedSuicideScore(plain, FRAMED_SUICIDE)).toBe(0);
  });
});

/**
 * The labelling rule for questions without a story (corpus/nlu/README.md, ADR 0006 round 28
 * form28; formSituations.ts `formOfQuestion`): a question keeps a form only when it tells an act of
 * that form or names the exploiter by the form's name; a boss, a job or a permit alone is `unknown`.
 * A question about signals (`ask_signals`) is `unknown` whatever form it names (form49,
 * `labelledFormOf`): the form it asks about is `askedForm`, not a fact of a situation.
 * The sentences of the first tests were written for them, in no corpus or tuning file; the last
 * test holds every corpus file to the rule, so a new file cannot bring the old labelling back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadLabelledFile } from '../../../src/nlu/corpus';
import { formOfQuestion, labelledFormOf } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';

const reader = testReader();
const formOf = (labelled: string, text: string): string => formOfQuestion(labelled, reader.readFully(text));

describe('formOfQuestion', () => {
  it.each([
    ['labour_exploitation', 'als ik mijn werkgever aangeef, ben ik dan mijn verblijfsvergunning kwijt?'],
    ['labour_exploitation', 'if i tell about my boss, will he find out it was me?'],
    ['sexual_exploitation', 'will the police arrest the girls too if they go there?'],
    ['criminal_exploitation', 'krijg ik zelf straf als ik heb meegedaan?'],
  ])('gives `unknown` to a question that tells no act of its form (%s): %s', (labelled, text) => {
    expect(formOf(labelled, text)).toBe('unknown');
  });

  it.each([
    ['criminal_exploitation', 'als een jongen gedwongen drugs moet verkopen, krijgt hij dan zelf een strafblad?'],
    ['criminal_exploitation', 'if my brother was forced to deal, will he go to prison?'],
    ['organ_removal', 'is it a crime for the seller if someone sells a kidney to pay a debt?'],
    ['labour_exploitation', 'raak ik mijn kamer kwijt als ik de baas meld? het huis is van het uitzendbureau'],
    ['sexual_exploitation', 'wat doet de politie met een melding over een loverboy?'],
  ])('keeps the form a question tells by its act or names (%s): %s', (labelled, text) => {
    expect(formOf(labelled, text)).toBe(labelled);
  });

  it.each([
    'als ik klacht doe bij de vakbond over mijn contract, ben ik dan mijn werk kwijt?',
    'can my employer see it if i ask you about my work permit?',
    'ik werk in een bakkerij, mag ik anoniem iets vragen?',
    'if the restaurant gets closed after a report, where do the cooks go?',
  ])('gives `unknown` to a question whose only labour words are a job, its terms or a boss (form47): %s', (text) => {
    expect(formOf('labour_exploitation', text)).toBe('unknown');
  });

  it.each([
    'kan iemand die gedwongen heeft gewerkt in een fabriek zijn verblijfsvergunning houden?',
    'if someone was made to work without pay on a boat, do they get a lawyer?',
    'als een schoonmaakbedrijf mensen uitbuit en ik meld het, ben ik dan zelf strafbaar?',
    'raak ik mijn baan kwijt als ik het meld? mijn kamer is van hen',
  ])('keeps labour where the question names forced or exploited work or a bed tied to it (form47): %s', (text) => {
    expect(formOf('labour_exploitation', text)).toBe('labour_exploitation');
  });

  it('keeps the work told in a message that asks nothing (a story misread as a greeting or a goodbye)', () => {
    expect(formOf('labour_exploitation', 'hallo. mijn broer werkte twee jaar in een fabriek zonder loon')).toBe('labour_exploitation');
  });

  it('does not read exploitation alone, without any work, as labour', () => {
    expect(formOf('labour_exploitation', 'wat gebeurt er na een melding van uitbuiting?')).toBe('unknown');
  });

  it('keeps `unknown` and never gives a form the label did not have', () => {
    expect(formOf('unknown', 'if a boy is forced to deal, will he go to prison?')).toBe('unknown');
    expect(formOf('labour_exploitation', 'if a boy is forced to deal, will he go to prison?')).toBe('unknown');
  });
});

describe('labelledFormOf (form49)', () => {
  it('gives a question about signals `unknown` whatever form it names, and keeps a story its form', () => {
    const read = (text: string) => () => reader.readFully(text);
    expect(labelledFormOf({ intent: 'ask_signals', form: 'sexual_exploitation' }, read('hoe herken je een loverboy?'))).toBe('unknown');
    expect(labelledFormOf({ intent: 'ask_signals', form: 'organ_removal' }, read('is selling a kidney legal here?'))).toBe('unknown');
    expect(labelledFormOf({ intent: 'describe_concern', form: 'labour_exploitation' }, read('hij werkt 14 uur per dag in de kas'))).toBe(
      'labour_exploitation',
    );
  });

  it('holds the other questions without a story to the act or name they tell (form28)', () => {
    const read = (text: string) => () => reader.readFully(text);
    expect(
      labelledFormOf({ intent: 'ask_police', form: 'sexual_exploitation' }, read('wat doet de politie met een melding over een loverboy?')),
    ).toBe('sexual_exploitation');
    expect(
      labelledFormOf({ intent: 'ask_consequences', form: 'labour_exploitation' }, read('if i tell about my boss, will he find out?')),
    ).toBe('unknown');
  });
});

describe('the corpus follows the rule', () => {
  const dir = path.resolve(__dirname, '..', '..', '..', 'corpus', 'nlu');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();

  it('gives a question without a story a form only when it tells the form, and a question about signals none', () => {
    const against = files.flatMap((f) =>
      loadLabelledFile(path.join(dir, f))
        .filter((m) => m.form !== labelledFormOf(m, () => reader.readFully(m.text)))
        .map((m) => `${f} ${m.id}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(against).toEqual([]);
  });

  it('keeps the form a relabelled question asked about as `askedForm`, and only on questions whose form is unknown', () => {
    const lines = files.flatMap((f) => loadLabelledFile(path.join(dir, f)));
    const asked = lines.filter((m) => m.askedForm !== undefined);
    expect(asked.length).toBeGreaterThan(400);
    expect(asked.filter((m) => m.form !== 'unknown' || m.intent === 'describe_concern')).toEqual([]);
  });
});

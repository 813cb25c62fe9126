/**
 * The form of a story comes from what the person is made to do and who profits, also when it is
 * told by someone else, in the past or in broken English; a story that tells only the people around
 * someone (a husband who keeps the passport, a man who waits outside) stays `unknown` and the bot
 * asks (corpus/nlu/dev-forms-8.jsonl, ADR 0006 round 20). Sentences written for this test, in no
 * corpus or tuning file.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { FORM_FAMILY, type FormFamily } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';
import type { Form } from '../../../src/nlu/recognizer';

const local = createLocalRecognizer();

const STORIES: readonly [string, Form, string][] = [
  [
    'criminal, third person (en)',
    'criminal_exploitation',
    "My neighbour's son, he is 16, has to ride to Den Bosch every Saturday with a sports bag for two older boys and he gets 40 euro. Last week he lost one and now they say he owes them 1500.",
  ],
  [
    'labour, past, third person (en)',
    'labour_exploitation',
    'Last year my cousin worked on a mushroom farm near Venlo, twelve hours a day, and the agency took the rent for a bunk bed and the bus from her pay, so she ended with almost nothing.',
  ],
  [
    'labour, broken English',
    'labour_exploitation',
    'me and 6 other man work in greenhouse, boss keep our passports and pay us 3 euro hour, we sleep in container behind greenhouse',
  ],
  [
    'sexual, third person (en)',
    'sexual_exploitation',
    'My friend from Romania was brought here by a guy who said she would work in a bar. Now he puts her ads online, men come to the flat every night and he takes all the money she makes.',
  ],
  [
    'sexual, broken English',
    'sexual_exploitation',
    'the man who bring me here say i must sleep with men in the apartment and give him the money, if not he hurt my little brother at home',
  ],
  [
    'sexual, past, third person (nl)',
    'sexual_exploitation',
    'Mijn zus van 19 moest van haar vriend met andere mannen naar bed in een flat in Rotterdam, hij hield al het geld. Ze is vorige maand bij hem weggegaan.',
  ],
  [
    'criminal, third person (nl)',
    'criminal_exploitation',
    'Mijn neef van 15 moet van jongens uit de wijk pakketjes naar Utrecht brengen met de trein, en als hij weigert zeggen ze dat hij nog geld schuldig is.',
  ],
  [
    'labour, past, third person (nl)',
    'labour_exploitation',
    'Mijn vader werkte twee jaar in een slachterij in Oss, het uitzendbureau hield zijn paspoort en trok de huur en het busje van zijn loon af.',
  ],
  [
    'labour, broken Dutch',
    'labour_exploitation',
    'ik werk in de kas van zes uur tot tien uur, baas houdt paspoort en betaal maar 4 euro per uur, wij slapen in caravan op het terrein',
  ],
];

const NOTHING_MADE_TO_DO: readonly [string, string][] = [
  [
    'a husband who keeps the passport (en)',
    "My sister's husband keeps her passport and does not let her call us without him listening. She sounds frightened every time.",
  ],
  [
    'a man who waits outside and a debt, no work or clients told (en)',
    'A woman at my work showed up with a swollen face today, a man waits for her outside every evening and keeps her phone. She told me she is still paying something off.',
  ],
  [
    'an ex who keeps the passport over a debt (nl)',
    'Een vriendin van mij is bang voor haar ex, hij zegt dat ze hem nog geld schuldig is en hij heeft haar paspoort nog. Ze durft niet naar huis.',
  ],
];

describe('the form read from what the person is made to do', () => {
  it.each(STORIES)('%s', async (_kind, form, text) => {
    const reading = await local.interpret(text);
    expect(reading.intent).toBe('describe_concern');
    expect(reading.form).toBe(form);
  });

  it.each(NOTHING_MADE_TO_DO)('stays unknown: %s', async (_kind, text) => {
    const reading = await local.interpret(text);
    expect(reading.intent).toBe('describe_concern');
    expect(reading.form).toBe('unknown');
  });
});

/** What the person is made to do, told by the errand or the round rather than by a named crime or sex work. */
const ACTS: readonly [string, FormFamily][] = [
  ['i clean for a family in Wassenaar since april', 'labour'],
  ['he takes my phone after every client', 'sexual'],
  ['she has to bring in 400 every night', 'sexual'],
  ['he hit me because i didnt make enough', 'sexual'],
  ['he posted my pictures online and men message me', 'sexual'],
  ['my nephew sells for some guys in the park', 'criminal'],
  ['they make me keep their stuff under my bed', 'criminal'],
  ['tonight i must pick up another package in Utrecht', 'criminal'],
  ['a guy asked her to open an account for 500 euro', 'criminal'],
];

describe('the acts the form lexicon reads', () => {
  const reader = testReader();
  const families = (text: string) =>
    new Set(
      reader
        .readFully(text)
        .forms.filter((h) => !h.negated)
        .map((h) => FORM_FAMILY[h.concept]),
    );

  it.each(ACTS)('%s: %s', (text, family) => {
    expect(families(text)).toContain(family);
  });

  it('reads no act in a figure of speech or a wage', () => {
    expect(families("I can't deal with this anymore")).toEqual(new Set());
    expect(families('i make 300 a week at the farm')).not.toContain('sexual');
  });
});

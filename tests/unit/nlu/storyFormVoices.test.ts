/**
 * The form of exploitation read from stories told in many voices (forms21): third person, the past,
 * broken English, long stories with several signs, and stories in the languages labour migrants
 * write in, where Arabic writes the article onto the noun ("المخدرات") and Persian is often typed in
 * Latin letters. A story gets a form only when it tells what the person is made to do; a vague worry
 * stays `unknown`. Every sentence here was written for this test; none is a corpus or tuning line.
 */
import { createLocalRecognizer, type LocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { FORM_LEXICON } from '../../../src/nlu/model/formSituations';
import { analyseText } from '../../../src/nlu/text/analyse';
import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { testScreen } from '../../support/screen';

let recognizer: LocalRecognizer;

beforeAll(() => {
  recognizer = createLocalRecognizer({ screen: testScreen() });
});

const forms = new ConceptMatcher(FORM_LEXICON);
const concepts = (text: string) => new Set(forms.find(analyseText(text)).map((h) => h.concept));

describe('what is made to be done, in the other languages', () => {
  it.each([
    ['Arabic, the article on the noun', 'يجبرون ابن عمي على نقل المخدرات بالسيارة', 'crime_acts'],
    ['Arabic, the article on the workplace', 'زوجي يشتغل في المصنع بدون عقد', 'work_place'],
    ['Arabic, pay with a pronoun', 'لم أستلم راتبي منذ ثلاثة أشهر', 'work_terms'],
    ['Persian in Latin letters, work', 'baradaram dar karkhana kar mikone', 'work_place'],
    ['Persian in Latin letters, pay', 'sahebkar be ma pool nemide', 'work_terms'],
    ['Persian, sent to other men', 'او مرا پیش مردهای دیگر می فرستد', 'sex_place'],
    ['Bulgarian in Latin letters, the street', 'toy me kara da stoya na ulitsata vsyaka nosht', 'sex_place'],
    ['Somali, no pay', 'walaalkay lacag ma helin saddex bilood', 'work_terms'],
    ['Vietnamese, a house of plants', 'em bi nhot trong nha trong cay o Brabant', 'crime_acts'],
  ])('%s', (_, text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  it('leaves the words of a calm everyday message alone', () => {
    expect(concepts('شكرا جزيلا على المساعدة، إلى اللقاء')).toEqual(new Set());
    expect(concepts('salam, man az Afghanistan hastam va mikhaham sohbat konam')).toEqual(new Set());
  });
});

describe('a story whose form is told (model)', () => {
  it.each([
    [
      'en',
      'Third person, past',
      'Last winter my brother-in-law worked on a building site near Almere for a gangmaster who kept his ID, paid him four euro an hour and made him sleep in a container with seven other men.',
      'labour_exploitation',
    ],
    [
      'en',
      'broken English',
      'my friend she is here 3 month, the man who bring her put photo on website and every night she must go to hotel with the men who call, all money she give to him',
      'sexual_exploitation',
    ],
    [
      'en',
      'a long story with several signs',
      'Sorry, this is long. My nephew is 15 and lives with his mum in Zaandam. Since spring he has had new clothes and a second phone, he skips school, and on Friday he told me two older boys make him take packages of weed to addresses on his bike and that he owes them 800 euro because one bag was stolen.',
      'criminal_exploitation',
    ],
    [
      'nl',
      'derde persoon, verleden',
      'Vorig jaar moest mijn neef in een champignonkwekerij in Limburg twaalf uur per dag plukken, het uitzendbureau hield zijn paspoort en trok de huur voor een bed van zijn loon af.',
      'labour_exploitation',
    ],
    [
      'nl',
      'een lang verhaal',
      'Het is een lang verhaal. Mijn vriendin van 20 kreeg een vriend die alles voor haar betaalde, daarna zei hij dat ze een schuld had. Nu zet hij advertenties van haar online en stuurt hij mannen naar haar kamer, het geld moet ze aan hem geven.',
      'sexual_exploitation',
    ],
    [
      'nl',
      'een leerling',
      'Een leerling van mij, 14, vertelde dat oudere jongens hem betalen om drugs te verkopen bij het station en dat hij zijn bankpas aan hen heeft gegeven.',
      'criminal_exploitation',
    ],
  ] as const)('%s, %s', async (locale, _, text, form) => {
    const r = await recognizer.recognize(text, locale);
    expect(r).toMatchObject({ intent: 'describe_concern', form });
  });

  it('in Arabic, with the article written onto the drugs', async () => {
    const r = await recognizer.recognize(
      'مرحبا، ابن أختي عمره 16 سنة، شباب كبار يجبرونه على توصيل المخدرات في الليل ويقولون إنه مدين لهم',
      'nl',
    );
    expect(r).toMatchObject({ intent: 'describe_concern', form: 'criminal_exploitation' });
  });

  it('in Persian typed in Latin letters, told in the past', async () => {
    // The form only: the intent model still reads this story as a greeting from its first word
    // "salam" (ADR 0006, round 21, not reached).
    const r = await recognizer.recognize(
      'salam. baradaram do sal pish dar karkhana-ye ajor kar mikard, pool namedadan va pasportesh ra gerefte budan. alan dar Holland ast.',
      'nl',
    );
    expect(r.form).toBe('labour_exploitation');
  });
});

describe('a vague worry stays unknown (model)', () => {
  it.each([
    [
      'en',
      'the family that moved in next door worries me, the young woman looks so sad and never goes out without her husband, but nothing concrete',
    ],
    [
      'en',
      "a colleague of mine seems scared all the time lately and won't say why, she jumps when her phone rings, I just have a bad feeling about it",
    ],
    ['nl', 'er klopt iets niet bij de nieuwe buren, de gordijnen zijn altijd dicht en er komen laat auto’s, maar ik weet verder niks'],
  ] as const)('%s: %p', async (locale, text) => {
    const r = await recognizer.recognize(text, locale);
    expect(r).toMatchObject({ intent: 'describe_concern', form: 'unknown' });
  });
});

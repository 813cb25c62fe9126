/**
 * Concepts read in the scripts without spaces (round 47): Chinese, Japanese and Thai letters are
 * tokens of their own (safety/normalise.ts), and the concept lexicons' phrases in them are split
 * alike, so a phrase meets a sentence wherever it stands in it.
 */
import { analyseText } from '../../../src/nlu/text/analyse';
import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { OTHER_LANGUAGE_LEXICON } from '../../../src/nlu/text/otherLanguageConcepts';
import { SafetyScreen } from '../../../src/safety/screen';

const matcher = new ConceptMatcher(OTHER_LANGUAGE_LEXICON);
const concepts = (text: string) => new Set(matcher.find(analyseText(text)).map((h) => h.concept));

describe('concepts in Chinese, Japanese and Thai', () => {
  it('reads the work, the pay and the boss of a Chinese labour story', () => {
    const found = concepts('我在餐馆厨房干活三年了，老板说我还欠他两万欧，每天干十四个小时，没有工资。');
    for (const c of ['work_kind', 'boss', 'pay', 'pay_kept', 'hours'] as const) expect(found).toContain(c);
  });

  it('reads sex work and its clients, in simplified and traditional letters', () => {
    expect(concepts('老板让她陪客人喝酒')).toEqual(new Set(['boss', 'sex_work', 'clients']));
    expect(concepts('老闆逼她賣淫')).toEqual(new Set(['boss', 'sex_work']));
  });

  it("reads the citizen's own questions", () => {
    expect(concepts('警察会来吗？')).toContain('police');
    expect(concepts('这是人口贩卖吗？')).toContain('is_it');
    expect(concepts('ตำรวจจะมาไหม')).toContain('police');
    expect(concepts('これは人身売買ですか？')).toContain('is_it');
  });

  it('finds no concept in a calm everyday sentence', () => {
    expect(concepts('今天天气很好，我们去公园散步。')).toEqual(new Set());
  });
});

describe('is this trafficking, in the other languages', () => {
  it.each([
    'Czy to jest handel ludźmi?',
    'Este trafic de persoane?',
    'Це торгівля людьми?',
    'Bu insan ticareti mi?',
    '¿Esto es trata de personas?',
    'Ez emberkereskedelem?',
    'هل هذا اتجار بالبشر؟',
    'Đây có phải là buôn người không?',
  ])('%s', (text) => {
    expect(concepts(text)).toContain('is_it');
  });
});

describe('the danger screen in Chinese, Japanese, Thai and Korean', () => {
  const screen = new SafetyScreen();

  it.each(['我不想活了', '我想自杀', '我真的受不了了，今天晚上我想从楼顶跳下去', '私は死にたい', 'ฉันอยากตาย', '죽고 싶어요'])(
    'reads a wish to die: %s',
    (text) => {
      const danger = screen.assess(text);
      expect(danger.suicidal).toBe(true);
      expect(danger.level).toBe('acute');
    },
  );

  it('reads a threat now with a cry for help as acute', () => {
    const danger = screen.assess('他现在就在门外，他要杀我，救命');
    expect(danger.level).toBe('acute');
    expect(danger.reasons).toEqual(expect.arrayContaining(['situation.threat', 'situation.call_for_help']));
  });

  it('reads papers taken as the situation it is', () => {
    expect(screen.assess('我的护照被老板拿走了').reasons).toEqual(expect.arrayContaining(['situation.documents', 'situation.taken']));
  });

  it('gives no 112 at once to a calm question', () => {
    const danger = screen.assess('你好，我想问一下怎么举报');
    expect(danger.level).not.toBe('acute');
    expect(danger.suicidal).toBe(false);
  });
});

import { normaliseText, plainWords } from '../../../src/safety/normalise';
import { cue, keyOf } from '../../../src/triage/cuePattern';
import { cuedTopics } from '../../../src/triage/questionCues';

/** A cue as it was built before keys: word edges and letters as Unicode property classes, on the text itself. */
function propertyCue(source: string, flags = 'u'): RegExp {
  const body = normaliseText(source).replace(/\\b/g, '').replace(/\\w/g, '[\\p{L}\\p{N}]');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

const SOURCES = [
  String.raw`politie|police|полиц\w*|شرطة|policj\w*`,
  String.raw`(?:wil|willen) (?:\w+ )?(?:niet|geen) (?:naar )?(?:de )?politie`,
  String.raw`dług\w*|d[iı]s[iı]|borc\w*`,
  String.raw`(?:ياخذ|يأخذ)\w* (?:\S+ ){0,2}(?:اطفال|أطفال)\w*`,
  String.raw`^(?:\w+ )?iemand$|(?:\w+ ){0,3}weet`,
  String.raw`ik wil (?:liever )?niet dat|i (?:don'?t|do not) want`,
  String.raw`ትግርኛ|tigrinya`,
];

/** Sentences in Dutch, English and other scripts, with letters of scripts no cue names, also beyond the BMP. */
const SENTENCES = [
  'ik wil niet naar de politie',
  'Ik wil echt niet dat mijn baas het weet',
  "i don't want the police",
  'czy policja się dowie? mam długi',
  'что будет если я позвоню в полицию',
  'бо я не знаю, чи поліція прийде',
  'هل ستأتي الشرطة؟',
  'سوف ياخذ مني اطفالي',
  'borcum var, sınır dışı edilir miyim?',
  'politie警察 weet',
  '警察politie',
  'αpolitie and politieω',
  'iemand',
  '漢 iemand',
  '𠀀 iemand',
  'iemand 𠀀',
  'politie𝒜 𝒜politie 𝒜 politie',
  'ik wil 漢字 niet dat',
  'ik wil 𠀀 niet dat, i do not want',
  'ĸ politie ĸ iemand',
  'ትግርኛ ትግርኛ tigrinya',
  'שלום police שלום',
  'नमस्ते weet',
  '',
];

describe('cue patterns tested on keys', () => {
  it('match where the property-class patterns match, in every script', () => {
    for (const source of SOURCES) {
      const before = propertyCue(source);
      const now = cue(source);
      for (const sentence of SENTENCES) {
        for (const text of [sentence, plainWords(sentence)]) {
          expect([source, text, now.test(text)]).toEqual([source, text, before.test(text)]);
        }
      }
    }
  });

  it('read only the start of the text when asked to, as a pattern anchored there', () => {
    const before = new RegExp(String.raw`^(?:(?:en|and) )*(?:wat|kan|czy|чи)(?![\p{L}\p{N}])`, 'u');
    const now = cue(String.raw`(?:(?:en|and) )*(?:wat|kan|czy|чи)`, { atStart: true });
    for (const text of [
      ...SENTENCES.map(plainWords),
      'wat nu',
      'en wat dan',
      'watte',
      'wat',
      'czy moge',
      'чи можу',
      'ik weet wat',
      'kan漢 ik',
      'kan 漢',
    ]) {
      expect([text, now.test(text)]).toEqual([text, before.test(text)]);
    }
  });

  it('replace the same stretches of the text itself', () => {
    for (const source of SOURCES) {
      const before = propertyCue(source, 'gu');
      const now = cue(source);
      for (const sentence of SENTENCES) {
        const text = plainWords(sentence);
        expect(now.replace(text, ' ')).toBe(text.replace(before, ' '));
      }
    }
    expect(cue('politie').replace('politie 漢 politie𠀀 politie', '_')).toBe('_ 漢 politie𠀀 _');
  });

  it('keep the text in its key: same length, each character in its place', () => {
    for (const sentence of SENTENCES) {
      const key = keyOf(sentence);
      expect(key).toHaveLength(sentence.length);
      expect([...key]).toHaveLength([...sentence].length);
    }
    expect(keyOf('gewoon ascii')).toBe('gewoon ascii');
    expect(keyOf('politie 警察 ł я ش')).toBe('politie ĸĸ ł я ش');
  });

  it('refuse a cue that names a letter of a script the keys do not keep', () => {
    expect(() => cue('警察')).toThrow(/outside the kept scripts/);
    expect(() => cue('ĸ')).toThrow(/stand-in/);
  });

  it('give the question cues their topics in other scripts', () => {
    expect(cuedTopics('что будет если я позвоню в полицию?')).toEqual(['after_report', 'police']);
    expect(cuedTopics('警察 wat gebeurt er als ik de politie bel?')).toEqual(cuedTopics('wat gebeurt er als ik de politie bel?'));
  });
});

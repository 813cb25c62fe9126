/**
 * Questions in a language the bot does not chat in: the topic is found by the question's form and
 * the topic words of that language, so it can be answered in English and Dutch. The sentences here
 * are written for this test (not taken from a tuning set).
 */
import { plainWords } from '../../../src/triage/questionCues';
import { asksInAnyLanguage, otherLanguageQuestions, stems } from '../../../src/triage/otherLanguageQuestions';

describe('questions in other languages', () => {
  it('finds the police, the report and a consequence asked in one message', () => {
    expect(otherLanguageQuestions('Jeśli pójdę na policję, czy stracę pozwolenie na pobyt?')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
    expect(otherLanguageQuestions('Dacă merg la poliție, mă trimit înapoi acasă? Nu am permis de ședere.')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
    expect(otherLanguageQuestions('Polise şikayet edersem oturum iznimi kaybeder miyim?')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
  });

  it('finds anonymity asked as a name, an identity or being found out', () => {
    expect(otherLanguageQuestions("Чи треба мені давати своє прізвище та ім'я?")).toContain('anonymity');
    expect(otherLanguageQuestions('¿Mi jefe sabrá que fui yo quien llamó?')).toContain('anonymity');
    expect(otherLanguageQuestions('Megtudja a főnököm, hogy én voltam?')).toContain('anonymity');
    expect(otherLanguageQuestions('هل يمكن أن أبلغ بدون اسم؟')).toContain('anonymity');
  });

  it('reads scripts without spaces and with joined words (Thai, Tigrinya, Arabic)', () => {
    expect(otherLanguageQuestions('ถ้าฉันแจ้งตำรวจ ฉันจะถูกส่งกลับไหม')).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(otherLanguageQuestions('ናብ ፖሊስ እንተኸይደ ጸገም ክረክብ ድየ?')).toContain('police');
    expect(otherLanguageQuestions('هل ستتأثر إقامتي إذا تكلمت مع الشرطة؟')).toEqual(expect.arrayContaining(['police', 'consequences']));
  });

  it('hears a request for an interpreter or someone who speaks the language', () => {
    expect(otherLanguageQuestions('Czy jest tłumacz?')).toContain('counsellor');
    expect(otherLanguageQuestions('มีล่ามไหม')).toContain('counsellor');
  });

  it('takes danger for the family as a consequence only beside going to the police or reporting', () => {
    expect(otherLanguageQuestions('Si denuncio, ¿mi familia estará en peligro?')).toContain('consequences');
    expect(otherLanguageQuestions('¿Mi hermana está en peligro ahora?')).not.toContain('consequences');
  });

  it('answers no topic for a story that asks nothing', () => {
    expect(asksInAnyLanguage('Pracuję w szklarni od marca, szef zabrał mój paszport.')).toBe(false);
    expect(otherLanguageQuestions('Pracuję w szklarni od marca, szef zabrał mój paszport.')).toEqual([]);
    expect(otherLanguageQuestions('Lucrez la o fermă de ciuperci lângă Horst, de patru luni.')).toEqual([]);
  });

  it('knows question particles and conditions without a question mark', () => {
    expect(asksInAnyLanguage('czy to jest legalne')).toBe(true);
    expect(asksInAnyLanguage('bu normal mi')).toBe(true);
    expect(asksInAnyLanguage('ha elmegyek a rendőrségre')).toBe(true);
    expect(asksInAnyLanguage('Boję się, że mnie zwolnią')).toBe(true);
  });
});

describe('a list of stems as one matcher', () => {
  // Each stem alone, as the matcher once was built (one word-start check per stem): the first match
  // of the whole list must start where the earliest of these starts.
  function firstOfEach(list: string, text: string): number {
    const starts = list
      .split('|')
      .map((entry) => ({ word: plainWords(entry), whole: entry.endsWith('=') }))
      .filter(({ word }) => word !== '')
      .map(({ word, whole }) => {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const joined = /[\p{Script=Thai}\p{Script=Han}\p{Script=Arabic}]/u.test(word);
        const pattern = joined ? escaped : `(?<![\\p{L}\\p{N}])${escaped}${whole ? '(?![\\p{L}\\p{N}])' : ''}`;
        return new RegExp(pattern, 'u').exec(text)?.index ?? -1;
      })
      .filter((index) => index >= 0);
    return starts.length === 0 ? -1 : Math.min(...starts);
  }

  const list = 'polic|polis|ha=|si=|ถ้า|如果|شرطة|karta pobytu|lapor';
  it.each([
    'ha a rendőrség megtudja',
    'hajó a kikötőben',
    'ถ้าฉันไปแจ้งตำรวจ',
    'si je vais à la police',
    'ik ben bij de politie geweest',
    'apolicja nie',
    'moja karta pobytu wygasła, czy policja',
    'اذا ذهبت الى الشرطة',
    'melapor ke polisi',
    'nothing here',
  ])('%p: found where its earliest stem starts', (text) => {
    const plain = plainWords(text);
    expect(stems(list).exec(plain)?.index ?? -1).toBe(firstOfEach(list, plain));
  });
});

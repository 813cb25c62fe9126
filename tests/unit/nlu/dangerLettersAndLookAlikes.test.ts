/**
 * The danger reading of the other languages whatever letters the writer types (src/nlu/text/
 * foldLetters.ts: "ı" and "ł" folded in the analysis and in the phrase words alike), and a short word
 * read by the message's language (model/reader.ts: Romanian "nu" is "not", not the Dutch "nu").
 * ADR 0006 round 26 (fold26). Sentences written for this test; none is a corpus or tuning line.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const situations = (text: string) =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept)
    .sort();
const distances = (text: string) => reader.readForDanger(text).distances.map((h) => h.concept);

describe('letters typed with and without their marks', () => {
  it.each([
    ['Turkish, cannot get out', 'kocam beni dövüyor, evden çıkamıyorum', 'kocam beni dovuyor, evden cikamiyorum', 'confined'],
    ['Turkish, locked in', 'patron kapıyı kilitledi, dışarı çıkamıyorum', 'patron kapiyi kilitledi, disari cikamiyorum', 'confined'],
    [
      'Turkish, no sense in life (a phrase written with "ı")',
      'hayatımın anlamı yok artık',
      'hayatimin anlami yok artik',
      'suicide_indirect',
    ],
    [
      'Polish, passports taken and beaten',
      'szef zabrał nam paszporty i pobił brata',
      'szef zabral nam paszporty i pobil brata',
      'violence',
    ],
    ['Vietnamese, beaten (a phrase written with "đ")', 'ông chủ đánh em mỗi ngày', 'ong chu danh em moi ngay', 'violence'],
  ])('%s', (_kind, marked, plain, concept) => {
    expect(situations(marked)).toEqual(situations(plain));
    expect(situations(marked)).toContain(concept);
  });

  it('leaves Dutch and English as they were', () => {
    expect(situations('ze hebben haar opgesloten en haar paspoort afgepakt')).toEqual(
      expect.arrayContaining(['confined', 'documents', 'taken']),
    );
    expect(situations('they locked me in and took my passport')).toEqual(expect.arrayContaining(['confined', 'documents']));
  });
});

describe('a short word read by the language of the message', () => {
  it('reads Romanian "nu" as "not", not as "now"', () => {
    expect(distances('seful nu ne plateste si ne bate')).not.toContain('now');
    expect(distances('seful nu ne plătește și ne bate')).not.toContain('now');
    expect(distances('nu pot iesi din casa, seful ne bate')).not.toContain('now');
    expect(situations('nu pot iesi din casa, seful ne bate')).toEqual(expect.arrayContaining(['confined', 'violence']));
  });

  it('reads Portuguese "nu" (naked) as no time either', () => {
    expect(distances('o patrão deixa ela nu no quarto e bate nela')).not.toContain('now');
  });

  it('keeps Dutch "nu" as now', () => {
    expect(distances('hij slaat haar nu')).toContain('now');
    expect(distances('ze is nu bij ons en veilig')).toEqual(expect.arrayContaining(['now', 'safe_now']));
    expect(distances('mijn buurvrouw is Roemeens, hij slaat haar nu')).toContain('now');
  });

  it('keeps a Dutch "now" of more than one word in any language', () => {
    expect(distances('nu net')).toContain('now');
  });
});

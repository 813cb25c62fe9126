import { Pseudonymiser } from '../../../src/anonymiser';
import { proposeAll, proposeCandidates } from '../../../src/anonymiser/detect';
import { RunMemo, activeMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { tokenize } from '../../../src/anonymiser/text';
import { capitalsAreNoise, tokenFacts } from '../../../src/anonymiser/detectors/names';

/**
 * Lines of our own with what a shared reading can get wrong: other scripts, emoji (surrogate
 * pairs), combining marks, curly apostrophes, digits and look-alikes, Title Case and capitals,
 * an empty line, and a line that comes twice.
 */
const LINES: readonly string[] = [
  'Hoi, ik ben Anna de Vries en woon op de Kerkstraat 12a, 3512 AB Utrecht.',
  'Mijn baas Dmitri Ivanov (Дмитрий Иванов) belt van +31 6 1234 5678 😡😡',
  'Ze heet Zoe\u0308 Martı\u0301nez en werkt bij Kwekerij Verhoef B.V. in ’s-Hertogenbosch.',
  'IBAN NL91 ABNA 0417 1643 00, kenteken 12-ABC-3 👍🏽 — mail piet.jansen at gmail dot com',
  'اسمي فاطمة وأعيش في أمستردام. 我叫李伟，住在鹿特丹。',
  'Ik Weet Het Niet Meer, HELP MIJ ALSTUBLIEFT',
  '',
  'Ze woont in Харків maar nu bij Jan in Best. BSN 1234567O2?',
  'Hoi, ik ben Anna de Vries en woon op de Kerkstraat 12a, 3512 AB Utrecht.',
  'Obrigado, a Maria mora na Rua das Flores 23 em Lisboa 🇵🇹, tel 912 345 678.',
];

describe('proposals read stage by stage (proposeAll)', () => {
  it('are those of each text read on its own, within a run and outside one', () => {
    const alone = LINES.map((text) => withMemo(new RunMemo(), () => proposeCandidates(text)));
    expect(withMemo(new RunMemo(), () => proposeAll(LINES))).toEqual(alone);
    expect(proposeAll(LINES)).toEqual(alone);
    // Some line must propose something, or the comparison proves nothing.
    expect(alone.filter((c) => c.length > 0).length).toBeGreaterThan(5);
  });

  it('mask a transcript given whole: the same text the same way, names and numbers replaced', () => {
    const whole = new Pseudonymiser().anonymiseConversation(LINES);
    expect(whole.map((r) => r.text)).toHaveLength(LINES.length);
    // The first and the repeated line are the same text and get the same placeholders.
    expect(whole[8]!.text).toBe(whole[0]!.text);
    expect(whole[0]!.text).not.toContain('Anna');
    expect(whole[1]!.text).not.toContain('Ivanov');
  });

  it('leave no text in the run’s memo after the call, and restore the tokens cache of the run', () => {
    const memo = new RunMemo();
    withMemo(memo, () => proposeAll(LINES));
    expect(memo.batchTokens).toBeUndefined();
    expect(activeMemo()).toBeUndefined();
  });
});

describe('the tokens of a batch', () => {
  it('have the offsets and folded keys of the tokens read without a run, on every line', () => {
    const memo = new RunMemo();
    memo.batchTokens = new Map();
    for (const text of LINES) {
      const plain = tokenize(text);
      const batched = withMemo(memo, () => tokenize(text));
      expect(batched).toEqual(plain);
      for (const t of batched) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    // Surrogate pairs and combining marks leave the offsets after them right.
    const zoe = tokenize(LINES[2]!).find((t) => t.text.startsWith('Zoe'));
    expect(zoe?.text).toBe('Zoe\u0308');
    expect(zoe?.key).toBe('zoe\u0308');
  });
});

describe('the single-text caches of a run', () => {
  it('put back give each text its own answers, as when it was read last', () => {
    const memo = new RunMemo();
    withMemo(memo, () => {
      const title = tokenize(LINES[5]!);
      const plain = tokenize(LINES[0]!);
      const noisy = capitalsAreNoise(title);
      const titleFacts = tokenFacts(title);
      const saved = memo.textCaches();
      expect(capitalsAreNoise(plain)).toBe(false);
      tokenFacts(plain);
      memo.restoreTextCaches(saved);
      expect(noisy).toBe(true);
      expect(memo.noiseOf).toBe(title);
      expect(memo.lastNoise).toBe(true);
      expect(memo.factsOfTokens).toBe(title);
      expect(memo.tokenFacts).toBe(titleFacts);
    });
  });
});

import type { Recognition, Recognizer, Signal } from '../../src/nlu/recognizer';

export type KeywordRule = [RegExp, Partial<Recognition> & { signals?: Signal[] }];

/**
 * A recognizer double for dialog tests: each rule whose pattern matches adds its intent, form and
 * signals, so a test pins the dialog logic rather than the language model (the real recognizer is
 * exercised end to end in tests/integration). Without a rule for it, a message is out of scope.
 */
export function keywordRecognizer(
  rules: readonly KeywordRule[],
  languageOf: (text: string) => Recognition['language'] = () => 'nl',
): Recognizer {
  return {
    name: 'keyword-double',
    async recognize(text) {
      const result: Recognition = {
        intent: 'out_of_scope',
        form: 'unknown',
        acuteDanger: false,
        signals: [],
        scores: { intent: 0.9, form: 0.9 },
        language: languageOf(text),
      };
      for (const [pattern, found] of rules) {
        if (!pattern.test(text)) continue;
        Object.assign(result, { ...found, form: found.form ?? result.form, signals: [...result.signals, ...(found.signals ?? [])] });
      }
      return result;
    },
  };
}

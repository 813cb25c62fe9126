import { SafetyScreen } from './src/safety/screen';
import { createLocalRecognizer } from './src/nlu/local/localRecognizer';
import { createUnderstander } from './src/understanding/understander';
const screen = new SafetyScreen();
const u = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
const texts = process.argv.slice(2);
(async () => {
  for (const t of texts) {
    const look = u.firstLook(t, { locale: 'en' });
    const r = await u.understand(t, look, { locale: 'en' });
    console.log(JSON.stringify({ danger: r.danger.level, form: r.form, signals: r.signals, facts: r.facts, q: r.questions }));
  }
})();

import { SafetyScreen } from './src/safety/screen';
const s = new SafetyScreen();
for (const t of process.argv.slice(2)) { const d = s.assess(t); console.log(d.level, d.score, d.reasons.join(','), t); }

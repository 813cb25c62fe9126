import { detectLanguageDetail } from '../src/nlu/language';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), JSON.stringify(detectLanguageDetail(t, 'nl')), JSON.stringify(detectLanguageDetail(t, 'en')));

import { SafetyScreen } from './src/safety/screen';
const s = new SafetyScreen();
const cases = process.argv.slice(2).length ? process.argv.slice(2) : [
 // acute without alarm words
 'mijn zus zit in een kamer boven de shoarmazaak, de deur gaat alleen van buiten open en ze hebben haar telefoon',
 'de voorman heeft net een stanleymes gepakt en staat bij de container waar wij slapen',
 'ze heeft al 2 dagen hoge koorts maar de baas zegt geen dokter tot ze haar schuld heeft afgewerkt',
 'mn nichtje van 14 wordt morgenochtend door haar oom naar het buitenland gebracht om te trouwen',
 'als ik zondag die 3000 euro niet heb gaan ze mijn broertje pakken',
 'om 2 uur appte mijn vriendin "kom me halen aub" en sindsdien staat haar telefoon uit',
 'everyone would be better off without me, i cant keep doing this',
 'the man took our passports and phones and the gate is locked at night, we cant get out',
 'my boss said tonight he will teach me a lesson if i dont bring the money',
 'zit in het busje, weet niet waar we heen gaan, ze hebben mijn tas afgepakt',
 // distance
 'vorig jaar zat ik opgesloten in een kelder, nu woon ik in een opvanghuis en gaat het goed',
 'in de serie op netflix werd een meisje met een mes bedreigd, komt dat echt voor?',
 'what happens if someone has their passport taken by an employer?',
 'my aunt was forced to work without pay in the 90s, she is fine now',
 'iemand vertelde dat er in die nagelsalon meisjes wonen, weet niet of het klopt',
 'ik maak een werkstuk over loverboys, hoe gaan ze te werk?',
 'ik werk al maanden 70 uur per week en krijg te weinig betaald, wat kan ik doen',
 'hoi', 'ok', 'dank je wel', 'ja', 'nee',
];
for (const t of cases) { const d = s.assess(t); console.log(d.level.padEnd(6), d.suicidal ? 'S' : ' ', d.score.toFixed(2), t.slice(0, 100)); }

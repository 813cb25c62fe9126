/**
 * Organ removal told without an organ: an operation, a clinic or blood tests arranged for a healthy
 * person, for a debt, or in another country. Writers in every language tell it this way ("the debt
 * is gone if he goes to a clinic in Turkey for a small procedure", "he is healthy, why an
 * operation?", "they already took his blood"); the organ itself is what they do not know or do not
 * name. The form lexicons read the organ by its word (formSituations.ts `organ`) and, in Dutch and
 * English, an operation abroad or beside a debt (`organ_sign`); here the same structure is read in
 * the languages labour migrants write in, as a rule beside the models (model/obligedForm.ts), like
 * the act the person is made to do (ADR 0006 round 37). With them, the organ sold or donors sought
 * in words the form lexicons do not hold ("bi3 klwa", "shukayu donora").
 *
 * Four parts, each a short list per language (Dutch, English, Polish, Romanian, Bulgarian and Russian
 * and Ukrainian in Cyrillic and Latin letters, Turkish, Spanish, Portuguese, Hungarian, Arabic and
 * Darija in Latin letters): the operation (an operation, surgery, a procedure, a clinic, blood or
 * medical tests); a debt; a country abroad or "another country"; the person healthy, "nothing wrong
 * with him". A hospital alone is not an operation: an ill worker kept from one is a story of every
 * form. Written from the developer's knowledge of these languages, not from tuning lines. Phrase
 * syntax: src/nlu/text/concepts.ts.
 */

/** An operation, a procedure or a clinic, or the tests that go before one. */
const OPERATION = [
  // Dutch, English
  'operatie|operaties|ingreep|ingreepje|geopereerd|opereren|kliniek|privekliniek|bloedonderzoek|bloed laten prikken|bloed afnemen|onderzoek bloed|medische keuring',
  'operation|operations|surgery|surgeries|small procedure|minor procedure|medical procedure|operated|clinic|private clinic|blood test|blood tests|bloodwork|medical tests|medical check|medical checks',
  // Polish, Romanian
  'operacj*|zabieg|zabiegu|zabiegi|klinik*|badania krwi|badanie krwi|badania lekarskie',
  'operatie|operatia|operatii|interventie|interventia|clinica|clinici|analize de sange|analizele de sange|analize medicale',
  // Bulgarian, Russian, Ukrainian: Cyrillic and Latin letters
  'операци*|операц*|клиник*|клінік*|изследвания|аналіз* крові|анализ* крови|кръвни изследвания',
  'operatsi*|operatsiya|operatsia|operatsiyu|operaciya|klinika|kliniku|klinike|chastna klinika|izsledvania|kravni izsledvania|analiz krovi|analizy krovi',
  // Turkish, Spanish, Portuguese, Hungarian
  'ameliyat*|operasyon*|klinik|klinige|klinikte|kan tahlil*|tahlil*|saglik kontrol*',
  'operacion|operaciones|cirugia|cirugias|intervencion|clinica|analisis de sangre|analisis de orina|analisis medicos|pruebas medicas',
  'operacao|cirurgia|cirurgias|clinica|exames de sangue|exames medicos|analises',
  'mutet*|mutot*|operacio*|beavatkozas*|klinika*|verveteli|vervizsgalat*|orvosi vizsgalat*',
  // Arabic, Darija in Latin letters
  'عملية|عمليه|جراحة|عيادة|مصحة|تحاليل|تحليل الدم',
  'operation|3amaliya|3amaliyya|l3amaliya|jira7a|l9lini9|klinik|sbitar khas|ta7alil|t7alil|ta7lil|analyse dyal dem',
].join('|');

/** A debt owed, the usual lever (the offer is that it will be gone). */
const DEBT = [
  'schuld|schulden|debt|debts|owes|owe',
  'dlug|dlugi|dlugu|dlugow|datori*|datoreaz*|dalg|dalga|dalgat|dlag|дълг*|долг*|борг*|dolg|borg|borh|borhu|borhy',
  'borc*|deuda|deudas|divida|dividas|adossag*|tartoz*',
  'dyoun|dyounu|ddin|dine|دين|ديون|الدين',
].join('|');

/** Abroad or another country: the usual places of such a clinic. */
const ABROAD = [
  'buitenland|ander land|andere land|turkije|duitsland|egypte|istanbul|abroad|another country|other country|turkey|germany|egypt',
  'za granica|za granice|innego kraju|inny kraj|turcj*|niemiec|niemczech|egipt*|strainatate|alta tara|turcia|germania|egipt',
  'stambul*|стамбул*|istambul|estambul|isztambul*|в чужбина|за границ*|за кордон*|в друга страна|в другу* стран*|турци*|туреччин*|германи*|німеччин*|египет|єгипет',
  'v chuzhbina|za granitsa|v druga strana|turtsia|turtsiya|germaniya|germania|egipet',
  'yurt disi*|yurtdisi*|baska bir ulke*|baska ulke*|istanbul*|almanya*|misir',
  'extranjero|otro pais|turquia|alemania|egipto|estrangeiro|outro pais|alemanha|egito',
  'kulfold*|masik orszag*|torokorszag*|nemetorszag*|egyiptom*',
  'الخارج|تركيا|ألمانيا|المانيا|مصر|turkia|turkiya|torkia|lkharij|brra|l almania|lalmania|masr',
].join('|');

/** The person healthy: nothing to operate on. */
const HEALTHY = [
  'kerngezond|is gezond|helemaal gezond|niks mankeert|niets mankeert|mankeert niks|mankeert niets|healthy|nothing wrong with|not sick|not ill',
  'zdrowy|zdrowa|zdrowi|nic mu nie jest|nic jej nie jest|sanatos|sanatoasa|nu are nimic',
  'здрав|здрава|здоров|здорова|здоровий|здорова людина|nishto mu nyama|nishto i nyama|zdrav|zdrava|zdorov|zdorovyi',
  'saglikli|saglik sorunu yok|hicbir sagli* sorun*|sano|sana|no esta enfermo|no tiene nada|saudavel|nao esta doente|nao tem nada|egeszseges|nincs semmi baja',
  // Healthy people wanted, as the recruiters' ads say.
  'zdorovi|zdorovykh|zdorovyh|здорові|здорових|здоровых|zdrowych|sanatosi|sanos|saudaveis|gezonde mensen|healthy people|healthy young',
  'ma mrid|mashi mrid|ma fih walou|ma fiha walou|ma mrid b walou|sa7i7',
].join('|');

/** A kidney or an organ for sale, or donors sought: told with the organ, but in words the form lexicons do not hold. */
const KIDNEY =
  'nier|kidney|nerke|nerk*|rinichi*|bubrek|babrek|бъбрек*|pochku|pochka|почку|почка|nyrku|nyrka|нирку|нирка|bobrek*|rinon|vese*|klwa|lklwa|kilwa|kilya|كلية|كليه|كلوة';
const SELL =
  'verkopen|verkoopt|verkocht|sell|sells|selling|sold|sprzedac|sprzedaj*|sprzeda|vinde|vand|vinda|prodade|prodava|prodat|продаде|продава|продати|продать|satmak|satsin|sat|vender|vende|venda|eladni|eladja|bi3|ybi3|tbi3|nbi3|يبيع|بيع|تبيع';
const DONORS_SOUGHT =
  'donor gezocht|donoren gezocht|zoeken donoren|looking for donors|looking for a donor|donors wanted|szukam dawcy|szukaja dawcow|caut donator*|cauta donator*|shukayu donora|ishchu donora|ищу донора|шукаю донора|търся донор|tarsya donor|donor ariyor*|buscan donantes|busco donante|procuram doadores|procura doador|donort keres*';

/** A clinic the writer works at: where the story is told from, not an operation ("I work at a clinic in Leiden"). */
const WORKPLACE_CLINIC =
  'werk in|werk bij|werkzaam in|werkzaam bij|work at|work in|working at|working in|pracuje w|lucrez la|lucrez intr|trabajo en|trabalho em|dolgozom ~2 kliniek|clinic|klinice|klinika|clinica|clinici|klinikan|klinikon';

export const OFFERED_OPERATION_CONCEPTS = ['operation', 'debt', 'abroad', 'healthy', 'workplace_clinic', 'organ_sold'] as const;
export type OfferedOperationConcept = (typeof OFFERED_OPERATION_CONCEPTS)[number];

export const OFFERED_OPERATION_LEXICON: Readonly<Record<OfferedOperationConcept, readonly string[]>> = {
  operation: [OPERATION],
  // "devo 5 mil euros": Portuguese and Spanish "I owe" is also "I must" ("devo ir"), so only with a sum.
  debt: [DEBT, 'devo|deve|devemos|devia|debo|debe|debemos ~1 #|mil'],
  abroad: [ABROAD],
  healthy: [HEALTHY],
  workplace_clinic: [WORKPLACE_CLINIC],
  organ_sold: [`${SELL} ~2 ${KIDNEY}`, `${KIDNEY} ~2 ${SELL}`, DONORS_SOUGHT],
};

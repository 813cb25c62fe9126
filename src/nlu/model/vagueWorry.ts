/**
 * The writer's own word that nothing concrete is known: "meer weet ik niet", "nothing concrete",
 * "maybe I'm overreacting", "może przesadzam", "no sé nada más". By the labelling guide a story
 * gets a form only when it says what the person is made to do or gives a strong sign of it; a worry
 * that says of itself that it knows nothing more stays `unknown` unless an act is told beside it.
 * The form models read these as one feature (reader.ts `vagueFeatures`), so the weight learned from
 * the Dutch and English lines also carries the same words in the other languages (forms23).
 * Phrase syntax: src/nlu/text/concepts.ts.
 */
import type { Lexicon } from '../text/concepts';

export const VAGUE_LEXICON: Lexicon<'vague'> = {
  vague: [
    'niets concreets|niks concreets|niets concreet|niks concreet|niets specifieks|niks specifieks',
    'meer weet ik niet|verder weet ik niks|verder weet ik niets|weet verder niks|weet verder niets|weet ik verder niet|ik weet niet meer dan dit',
    'misschien is het niks|misschien is het niets|misschien overdrijf ik|overdrijf ik|misschien zie ik spoken|zie ik spoken|gewoon een gevoel|onderbuikgevoel',
    'er is niks gebeurd|er is niets gebeurd|niks bewezen|geen bewijs|kan ook onschuldig zijn|kan ook niks zijn',
    'nothing concrete|nothing specific|nothing dramatic|nothing has happened|nothing happened|no proof|no evidence|could be innocent',
    'thats all i know|that is all i know|dont know anything else|dont know anything more|dont know more than that|i know nothing else|nothing else i know',
    'maybe im overreacting|am i overreacting|im probably overreacting|overreacting|paranoid|just a feeling|gut feeling|probably nothing|might be nothing|could be nothing|maybe its nothing',
    'nic konkretnego|nic wiecej nie wiem|nie wiem nic wiecej|moze przesadzam|moze to nic|pewnie to nic',
    'nimic concret|nu stiu nimic altceva|nu stiu mai mult|poate exagerez|poate nu e nimic|ma ingrijorez degeaba',
    'нищо конкретно|не знам нищо повече|може би преувеличавам|може и да е нищо',
    'нічого конкретного|більше нічого не знаю|може я перебільшую|просто хвилююся|ничего конкретного|больше ничего не знаю|может я преувеличиваю|просто волнуюсь',
    'somut bir sey yok|baska bir sey bilmiyorum|belki abartiyorum|belki bir sey yoktur|icim rahat degil',
    'nada concreto|no se nada mas|quizas exagero|tal vez exagero|a lo mejor no es nada|puede que no sea nada',
    'nao sei de mais nada|nao sei mais nada|talvez eu esteja exagerando|talvez esteja a exagerar|pode nao ser nada',
    'لا شيء محدد|لا أعرف أكثر|لا أعرف شيئا آخر|ربما أبالغ',
    // Latvian, Lithuanian and Hungarian (forms24).
    'vairak es nezinu|vairak nezinu|neko vairak nezinu|varbut es parspileju',
    'daugiau nieko nezinau|nieko daugiau nezinau|gal as perdedu',
    'tobbet nem tudok|mast nem tudok|lehet hogy tulzok|talan tulzok',
  ],
};

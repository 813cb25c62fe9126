/**
 * Is a message Dutch, English or something else? Labour migrants often write in their own language
 * (Polish, Romanian, Bulgarian, Arabic...): the bot then answers in English with 112 and the
 * Veilig Thuis line. A light, dependency-free guess: the share of letters outside the Latin script,
 * letters typical of other languages, and hits on short lists of common words per language.
 * Short or unclear messages keep the conversation's locale.
 */
import { COMMON_DUTCH, COMMON_ENGLISH } from '../safety/commonWords';
import { normaliseText } from '../safety/normalise';
import type { Language, NluLocale } from './recognizer';

const DUTCH = new Set([...COMMON_DUTCH, ...'opgesloten slaat krijgt k mn zn ff'.split(' ')]);
const ENGLISH = new Set([...COMMON_ENGLISH, ...'im dont cant locked kill myself die'.split(' ')]);
const OTHER = new Set(
  (
    'jest nie sie mam moj moja mi pracy prace szef ze dzien dobry prosze jak czy pomoc pomocy paszport pensji zabral ' +
    'si este sunt lucrez buna ziua meu mea sa cu pe salariul ajutor nu primesc luni trei ' +
    'merhaba ve bir bu ben benim yok var degil patronum yardim maasimi odemiyor pasaportumu aldi ' +
    'hola que por para con mis necesito trabajo ayuda sobre como jefe dinero informacion derechos trabajador ' +
    'ola nao patrao obrigado dois meses paga ' +
    'dobry den potrebuji praci jsem ' +
    'ich nicht und bin arbeit hilfe mein meine ist'
  ).split(' '),
);
/** Letters that Dutch and English do not use (checked before diacritics are removed). */
const FOREIGN_LETTERS = /[ąćęłńśźżșțăâîğışñãõřěůčšžő]/giu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

export function detectLanguage(text: string, locale: NluLocale): Language {
  const letters = (text.match(LETTER) ?? []).length;
  if (letters === 0) return locale;
  const latin = (text.match(LATIN_LETTER) ?? []).length;
  if ((letters - latin) / letters > 0.5) return 'other';

  const words = normaliseText(text).match(/\p{L}+/gu) ?? [];
  let nl = 0;
  let en = 0;
  let other = (text.match(FOREIGN_LETTERS) ?? []).length > 0 ? 2 : 0;
  for (const word of words) {
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
    if (OTHER.has(word)) other++;
  }
  if (other > nl && other > en && other >= 2) return 'other';
  if (words.length >= 4 && nl + en === 0) return 'other';
  if (nl === en) return locale;
  // One stray English word in Dutch chat (or the reverse) is common; switch only on a clear lead.
  if (nl > en) return nl >= 2 || locale === 'nl' ? 'nl' : locale;
  return en >= 2 || locale === 'en' ? 'en' : locale;
}

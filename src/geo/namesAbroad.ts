/**
 * Names people abroad use for the larger Dutch cities, in the languages labour migrants often
 * write in (Polish, Romanian, Bulgarian, Ukrainian, Russian, Hungarian, Turkish, Spanish,
 * Portuguese, Arabic), with the case forms that do not follow from a plain ending ("w Hadze", "в
 * Гааге"). GeoNames' alternate names for Dutch places are not in the shipped data, so these are
 * written by hand from general knowledge, keyed by CBS gemeentecode. A name here never replaces a
 * Dutch place of the same name, and it is never a target for typo matching.
 */
export const NAMES_ABROAD: Readonly<Record<string, readonly string[]>> = {
  // 's-Gravenhage
  '0518': [
    'Haga',
    'Hága',
    'Hadze',
    'Lahey',
    'La Haya',
    'Haia',
    'Гаага',
    'Гааге',
    'Гаагу',
    'Гаазі',
    'Гаагі',
    'Хага',
    'Хаага',
    'لاهاي',
    'لاهای',
  ],
  // Amsterdam
  '0363': ['Амстердам', 'Амстердаме', 'Амстердамі', 'أمستردام', 'امستردام'],
  // Rotterdam
  '0599': ['Роттердам', 'Ротердам', 'Роттердаме', 'Роттердамі', 'روتردام'],
  // Utrecht
  '0344': ['Утрехт', 'Утрехте', 'Утрехті', 'Utrechcie', 'Utreque', 'أوترخت', 'اوترخت', 'أوتريخت'],
  // Eindhoven
  '0772': ['Эйндховен', 'Ейндховен', 'Айндховен', 'Ейндговен', 'آيندهوفن', 'أيندهوفن'],
  // Groningen
  '0014': ['Гронинген', 'Гронінген', 'Хронинген', 'خرونينغن', 'غرونينغن'],
  // Tilburg
  '0855': ['Тилбург', 'Тілбург', 'تيلبورغ'],
  // Breda
  '0758': ['Бреда', 'بريدا'],
  // Nijmegen
  '0268': ['Неймеген', 'Наймеген', 'Неймегене', 'نايميخن'],
  // Arnhem
  '0202': ['Арнем', 'Арнхем', 'Арнемі', 'أرنهم'],
  // Haarlem
  '0392': ['Харлем', 'Гарлем', 'هارلم'],
  // Maastricht
  '0935': ['Маастрихт', 'Маастріхт', 'ماستريخت'],
  // Almere
  '0034': ['Алмере', 'Альмере', 'ألميري'],
  // Venlo
  '0983': ['Венло', 'فينلو'],
  // Leiden
  '0546': ['Лейден', 'Лейдене', 'لايدن'],
  // Zwolle
  '0193': ['Зволле', 'زفوله'],
  // Enschede
  '0153': ['Энсхеде', 'Енсхеде', 'أنسخيده'],
  // Dordrecht
  '0505': ['Дордрехт', 'دوردرخت'],
  // Delft
  '0503': ['Делфт', 'Дельфт', 'دلفت'],
};

/**
 * Word sets for the safety screen, Dutch and English mixed: citizens switch language mid-sentence
 * and the screen must not depend on a language guess. Words are written without diacritics; the
 * matcher compares skeletons with typo tolerance, so list each form once. Not user-facing text.
 */
import type { ConceptSets } from './patterns';

function ages(): string[] {
  const out: string[] = [];
  for (let n = 10; n <= 17; n++) out.push(`${n}jarig*`, `${n}yo`, `${n}jr`);
  return out;
}

export const CONCEPTS: ConceptSets = {
  me_subj: ['ik', 'ikzelf', 'wij', 'we', 'i'],
  me_obj: ['me', 'mij', 'ons', 'us'],
  third_pron: ['hij', 'zij', 'ze', 'hem', 'haar', 'hen', 'hun', 'he', 'she', 'they', 'him', 'her', 'them'],
  person_noun: [
    'zus', 'zusje', 'zuster', 'broer', 'broertje', 'moeder', 'mama', 'vader', 'papa', 'dochter', 'zoon',
    'kind', 'kindje', 'kinderen', 'nichtje', 'neefje', 'neef', 'nicht', 'kleinzoon', 'kleindochter', 'zwager',
    'schoonzus', 'buurvrouw', 'buurman', 'buurmeisje', 'buurjongen',
    'vriendin', 'vriendinnetje', 'vriend', 'collega', 'collegas', 'meisje', 'meisjes', 'jongen', 'jongens',
    'vrouw', 'vrouwen', 'tante', 'oom', 'baby', 'klasgenoot', 'leerling', 'familie', 'ouders', 'arbeiders',
    'werknemers', 'mensen', 'iemand', 'meiden',
    'sister', 'brother', 'mother', 'mom', 'mum', 'father', 'dad', 'daughter', 'son', 'child', 'kid', 'kids',
    'children', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter', 'neighbour', 'neighbor', 'friend', 'girlfriend', 'colleague', 'coworker',
    'girl', 'girls', 'boy', 'boys', 'woman', 'women', 'wife', 'family', 'parents', 'workers', 'people',
    'someone', 'somebody',
  ],
  person_any: ['@me_obj', '@third_pron', '@person_noun', 'je', 'jou', 'you'],

  harm_present: [
    'slaat', 'slaan', 'schopt', 'schoppen', 'trapt', 'trappen', 'mishandelt', 'mishandelen', 'wurgt',
    'wurgen', 'verkracht', 'verkrachten', 'bedreigt', 'bedreigen', 'martelt', 'martelen', 'misbruikt',
    'misbruiken', 'steekt', 'pijnigt',
    'hits', 'hit', 'beats', 'beat', 'kicks', 'kick', 'chokes', 'choke', 'strangles', 'rapes', 'rape', 'threatens', 'threaten', 'attacks', 'attack', 'abuses', 'abuse', 'punches', 'punch', 'slaps',
    'slap', 'stabs', 'stab', 'tortures', 'torture',
  ],
  harm_pp: [
    'geslagen', 'geschopt', 'getrapt', 'mishandeld', 'gewurgd', 'verkracht', 'bedreigd', 'gemarteld',
    'aangevallen', 'misbruikt', 'gestoken', 'neergestoken', 'geduwd', 'geknepen',
    'beaten', 'beat', 'hit', 'hurt', 'kicked', 'choked', 'strangled', 'raped', 'threatened', 'attacked',
    'abused', 'punched', 'stabbed', 'tortured', 'slapped',
  ],
  harm_ing: [
    'beating', 'hitting', 'kicking', 'choking', 'strangling', 'raping', 'hurting', 'threatening', 'attacking',
    'abusing', 'punching', 'slapping', 'stabbing', 'torturing',
  ],
  confined_pp: [
    'opgesloten', 'ingesloten', 'vastgehouden', 'gevangengehouden', 'gegijzeld', 'ontvoerd', 'vastgebonden',
    'vastgeketend', 'trapped', 'imprisoned', 'kidnapped', 'abducted', 'chained',
  ],
  kill_verb: [
    'vermoord*', 'doodmaken', 'doodmaakt', 'doodmaak', 'doodschieten', 'doodschiet', 'doodsteken', 'doodsteekt',
    'doden', 'doodt', 'ombrengen', 'ombrengt', 'afmaken', 'afmaakt', 'kill', 'kills', 'killing', 'murder',
    'murders', 'murdering', 'shoot', 'shoots', 'shooting',
  ],
  weapon: [
    'mes', 'messen', 'pistool', 'pistolen', 'wapen', 'wapens', 'vuurwapen', 'geweer', 'bijl', 'machete',
    'knife', 'knives', 'gun', 'guns', 'weapon', 'weapons', 'pistol', 'rifle', 'firearm', 'blade',
  ],
  leave_word: [
    'weg', 'heen', 'eruit', 'uit', 'af', 'buiten', 'vluchten', 'ontsnappen', 'vertrekken', 'weggaan', 'ontkomen',
  ],
  leave_word_en: ['leave', 'escape', 'out', 'outside', 'away'],
  now: [
    'nu', 'meteen', 'direct', 'onmiddellijk', 'vanavond', 'vannacht', 'vandaag', 'snel', 'dringend',
    'now', 'tonight', 'immediately', 'currently', 'asap', 'today', 'hurry', 'quick', 'quickly', 'urgent',
  ],
  minor: [
    'kind', 'kindje', 'kinderen', 'dochter', 'zoon', 'minderjarig*', 'tiener', 'tieners', 'puber', 'scholier',
    'leerling', 'nichtje', 'neefje', 'zusje', 'broertje',
    'child', 'children', 'kid', 'kids', 'daughter', 'son', 'underage', 'minor', 'minors', 'teen', 'teenager',
    'niece', 'nephew', ...ages(),
  ],
  age_number: ['10', '11', '12', '13', '14', '15', '16', '17'],
  age_unit: ['jaar', 'jarig*', 'jr', 'years', 'year', 'yo', 'yrs'],
  transfer: [
    'meegenomen', 'meenemen', 'weggebracht', 'wegbrengen', 'verkocht', 'verkopen', 'overgedragen',
    'ontvoerd', 'taken', 'taking', 'take', 'sold', 'sell', 'selling', 'smuggled', 'trafficked', 'transported',
    'moving', 'moved',
  ],
  client: [
    'man', 'mannen', 'klant', 'klanten', 'men', 'client', 'clients', 'customer', 'customers', 'seks', 'sex', 'hotel',
    'hotelkamer',
  ],
  fear: ['bang', 'doodsbang', 'angstig', 'scared', 'afraid', 'terrified', 'frightened'],
  danger_word: ['gevaar', 'levensgevaar', 'danger'],
  past_year: Array.from({ length: 46 }, (_, i) => String(1980 + i)),
  negation: ['niet', 'geen', 'nooit', 'niemand', 'not', 'never', 'nobody', 'nothing', 'niks', 'niets'],
};

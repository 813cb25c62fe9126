/**
 * Word sets for signal and form detection (Dutch and English together, no diacritics). They extend
 * the safety screen's sets (persons, violence, confinement) so both read a message the same way.
 */
import { CONCEPTS } from '../../safety/lexicon';
import type { ConceptSets } from '../../safety/patterns';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const NLU_CONCEPTS: ConceptSets = {
  ...CONCEPTS,
  docs: [
    'paspoort', 'paspoorten', 'id', 'idkaart', 'identiteitsbewijs*', 'identiteitskaart*', 'verblijfsvergunning*',
    'papieren', 'documenten', 'reisdocument*', 'passport', 'passports', 'documents', 'papers', 'visa',
  ],
  take: [
    'afgepakt', 'afpakken', 'ingenomen', 'innemen', 'afgenomen', 'afgeven', 'afgegeven', 'inleveren', 'ingeleverd',
    'houdt', 'houden', 'heeft', 'hebben', 'bewaart', 'bewaard', 'kluis', 'kept', 'keeps', 'keep', 'took', 'taken',
    'take', 'holds', 'holding', 'confiscated', 'has', 'withheld', 'gebruiken', 'gebruikt', 'uitgeleend', 'uitlenen',
    'overgenomen', 'use', 'uses', 'using',
  ],
  bank: [
    'bankpas*', 'pinpas*', 'bankkaart*', 'bankrekening*', 'rekening', 'rekeningen', 'rekeningnummer', 'account',
    'accounts', 'card', 'cards', 'bankcard*',
  ],
  platform: [
    'online', 'internet', 'snapchat', 'snap', 'instagram', 'insta', 'tiktok', 'facebook', 'telegram', 'whatsapp',
    'website', 'datingsite', 'datingapp', 'app', 'chat', 'discord', 'twitter',
  ],
  meet: [
    'leren', 'kennen', 'benaderd', 'geronseld', 'gerekruteerd', 'ontmoet', 'gelokt', 'approached',
    'recruited', 'groomed', 'contacted', 'lured', 'meet', 'found',
  ],
  hours_number: [...range(10, 24), 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'achttien', 'twelve', 'fourteen', 'sixteen'],
  week_hours: range(50, 100),
  small_number: [...range(1, 5), 'een', 'twee', 'drie', 'vier', 'vijf'],
  money: ['euro', 'euros', 'eur', 'bedrag', 'geld', 'money', 'cash'],
  drug: ['drugs', 'drug', 'coke', 'cocaine', 'wiet', 'heroine', 'xtc', 'pakketje', 'pakketjes', 'pakket', 'packages', 'package', 'bolletjes'],
  drug_verb: [
    'rondbrengen', 'brengen', 'brengt', 'wegbrengen', 'verkopen', 'verkoopt', 'bewaren', 'smokkelen', 'slikken',
    'vervoeren', 'kweken', 'bezorgen', 'deliver', 'delivering', 'sell', 'selling', 'carry', 'carrying', 'move',
    'hide', 'stash', 'run', 'running', 'rond',
  ],
  organ: ['nier', 'nieren', 'lever', 'orgaan', 'organen', 'kidney', 'kidneys', 'liver', 'organ', 'organs'],
  organ_verb: [
    'verkopen', 'verkoopt', 'afstaan', 'afstaat', 'doneren', 'weghalen', 'sell', 'selling', 'donate', 'giving', 'give',
    'geld', 'money', 'betalen', 'pay', 'kopen', 'buy', 'opereren',
  ],
  workplace: [
    'loods', 'kelder', 'kas', 'kassen', 'fabriek', 'zaak', 'werk', 'bedrijf', 'terrein', 'boerderij', 'warehouse',
    'workplace', 'farm', 'greenhouse', 'factory', 'work', 'site', 'boven',
  ],
  housing: ['huis', 'woning', 'kamer', 'caravan', 'barak', 'container', 'huisvesting', 'housing', 'house', 'accommodation', 'huur', 'rent'],
  employer: ['baas', 'werkgever', 'bureau', 'uitzendbureau', 'uitzender', 'boss', 'employer', 'agency', 'bedrijf', 'tuinder'],
  partner: ['vriend', 'vriendje', 'boyfriend', 'partner', 'ex', 'pooier', 'pimp', 'loverboy', 'man', 'guy'],
  control_verb: [
    'bepaalt', 'dwingt', 'controleert', 'leest', 'houdt', 'neemt', 'stuurt', 'laat', 'wil', 'makes', 'forces', 'controls',
    'reads', 'takes', 'keeps', 'sends', 'wants', 'checks', 'decides', 'verhuurt', 'verkoopt', 'threatens', 'dreigt',
    'slaat', 'hits', 'beats',
  ],
  car: ['auto', 'autos', 'wagen', 'scooter', 'scooters', 'car', 'cars', 'bmw', 'mercedes', 'audi'],
};

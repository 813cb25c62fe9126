/**
 * Cues for the form of exploitation. Each matching cue adds its weight to its form; detected
 * signals add theirs (SIGNAL_FORM_WEIGHTS). The form with the highest total wins when it reaches
 * FORM_THRESHOLD; otherwise the text does not indicate a form ("unknown").
 */
import type { KnownForm, Signal } from '../recognizer';

export interface FormCue {
  readonly weight: number;
  readonly patterns: readonly string[];
}

export const FORM_THRESHOLD = 1.5;

export const FORM_CUES: Readonly<Record<KnownForm, readonly FormCue[]>> = {
  labour_exploitation: [
    {
      weight: 2,
      patterns: [
        'arbeidsuitbuiting|arbeidsmigrant*|uitzendbureau|uitzendkracht|uitzender',
        'forced ~1 labour|labor',
        'labour|labor ~1 exploitation',
      ],
    },
    {
      weight: 1.5,
      patterns: [
        'kas|kassen|tuinder|boerderij|distributiecentrum|fabriek|vleesfabriek|loods|bouw|schoonmaak*|schoonmaker*|nagelsalon|nagelstudio',
        'autowas*|carwash|wasstraat|restaurant|horeca|asperge*|champignon*|kwekerij|landbouw|oogst|plukken|huishoudster|farm|bedrijf',
        'au ~1 pair',
        'car ~1 wash',
        'nail ~1 salon',
        'greenhouse|factory|warehouse|cleaning|cleaner|cleaners|construction|harvest',
        'werkgever|werknemers|arbeiders|voorman|baas|bureau|employer|boss|agency|workers',
      ],
    },
    { weight: 0.5, patterns: ['werkt|werken|job|baan|werk|work|works|working|loon|salaris|contract|wages|salary'] },
  ],
  sexual_exploitation: [
    {
      weight: 2.5,
      patterns: [
        'loverboy*|pooierboy*|pooier|pimp|souteneur|prostitutie|prostitution|prostituee|sekswerk|seksuele|sexual|escort',
        'raamkamer|bordeel*|bordelen|brothel*|massagesalon|seks|sex|sekssite',
        'klanten ~2 afwerken|ontvangen',
        'naar ~1 bed',
        'sleep ~2 with ~2 men',
        'achter ~1 het ~1 raam',
      ],
    },
    { weight: 1.5, patterns: ['klant|klanten|clients|customers', 'met|with ~1 mannen|men|klanten|clients', 'naar ~2 hotel|hotelkamer'] },
    { weight: 1, patterns: ['club|feestje|feestjes|party|hotel'] },
    { weight: 0.5, patterns: ['mannen|men'] },
  ],
  criminal_exploitation: [
    {
      weight: 2.5,
      patterns: [
        'drugs|drug|dealen|dealer|dealing|drugsbende|bende|gang|katvanger*|geldezel*|criminele|criminal',
        'stelen|steal|stealing|shoplift*|inbreken|bolletjes|wiet|coke|plantage',
        'money ~1 mule',
      ],
    },
    {
      weight: 1,
      patterns: ['pakketjes|pakketje|packages|klusjes|jobs|schoolpoort|rekening|account|telefoonabonnement*', 'school ~1 gate'],
    },
  ],
  organ_removal: [
    {
      weight: 3,
      patterns: [
        'nier|nieren|orgaan|organen|orgaanhandel|kidney|kidneys|organ|organs',
        'lever ~2 afstaan|doneren|verkopen',
        'lever ~1 af ~1 te ~1 staan',
      ],
    },
    { weight: 1, patterns: ['operatie|operation|surgery|kliniek|clinic|litteken*|scar'] },
  ],
};

export const SIGNAL_FORM_WEIGHTS: Readonly<Partial<Record<Signal, Partial<Record<KnownForm, number>>>>> = {
  excessive_hours: { labour_exploitation: 1.5 },
  underpaid: { labour_exploitation: 1 },
  housing_tied_to_work: { labour_exploitation: 1.5 },
  dangerous_work: { labour_exploitation: 1.5 },
  unknown_address: { labour_exploitation: 1 },
  fear_of_deportation: { labour_exploitation: 1 },
  documents_withheld: { labour_exploitation: 1 },
  debt_bondage: { labour_exploitation: 0.5 },
  false_promises: { labour_exploitation: 0.5 },
  controlling_partner: { sexual_exploitation: 2 },
  earnings_quota: { sexual_exploitation: 1.5 },
  recruited_online: { sexual_exploitation: 0.5 },
  injuries_or_branding: { sexual_exploitation: 0.5 },
  appearance_change: { sexual_exploitation: 0.5 },
  picked_up_by_car: { sexual_exploitation: 0.5 },
  truancy: { sexual_exploitation: 0.3, criminal_exploitation: 0.3 },
  drug_running: { criminal_exploitation: 2 },
  forced_theft: { criminal_exploitation: 2 },
  contracts_in_name: { criminal_exploitation: 1.5 },
  bank_account_misuse: { criminal_exploitation: 1.5, labour_exploitation: 0.5 },
  recruiting_others: { criminal_exploitation: 1.5 },
  waited_at_school: { criminal_exploitation: 1 },
  night_jobs: { criminal_exploitation: 1 },
  secrecy: { criminal_exploitation: 0.3 },
  sudden_money_or_goods: { criminal_exploitation: 0.5, sexual_exploitation: 0.5 },
  organ_sale_pressure: { organ_removal: 3 },
  unexplained_surgery: { organ_removal: 2 },
};

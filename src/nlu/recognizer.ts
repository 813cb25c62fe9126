/**
 * The recognizer port: what the bot needs to know about one citizen message. Adapters (local,
 * LUIS, CLU) all return this shape; the acute-danger flag always comes from the safety screen,
 * whatever an adapter thinks.
 */
import { z } from 'zod';

export const INTENTS = [
  'greeting',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'describe_concern',
  'ask_signals',
  'ask_counsellor',
  'ask_police',
  'ask_anonymous',
  'ask_privacy',
  'ask_consequences',
  'out_of_scope',
] as const;
export const intentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof intentSchema>;

export const FORMS = ['sexual_exploitation', 'labour_exploitation', 'criminal_exploitation', 'organ_removal', 'unknown'] as const;
export const formSchema = z.enum(FORMS);
export type Form = z.infer<typeof formSchema>;
export type KnownForm = Exclude<Form, 'unknown'>;

/** Indicators from DOMAIN.md. Ids are stable: stored in triage summaries and statistics. */
export const SIGNALS = [
  // seen in several forms
  'minor_involved',
  'threats_or_violence',
  'documents_withheld',
  'debt_bondage',
  'no_freedom_of_movement',
  'constant_supervision',
  'isolation',
  'false_promises',
  'sudden_money_or_goods',
  'bank_account_misuse',
  // labour
  'excessive_hours',
  'underpaid',
  'housing_tied_to_work',
  'dangerous_work',
  'unknown_address',
  'fear_of_deportation',
  // sexual (loverboy method)
  'controlling_partner',
  'recruited_online',
  'injuries_or_branding',
  'appearance_change',
  'self_harm_or_depression',
  'drugs_or_alcohol',
  'picked_up_by_car',
  'truancy',
  'earnings_quota',
  'many_phone_calls',
  // criminal
  'drug_running',
  'forced_theft',
  'contracts_in_name',
  'secrecy',
  'night_jobs',
  'waited_at_school',
  'recruiting_others',
  // organ removal
  'organ_sale_pressure',
  'unexplained_surgery',
] as const;
export const signalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof signalSchema>;

/** Which signals belong to the guidance of each form (a signal may belong to several). */
export const SIGNALS_BY_FORM: Readonly<Record<KnownForm, readonly Signal[]>> = {
  labour_exploitation: [
    'excessive_hours',
    'underpaid',
    'housing_tied_to_work',
    'dangerous_work',
    'unknown_address',
    'fear_of_deportation',
    'documents_withheld',
    'debt_bondage',
    'no_freedom_of_movement',
    'false_promises',
    'threats_or_violence',
    'bank_account_misuse',
    'constant_supervision',
    'isolation',
    'minor_involved',
  ],
  sexual_exploitation: [
    'controlling_partner',
    'recruited_online',
    'injuries_or_branding',
    'appearance_change',
    'self_harm_or_depression',
    'drugs_or_alcohol',
    'picked_up_by_car',
    'truancy',
    'earnings_quota',
    'many_phone_calls',
    'sudden_money_or_goods',
    'isolation',
    'constant_supervision',
    'documents_withheld',
    'debt_bondage',
    'threats_or_violence',
    'minor_involved',
    'false_promises',
    'no_freedom_of_movement',
  ],
  criminal_exploitation: [
    'drug_running',
    'forced_theft',
    'contracts_in_name',
    'bank_account_misuse',
    'secrecy',
    'night_jobs',
    'waited_at_school',
    'recruiting_others',
    'sudden_money_or_goods',
    'debt_bondage',
    'threats_or_violence',
    'minor_involved',
    'truancy',
    'picked_up_by_car',
  ],
  organ_removal: [
    'organ_sale_pressure',
    'unexplained_surgery',
    'debt_bondage',
    'threats_or_violence',
    'false_promises',
    'documents_withheld',
  ],
};

export const NLU_LOCALES = ['nl', 'en'] as const;
export type NluLocale = (typeof NLU_LOCALES)[number];
export const LANGUAGES = ['nl', 'en', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

const score = z.number().min(0).max(1);

export const recognitionSchema = z.object({
  intent: intentSchema,
  form: formSchema,
  askedForm: formSchema.exclude(['unknown']).optional(),
  acuteDanger: z.boolean(),
  signals: z.array(signalSchema),
  scores: z.object({
    intent: score,
    form: score,
    intents: z.partialRecord(intentSchema, score).optional(),
  }),
  language: z.enum(LANGUAGES).optional(),
  suicidal: z.boolean().optional(),
});

export interface Recognition {
  intent: Intent;
  form: Form;
  /**
   * The form a question without a story asks about ("hoe herken je een loverboy?"), where `form`
   * (the form of the situation told) is `unknown`; absent otherwise, and from adapters that do not
   * read it (form49).
   */
  askedForm?: KnownForm;
  /** From the safety screen, always: 112 first. Includes suicidal intent. */
  acuteDanger: boolean;
  /** From the safety screen: also give the 113 lines. */
  suicidal?: boolean;
  signals: Signal[];
  scores: { intent: number; form: number; intents?: Partial<Record<Intent, number>> };
  /** 'other' when the message is in neither Dutch nor English: answer in English with 112 and Veilig Thuis. */
  language?: Language;
}

export interface Recognizer {
  readonly name: string;
  /** The whole recognition, danger and language included (the first look runs inside). */
  recognize(text: string, locale: NluLocale): Promise<Recognition>;
  /**
   * Intent, form and signals only, for a caller that has already taken the first look (the
   * understander): the safety screen then runs once per message.
   */
  interpret?(text: string, locale: NluLocale): Promise<Omit<Recognition, 'acuteDanger' | 'suicidal' | 'language'>>;
}

export function isIntent(value: string): value is Intent {
  return (INTENTS as readonly string[]).includes(value);
}

export function isForm(value: string): value is Form {
  return (FORMS as readonly string[]).includes(value);
}

export function isSignal(value: string): value is Signal {
  return (SIGNALS as readonly string[]).includes(value);
}

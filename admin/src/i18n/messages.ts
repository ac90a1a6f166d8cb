import raEnglish from 'ra-language-english';
import { deepMerge, type Catalogue } from './deep-merge.js';
import { domainEnglish } from './domain-en.js';
import { domainVietnamese } from './domain-vi.js';
import { evaluationEnglish } from './evaluation-en.js';
import { evaluationVietnamese } from './evaluation-vi.js';
import { homeEnglish } from './home-en.js';
import { homeVietnamese } from './home-vi.js';
import { kpiEnglish } from './kpi-en.js';
import { kpiVietnamese } from './kpi-vi.js';
import { raVietnamese } from './ra-vi.js';
import { reportsEnglish } from './reports-en.js';
import { reportsVietnamese } from './reports-vi.js';

/**
 * The message catalogues, free of JSX and browser APIs so that node tests can import them.
 * Vietnamese is the default language.
 */
export const english: Catalogue = deepMerge(
  raEnglish as unknown as Catalogue,
  domainEnglish,
  kpiEnglish,
  evaluationEnglish,
  homeEnglish,
  reportsEnglish,
);

/** Vietnamese as written by us, without any English fallback: what the completeness test checks. */
export const vietnameseOwn: Catalogue = deepMerge(
  raVietnamese,
  domainVietnamese,
  kpiVietnamese,
  evaluationVietnamese,
  homeVietnamese,
  reportsVietnamese,
);

/**
 * What the app uses: English underneath only as a safety net for keys a future react-admin adds,
 * which the catalogue test then reports.
 */
export const vietnamese: Catalogue = deepMerge(raEnglish as unknown as Catalogue, vietnameseOwn);

export const catalogues = { vi: vietnamese, en: english } as const;
export type Locale = keyof typeof catalogues;
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALES: Array<{ locale: Locale; name: string }> = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

/** Enums whose every value must have a label in both languages. */
export const LABELLED_ENUMS = [
  'TaskState', 'Timeliness', 'UnitKind', 'OfficialCategory', 'PostRole', 'DutyGroup', 'TaskAction', 'DocumentKind', 'DeadlineBasis', 'Role',
  'RatingLevel', 'EvaluationState', 'CycleState',
  'PeriodKind',
] as const;
export type LabelledEnum = (typeof LABELLED_ENUMS)[number];

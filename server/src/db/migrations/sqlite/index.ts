import { Initial1795726603616 } from './1795726603616-Initial.js';
import { AppendOnlyHistory1795730000000 } from './1795730000000-AppendOnlyHistory.js';
import { Accounts1795740000000 } from './1795740000000-Accounts.js';
import { Kpi1795750000000 } from './1795750000000-Kpi.js';
import { Evaluation1795760000000 } from './1795760000000-Evaluation.js';
import { UnitQuota1795770000000 } from './1795770000000-UnitQuota.js';
import { RatingFacts1796124323820 } from './1796124323820-RatingFacts.js';
import { CycleSelfAssessBy1796125692447 } from './1796125692447-CycleSelfAssessBy.js';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const sqliteMigrations = [Initial1795726603616, AppendOnlyHistory1795730000000, Accounts1795740000000, Kpi1795750000000, Evaluation1795760000000, UnitQuota1795770000000, RatingFacts1796124323820, CycleSelfAssessBy1796125692447];

import { Initial1795726603616 } from './1795726603616-Initial.js';
import { AppendOnlyHistory1795730000000 } from './1795730000000-AppendOnlyHistory.js';
import { Accounts1795740000000 } from './1795740000000-Accounts.js';
import { Kpi1795750000000 } from './1795750000000-Kpi.js';
import { Evaluation1795760000000 } from './1795760000000-Evaluation.js';
import { UnitQuota1795770000000 } from './1795770000000-UnitQuota.js';
import { JobRun1796123332512 } from './1796123332512-JobRun.js';
import { Alerts1796123766783 } from './1796123766783-Alerts.js';
import { LoginAttempts1796123867025 } from './1796123867025-LoginAttempts.js';
import { HistoryChain1796123887950 } from './1796123887950-HistoryChain.js';
import { RatingFacts1796124323820 } from './1796124323820-RatingFacts.js';
import { ProvinceScaleIndexes1796125227030 } from './1796125227030-ProvinceScaleIndexes.js';
import { CycleSelfAssessBy1796125692447 } from './1796125692447-CycleSelfAssessBy.js';
import { EvidenceFiles1796126846422 } from './1796126846422-EvidenceFiles.js';
import { DropUnusedCycleState1796137923057 } from './1796137923057-DropUnusedCycleState.js';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const mariadbMigrations = [Initial1795726603616, AppendOnlyHistory1795730000000, Accounts1795740000000, Kpi1795750000000, Evaluation1795760000000, UnitQuota1795770000000, JobRun1796123332512, Alerts1796123766783, LoginAttempts1796123867025, HistoryChain1796123887950, RatingFacts1796124323820, ProvinceScaleIndexes1796125227030, CycleSelfAssessBy1796125692447, EvidenceFiles1796126846422, DropUnusedCycleState1796137923057];

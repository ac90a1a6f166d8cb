import { Account, AccountRole, AppSetting } from '../modules/account/account.entity.js';
import { Indicator, IndicatorCatalogue, IndicatorGroup, IndicatorGroupScore, IndicatorResult, IndicatorValue, TaskIndicatorTarget } from '../modules/kpi/kpi.entity.js';
import { Evaluation, EvaluationCycle, EvaluationQuotaLock, EvaluationStep, UnitQuota, UnitRating } from '../modules/evaluation/evaluation.entity.js';
import { Directive } from '../modules/document/directive.entity.js';
import { Document } from '../modules/document/document.entity.js';
import { OfficialAssignment } from '../modules/official/official-assignment.entity.js';
import { Official } from '../modules/official/official.entity.js';
import { TaskEvent } from '../modules/task/task-event.entity.js';
import { TaskUpdate } from '../modules/task/task-update.entity.js';
import { Task, TaskAssignee, TaskCoordinatingUnit } from '../modules/task/task.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { JobRun } from '../jobs/job-run.entity.js';
import { AlertPreference, AlertRead } from '../modules/alert/alert.entity.js';

export const entities = [
  Unit, Official, OfficialAssignment, Document, Directive,
  Task, TaskCoordinatingUnit, TaskAssignee, TaskUpdate, TaskEvent,
  Account, AccountRole, AppSetting,
  IndicatorCatalogue, IndicatorGroup, Indicator, IndicatorResult, IndicatorGroupScore, IndicatorValue, TaskIndicatorTarget,
  EvaluationCycle, Evaluation, EvaluationStep, UnitRating, EvaluationQuotaLock, UnitQuota,
  JobRun,
  AlertRead, AlertPreference,
];

/**
 * Shape of the demo data: plain values, no database. The seeder replays each task's story
 * through the services with the clock set to each event's date, so that history and
 * timeliness come out exactly as they would have in real use.
 */
export type IsoDate = string; // YYYY-MM-DD, a calendar date in Vietnam

export type UnitKind =
  | 'PROVINCE' | 'PROVINCE_DEPARTMENT' | 'DISTRICT' | 'DISTRICT_OFFICE'
  | 'COMMUNE' | 'WARD' | 'TOWN' | 'SPECIAL_ZONE' | 'OTHER';
export type OfficialCategory = 'CAN_BO' | 'CONG_CHUC' | 'VIEN_CHUC';
export type PostRole = 'HEAD' | 'DEPUTY' | 'MEMBER';
export type DutyGroup = 'LEADERSHIP' | 'ONE_STOP_DESK' | 'CADASTRAL' | 'JUSTICE' | 'CULTURE_SOCIAL' | 'OTHER';
export type DocumentKind = 'CONCLUSION' | 'DECISION' | 'PLAN' | 'OTHER';

export interface DemoUnit {
  code: string; name: string; kind: UnitKind; parentCode: string | null;
  validFrom: IsoDate; validTo: IsoDate | null;
  /** true when the unit is invented for the demo (not named in the sample meeting's facts) */
  isSample: boolean;
}
export interface DemoAssignment {
  unitCode: string; position: string; role: PostRole; dutyGroup: DutyGroup;
  from: IsoDate; to: IsoDate | null;
}
export interface DemoOfficial {
  key: string; fullName: string; category: OfficialCategory; isSample: boolean;
  assignments: DemoAssignment[];
}
export interface DemoDirective { number: number; text: string }
export interface DemoDocument {
  key: string; kind: DocumentKind; number: string; issuedOn: IsoDate; issuingUnitCode: string;
  signerKey: string; title: string; summary: string; isSample: boolean;
  directives: DemoDirective[];
}
/** One event of a task's life, replayed in date order. */
export type DemoTaskEvent =
  | { on: IsoDate; kind: 'REPORT'; byKey: string; state: 'IN_PROGRESS' | 'REPORTED_DONE'; percent: number; note: string; evidenceLinks?: string[] }
  | { on: IsoDate; kind: 'ACCEPT'; byKey: string; exceeded?: boolean; note?: string }
  | { on: IsoDate; kind: 'RETURN'; byKey: string; reason: string; objectiveCause?: boolean }
  /** `objectiveCause`: granted for an objective cause (Decree 335): the task is judged by the new deadline */
  | { on: IsoDate; kind: 'EXTEND'; byKey: string; newDeadline: IsoDate; reason: string; objectiveCause?: boolean }
  | { on: IsoDate; kind: 'CANCEL'; byKey: string; reason: string };
export interface DemoTask {
  key: string;
  /** document key and directive number, or null for a standalone task */
  source: { documentKey: string; directiveNumber: number } | null;
  title: string; description: string; expectedResult: string;
  leadUnitCode: string; coordinatingUnitCodes: string[];
  responsibleKey: string; assigneeKeys: string[];
  /** who created the task (its assigner) */
  createdByKey: string;
  startDate: IsoDate; deadline: IsoDate | null; weight: number;
  events: DemoTaskEvent[];
}
export interface DemoData {
  units: DemoUnit[]; officials: DemoOfficial[]; documents: DemoDocument[]; tasks: DemoTask[];
}

/** The addresses of the accountability, reports and conclusion pages (not resources). */
export const OFFICIAL_ACCOUNTABILITY_PATH = '/accountability/officials';
export const REPORTS_PATH = '/reports';
export const CONCLUSION_SPLIT_PATH = '/conclusions/split';

/** The task list of tasks an official answers for or carries out, optionally of one timeliness and deadline range. */
export function officialTasksPath(officialId: string, timeliness?: string, from?: string | null, to?: string | null): string {
  const filter: Record<string, unknown> = { involvingOfficialId: officialId };
  if (timeliness) filter.timeliness = timeliness;
  if (from) filter.deadlineFrom = from;
  if (to) filter.deadlineTo = to;
  return `/Task?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

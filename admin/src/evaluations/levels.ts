import { enumChoices } from '../common/inputs.js';

/** The four levels, best first, as choices of a select. */
export const levelChoices = () => {
  const order = ['OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE'];
  return enumChoices('RatingLevel').sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
};

/** One quota group's count: outstanding decided against what the decided "good" allow. */
export interface QuotaCount {
  unitId: string;
  quotaGroup: string;
  good: number;
  outstanding: number;
  allowed: number;
}

const DECIDED = ['DECIDED', 'PUBLISHED'];

/**
 * The quota per unit and group from the listed evaluations, as the server counts it:
 * outstanding ≤ floor(percent × decided good / 100). Integer arithmetic: no 0.2 × 5 = 0.999….
 */
export function quotaCounts(evaluations: Array<Record<string, unknown>>, percent: number): QuotaCount[] {
  const groups = new Map<string, QuotaCount>();
  for (const e of evaluations) {
    const key = `${e.unitId}|${e.quotaGroup}`;
    const count = groups.get(key) ?? { unitId: String(e.unitId), quotaGroup: String(e.quotaGroup), good: 0, outstanding: 0, allowed: 0 };
    if (DECIDED.includes(String(e.state))) {
      if (e.decidedLevel === 'GOOD') count.good += 1;
      if (e.decidedLevel === 'OUTSTANDING') count.outstanding += 1;
    }
    count.allowed = Math.floor((percent * count.good) / 100);
    groups.set(key, count);
  }
  return [...groups.values()];
}

/** The evidence JSON of an evaluation, or nothing when it cannot be read. */
export function parseEvidence(json: unknown): { official?: Record<string, unknown>; unit?: Record<string, unknown> & { subunitRatings?: string[] } } {
  if (typeof json !== 'string') return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** Turns a base64 file into a download in the browser. */
export function downloadBase64(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The notice's own number, derived from the request's registration number so the two can be
 * matched at a glance: `PPID/DINAS-A/2026/00017` → `PT/PPID/DINAS-A/2026/00017` (PT: pemberitahuan tertulis).
 */
export function noticeNumber(requestNumber: string): string {
  return `PT/${requestNumber}`;
}

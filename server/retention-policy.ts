export interface RetentionPolicy {
  /** Published threads are deleted this many days after their last visible activity. */
  publishedDays: number;
  /** Posts never published are deleted after this many days (unless a case about them is open). */
  unpublishedDays: number;
  /** Closed safeguarding cases (and their redacted copies and actions) are deleted this many days after closure. */
  caseRecordDays: number;
}

// Defaults from SAFEGUARDING.md section 7: 12 months after the last reply; 30 days; case records
// 6 years after closure (UK safeguarding record practice).
export const DEFAULT_RETENTION: RetentionPolicy = { publishedDays: 365, unpublishedDays: 30, caseRecordDays: 6 * 365 };

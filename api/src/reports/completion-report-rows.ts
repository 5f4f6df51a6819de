export type Completion = 'not_started' | 'in_progress' | 'completed';

/**
 * One learner × course, with every column of the report, as the report's statement hands it back
 * (completion-report-sql.ts names its columns so): read from what progress stored, the result rolled
 * up in SQL (report-result-sql.ts).
 */
export interface ReportRow {
  enrolmentId: string;
  userId: string;
  learnerName: string;
  /** The student's number in the class the enrolment came from (a roster's), for those who may see it. */
  studentNumber: string | null;
  courseId: string;
  courseTitle: string;
  courseVersion: number;
  classroomId: string | null;
  className: string | null;
  teachers: string | null;
  enrolledAt: Date;
  firstLaunchedAt: Date | null;
  completedAt: Date | null;
  lastActiveAt: Date | null;
  completion: Completion;
  /** The course's rolled-up result, as the learner's own enrolment view gives it: passed, failed or unknown. */
  success: string;
  scoreScaled: number | null;
  seconds: number;
  dueAt: Date | null;
  overdue: boolean;
  certificateCode: string | null;
}

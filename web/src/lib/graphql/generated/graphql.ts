/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** For a new account: the name to show. */
  displayName?: string | null | undefined;
  /** For a new account: its password. */
  password?: string | null | undefined;
  token: string;
};

export type AddMembershipInput = {
  organisationId: string | number;
  role: Role;
  userId: string | number;
};

export type AssignmentInput = {
  dueAt?: string | null | undefined;
  /** A short note to the students. */
  note?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CheckAnswerInput = {
  optionIds: Array<string | number>;
  questionId: string | number;
};

export type ChooseScenarioInput = {
  attemptId: string | number;
  choiceId: string | number;
  locale?: string;
  /** Numbered by the client per attempt and sitting, as in CommitInput. */
  seq: number;
  sessionId: string;
  /** cmi.session_time for this sitting, an ISO 8601 duration. */
  sessionTime?: string | null | undefined;
};

export type ClassDetailsInput = {
  grade?: string | null | undefined;
  name: string;
  /** The term or school year, in the teacher's words ("2026–2027"). */
  term: string;
};

/** Sorting and filtering of the grid (the web passes its query parameters). */
export type ClassProgressQuery = {
  /** Show this course by unit. */
  courseId?: string | number | null | undefined;
  descending?: boolean | null | undefined;
  /** Only students with something overdue. */
  overdueOnly?: boolean | null | undefined;
  /** Part of a student name. */
  search?: string | null | undefined;
  /** name, status, progress, time or lastActive. */
  sort?: string | null | undefined;
  /** Only rows with this status in the first (or chosen) course. */
  status?: string | null | undefined;
};

export type CmiValueInput = {
  /** A SCORM 2004 element name, e.g. cmi.completion_status. */
  element: string;
  value: string;
};

export type CommitInput = {
  attemptId: string | number;
  /** Numbered per attempt by the client: 1, 2, 3… A number already applied is acknowledged but not applied again. */
  seq: number;
  /** Chosen by the client for one sitting; session times of the same sitting replace each other. */
  sessionId: string;
  /** Every value changed since the last acknowledged commit. */
  values: Array<CmiValueInput>;
};

/** Filters and order of the completion report (the web passes its query parameters). */
export type CompletionReportFilter = {
  classroomId?: string | number | null | undefined;
  courseId?: string | number | null | undefined;
  descending?: boolean | null | undefined;
  /** Enrolled on or after this day (YYYY-MM-DD, UTC). */
  from?: string | null | undefined;
  /** learner, course, class, enrolled, completed, lastActive, due or time. */
  sort?: string | null | undefined;
  /** not_started, in_progress, completed or overdue. */
  status?: string | null | undefined;
  /** Enrolled on or before this day (YYYY-MM-DD, UTC). */
  to?: string | null | undefined;
};

export type EmailChangeInput = {
  newEmail: string;
  /** The current password, again. */
  password: string;
};

export type FileChangeInput = {
  path: string;
  /** The new text; null removes the file. */
  text?: string | null | undefined;
};

export type InviteInput = {
  email: string;
  /** The invitation mail's language (default: the inviter's). */
  locale?: string | null | undefined;
  organisationId: string | number;
  role: Role;
};

/** reset: a new code (the old one stops working); open or close: the same code. */
export type JoinCodeAction =
  | 'close'
  | 'open'
  | 'reset';

export type LoginInput = {
  /** What the person logs in with (the web passes the browser's User-Agent), for their sessions page. */
  device?: string | null | undefined;
  email: string;
  password: string;
  /** A shared computer: the session ends with the browser and idles out sooner. */
  sharedComputer?: boolean | null | undefined;
};

export type NewClassInput = {
  grade?: string | null | undefined;
  name: string;
  /** One of the organisations where the teacher teaches. */
  organisationId: string | number;
  /** The term or school year, in the teacher's words ("2026–2027"). */
  term: string;
};

export type NewCourseInput = {
  /** Start from a copy of this course. */
  copyOf?: string | number | null | undefined;
  courseId: string;
  organisationId?: string | number | null | undefined;
  sourceLocale?: string | null | undefined;
  title?: string | null | undefined;
};

export type ReportScheduleInput = {
  classroomId?: string | number | null | undefined;
  courseId?: string | number | null | undefined;
  /** csv or xlsx */
  format: string;
  /** weekly or monthly */
  frequency: string;
  organisationId: string | number;
  /** Enrolled in the last_7_days, last_30_days or last_90_days before each sending, or since_start of the schedule; none: any date. */
  period?: string | null | undefined;
  /** E-mail addresses of the organisation's staff; any other address is refused. */
  recipients: Array<string>;
  /** not_started, in_progress, completed or overdue. */
  status?: string | null | undefined;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** The secret from the mailed link. */
  token: string;
};

/** What a person may do inside one organisation. */
export type Role =
  | 'admin'
  | 'learner'
  | 'partner_admin'
  | 'teacher'
  | 'trainer';

export type SaveReflectionInput = {
  attemptId: string | number;
  /** Numbered by the client per attempt and sitting, as in CommitInput. */
  seq: number;
  sessionId: string;
  /** cmi.session_time for this sitting, an ISO 8601 duration. */
  sessionTime?: string | null | undefined;
  /** Reflections are private unless the learner chooses to share them with their teacher. */
  shareWithTeacher?: boolean;
  text: string;
};

export type SecondFactorLoginInput = {
  /** The challenge from the SECOND_FACTOR_REQUIRED error of `login`. */
  challenge: string;
  /** A six-digit code from the authenticator app, or a recovery code. */
  code: string;
};

export type SignUpInput = {
  displayName: string;
  email: string;
  /** Preferred language, e.g. "en" or "fr". */
  locale?: string | null | undefined;
  password: string;
};

export type StudentProgressStatus =
  | 'completed'
  | 'in_progress'
  | 'not_started';

/** A knowledge check submitted for scoring; it is stored as a numbered commit like any other. */
export type SubmitCheckInput = {
  answers: Array<CheckAnswerInput>;
  attemptId: string | number;
  /** The language for the feedback. */
  locale?: string;
  /** Numbered by the client per attempt and sitting, as in CommitInput. */
  seq: number;
  sessionId: string;
  /** cmi.session_time for this sitting, an ISO 8601 duration. */
  sessionTime?: string | null | undefined;
};

export type CourseDraftQueryVariables = Exact<{
  courseId: string | number;
}>;


export type CourseDraftQuery = { courseDraft: { courseId: string, organisationName: string, revision: number, updatedAt: string, updatedBy: string | null, contentHash: string | null, publishedVersion: number | null, withdrawn: boolean, files: Array<{ path: string, text: string }>, media: Array<{ path: string, size: number, url: string }>, problems: Array<{ file: string, line: number | null, message: string, severity: string }> } };

export type SaveDraftFilesMutationVariables = Exact<{
  courseId: string | number;
  expectedRevision: number;
  changes: Array<FileChangeInput> | FileChangeInput;
}>;


export type SaveDraftFilesMutation = { saveDraftFiles: { revision: number, contentHash: string | null, problems: Array<{ file: string, line: number | null, message: string, severity: string }> } };

export type PreviewUnitFieldsFragment = { id: string, moduleTitle: string, type: string, title: string, html: string, prompt: string | null, questions: Array<{ id: string, kind: string, prompt: string, options: Array<{ id: string, text: string, correct: boolean, feedback: string }> }>, choices: Array<{ id: string, text: string, consequence: string, best: boolean }>, media: Array<{ kind: string, title: string, url: string, captionsUrl: string | null, transcriptHtml: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, locale: string, can: { importPackages: boolean, exportCourses: boolean, authorCourses: boolean, teach: boolean, report: boolean, administer: boolean, secondFactorNeeded: boolean } } | null };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { adminOrganisations: Array<{ id: string, name: string, slug: string, memberCount: number }> };

export type CreateOrganisationMutationVariables = Exact<{
  name: string;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string } };

export type RenameOrganisationMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameOrganisationMutation = { renameOrganisation: { id: string } };

export type AuditLogQueryVariables = Exact<{
  targetId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, actorName: string, action: string, targetName: string, details: string, address: string }> };

export type FunderReportQueryVariables = Exact<{ [key: string]: never; }>;


export type FunderReportQuery = { funderReport: { threshold: number, cells: Array<{ organisationName: string, courseTitle: string, month: string, enrolled: { kind: string, value: number | null }, completed: { kind: string, value: number | null } }>, byOrganisation: Array<{ name: string, enrolled: { kind: string, value: number | null }, completed: { kind: string, value: number | null } }>, byCourse: Array<{ name: string, enrolled: { kind: string, value: number | null }, completed: { kind: string, value: number | null } }>, total: { enrolled: { kind: string, value: number | null }, completed: { kind: string, value: number | null } } } };

export type AdminPeopleQueryVariables = Exact<{
  search: string;
}>;


export type AdminPeopleQuery = { adminPeople: Array<{ id: string, displayName: string, email: string | null, deactivatedAt: string | null }> };

export type AdminPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPersonQuery = { adminPerson: { id: string, displayName: string, email: string | null, deactivatedAt: string | null, secondFactorEnrolled: boolean, memberships: Array<{ id: string, organisationName: string, role: Role }> }, adminOrganisations: Array<{ id: string, name: string }> };

export type ChangeMembershipRoleMutationVariables = Exact<{
  membershipId: string | number;
  role: Role;
}>;


export type ChangeMembershipRoleMutation = { changeMembershipRole: { id: string } };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { addMembership: { id: string } };

export type DeactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePersonMutation = { deactivatePerson: { id: string } };

export type ReactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivatePersonMutation = { reactivatePerson: { id: string } };

export type ResetSecondFactorMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetSecondFactorMutation = { resetSecondFactor: { id: string } };

export type AuthoringCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoringCoursesQuery = { authoringCourses: Array<{ courseId: string, title: string, organisationName: string | null, readOnly: boolean, hasDraft: boolean, publishedVersion: number | null, withdrawn: boolean }> };

export type CreateCourseDraftMutationVariables = Exact<{
  input: NewCourseInput;
}>;


export type CreateCourseDraftMutation = { createCourseDraft: { courseId: string } };

export type DraftRevisionsQueryVariables = Exact<{
  courseId: string | number;
}>;


export type DraftRevisionsQuery = { draftRevisions: Array<{ revision: number, author: string | null, createdAt: string }> };

export type RestoreDraftRevisionMutationVariables = Exact<{
  courseId: string | number;
  revision: number;
}>;


export type RestoreDraftRevisionMutation = { restoreDraftRevision: { revision: number } };

export type DraftPreviewQueryVariables = Exact<{
  courseId: string | number;
  locale: string;
}>;


export type DraftPreviewQuery = { draftPreview: { locale: string, title: string, description: string, units: Array<{ id: string, moduleTitle: string, type: string, title: string, html: string, prompt: string | null, questions: Array<{ id: string, kind: string, prompt: string, options: Array<{ id: string, text: string, correct: boolean, feedback: string }> }>, choices: Array<{ id: string, text: string, consequence: string, best: boolean }>, media: Array<{ kind: string, title: string, url: string, captionsUrl: string | null, transcriptHtml: string }> }> } };

export type DraftDiffQueryVariables = Exact<{
  courseId: string | number;
}>;


export type DraftDiffQuery = { draftDiff: Array<{ path: string, status: string, parts: Array<{ change: string, text: string }> }>, coursePublications: Array<{ action: string, version: number, note: string, by: string | null, at: string }>, reviewLinks: Array<{ id: string, createdAt: string, revoked: boolean }>, reviewComments: Array<{ unitId: string, name: string, text: string, createdAt: string }> };

export type CreateReviewLinkMutationVariables = Exact<{
  courseId: string | number;
}>;


export type CreateReviewLinkMutation = { createReviewLink: { token: string } };

export type RevokeReviewLinkMutationVariables = Exact<{
  courseId: string | number;
  id: string | number;
}>;


export type RevokeReviewLinkMutation = { revokeReviewLink: boolean };

export type PublishCourseDraftMutationVariables = Exact<{
  courseId: string | number;
  note: string;
}>;


export type PublishCourseDraftMutation = { publishCourseDraft: { version: number } };

export type SetCourseWithdrawnMutationVariables = Exact<{
  courseId: string | number;
  withdrawn: boolean;
  note: string;
}>;


export type SetCourseWithdrawnMutation = { setCourseWithdrawn: { version: number } };

export type DraftTranslationsQueryVariables = Exact<{
  courseId: string | number;
}>;


export type DraftTranslationsQuery = { draftTranslations: { sourceLocale: string, locales: Array<{ locale: string, current: number, total: number }>, units: Array<{ unitId: string, locale: string, state: string }> } };

export type MyPackageImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPackageImportsQuery = { myPackageImports: Array<{ id: string, fileName: string, status: string, courseId: string | null, courseVersion: number | null, createdAt: string }> };

export type PackageImportQueryVariables = Exact<{
  id: string | number;
}>;


export type PackageImportQuery = { packageImport: { id: string, fileName: string, status: string, progress: number, problems: Array<string>, warnings: Array<string>, courseId: string | null, courseVersion: number | null } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { myAccount: { email: string | null, emailVerified: boolean, hasPassword: boolean }, invitableOrganisations: Array<{ id: string }> };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  input: EmailChangeInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ResendEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailVerificationMutation = { resendEmailVerification: boolean };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitableOrganisations: Array<{ id: string, name: string }>, pendingInvitations: Array<{ id: string, email: string, organisationName: string, role: Role, expiresAt: string }> };

export type InviteMutationVariables = Exact<{
  input: InviteInput;
}>;


export type InviteMutation = { invite: boolean };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, device: string | null, startedAt: string, lastUsedAt: string, sharedComputer: boolean, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { endSession: boolean };

export type LogOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutEverywhereMutation = { logOutEverywhere: boolean };

export type JoinClassMutationVariables = Exact<{
  code: string;
}>;


export type JoinClassMutation = { joinClass: string };

export type MyLearningQueryVariables = Exact<{
  locale: string;
}>;


export type MyLearningQuery = { myEnrolments: Array<{ id: string, courseId: string, courseTitle: string, locale: string, completedAt: string | null, completedUnits: number, totalUnits: number, resumeUnitId: string | null }>, myAssignments: Array<{ assignmentId: string, enrolmentId: string | null, className: string, dueAt: string | null, overdue: boolean, note: string | null }>, myCertificates: Array<{ id: string, code: string, courseTitle: string, issuedAt: string }> };

export type EnrolmentOverviewQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type EnrolmentOverviewQuery = { enrolment: { id: string, courseId: string, courseTitle: string, courseVersion: number, locale: string, completedAt: string | null, completedUnits: number, totalUnits: number, resumeUnitId: string | null, successStatus: string, scoreScaled: number | null, units: Array<{ unitId: string, title: string, type: string, moduleTitle: string, completionStatus: string, complete: boolean }>, certificate: { id: string, code: string, issuedAt: string, verificationUrl: string } | null } };

export type LaunchUnitMutationVariables = Exact<{
  enrolmentId: string | number;
  unitId: string | number;
  locale: string;
}>;


export type LaunchUnitMutation = { launchUnit: { enrolmentId: string, courseTitle: string, locale: string, unit: { id: string, type: string, title: string, html: string, prompt: string | null, position: number, total: number, previousUnitId: string | null, nextUnitId: string | null, blockedBy: Array<string>, sequenced: boolean, questions: Array<{ id: string, kind: string, prompt: string, options: Array<{ id: string, text: string }> }> | null, choices: Array<{ id: string, text: string }> | null, media: Array<{ kind: string, title: string, url: string, contentType: string, captionsUrl: string | null, transcriptHtml: string }>, sco: { scormVersion: string, launchUrl: string, contentOrigin: string, runtimeState: Array<{ element: string, value: string }> } | null }, attempt: { id: string, seq: number, completionStatus: string, successStatus: string, location: string, interactions: Array<{ id: string, learnerResponse: string }> }, reflection: { text: string, sharedWithTeacher: boolean } | null } };

export type UnitOutlineQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type UnitOutlineQuery = { enrolment: { units: Array<{ unitId: string, title: string, complete: boolean, available: boolean }> } };

export type CompleteUnitMutationVariables = Exact<{
  input: CommitInput;
}>;


export type CompleteUnitMutation = { commitAttempt: { applied: boolean, courseCompleted: boolean } };

export type SubmitCheckMutationVariables = Exact<{
  input: SubmitCheckInput;
}>;


export type SubmitCheckMutation = { submitCheck: { passed: boolean, correctCount: number, total: number, questions: Array<{ questionId: string, correct: boolean, chosen: Array<{ optionId: string, correct: boolean, feedback: string }> }> } };

export type ChooseScenarioMutationVariables = Exact<{
  input: ChooseScenarioInput;
}>;


export type ChooseScenarioMutation = { chooseScenario: { choiceId: string, consequence: string, best: boolean } };

export type NavigateCourseMutationVariables = Exact<{
  enrolmentId: string | number;
  request: string;
}>;


export type NavigateCourseMutation = { navigateCourse: { unitId: string | null, sessionEnded: boolean, refused: boolean } };

export type SaveReflectionMutationVariables = Exact<{
  input: SaveReflectionInput;
}>;


export type SaveReflectionMutation = { saveReflection: { commit: { applied: boolean } } };

export type MyClassesQueryVariables = Exact<{
  locale: string;
}>;


export type MyClassesQuery = { myClasses: Array<{ id: string, name: string, term: string, teacherNames: Array<string>, canLeave: boolean, assignments: Array<{ assignmentId: string, enrolmentId: string | null, courseTitle: string, dueAt: string | null, completed: boolean, overdue: boolean }> }> };

export type LeaveClassMutationVariables = Exact<{
  classId: string | number;
}>;


export type LeaveClassMutation = { leaveClass: boolean };

export type ReportLinkQueryVariables = Exact<{
  token: string;
}>;


export type ReportLinkQuery = { reportLink: { organisationName: string, frequency: string, format: string, expiresAt: string } };

export type PartnerOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOrganisationsQuery = { reportOrganisations: Array<{ id: string, name: string }> };

export type PartnerOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOrganisationQuery = { reportOrganisations: Array<{ id: string, name: string }> };

export type PartnerDashboardQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type PartnerDashboardQuery = { reportDashboard: { learners: number, enrolled: number, completed: number, overdue: number, overTime: Array<{ month: string, completed: number, cumulative: number }>, byCourse: Array<{ id: string | null, name: string | null, enrolled: number, completed: number, overdue: number }>, byClass: Array<{ id: string | null, name: string | null, enrolled: number, completed: number, overdue: number }> } };

export type OrganisationMembersQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationMembersQuery = { organisationMembers: Array<{ userId: string, displayName: string, email: string | null, roles: Array<string>, classes: Array<string>, deactivatedAt: string | null, canDeactivate: boolean }> };

export type DeactivateMemberMutationVariables = Exact<{
  organisationId: string | number;
  userId: string | number;
}>;


export type DeactivateMemberMutation = { deactivateMember: { userId: string, displayName: string } };

export type PartnerReportQueryVariables = Exact<{
  organisationId: string | number;
  filter?: CompletionReportFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type PartnerReportQuery = { completionReport: { total: number, offset: number, rows: Array<{ enrolmentId: string, learnerName: string, studentNumber: string | null, courseTitle: string, courseVersion: number, className: string | null, teachers: string | null, enrolledAt: string, firstLaunchedAt: string | null, completedAt: string | null, lastActiveAt: string | null, completion: string, success: string, scoreScaled: number | null, seconds: number, dueAt: string | null, overdue: boolean, certificateCode: string | null }> } };

export type PartnerReportOptionsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type PartnerReportOptionsQuery = { reportOptions: { studentNumbers: boolean, courses: Array<{ id: string, name: string }>, classes: Array<{ id: string, name: string }> } };

export type ReportSchedulesQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type ReportSchedulesQuery = { reportSchedules: Array<{ id: string, frequency: string, format: string, courseId: string | null, className: string | null, period: string | null, status: string | null, nextRunAt: string, lastSentAt: string | null, recipients: Array<{ userId: string, displayName: string, email: string }> }>, reportRecipientCandidates: Array<{ userId: string, displayName: string, email: string }>, reportOptions: { courses: Array<{ id: string, name: string }>, classes: Array<{ id: string, name: string }> } };

export type CreateReportScheduleMutationVariables = Exact<{
  input: ReportScheduleInput;
}>;


export type CreateReportScheduleMutation = { createReportSchedule: { id: string } };

export type SendReportScheduleNowMutationVariables = Exact<{
  id: string | number;
}>;


export type SendReportScheduleNowMutation = { sendReportScheduleNow: { id: string } };

export type DeleteReportScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReportScheduleMutation = { deleteReportSchedule: boolean };

export type TeacherClassesQueryVariables = Exact<{
  archived: boolean;
}>;


export type TeacherClassesQuery = { classes: Array<{ id: string, name: string, term: string, grade: string | null, organisationName: string, studentCount: number, archivedAt: string | null }>, me: { memberships: Array<{ organisationId: string, organisationName: string, role: Role }> } | null };

export type CreateClassMutationVariables = Exact<{
  input: NewClassInput;
}>;


export type CreateClassMutation = { createClass: { id: string } };

export type ClassPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type ClassPageQuery = { class: { id: string, name: string, term: string, grade: string | null, organisationName: string, archivedAt: string | null, canManage: boolean, signInCode: string | null, joinCode: string | null, joinUrl: string | null, joinOpen: boolean, joinable: boolean, joinCodeExpiresAt: string | null, joinQrSvg: string | null, teachers: Array<{ id: string, displayName: string }>, assignments: Array<{ id: string, courseId: string, courseTitle: string, dueAt: string | null, note: string | null, overdue: boolean }>, students: Array<{ id: string, displayName: string, usesClassSignIn: boolean, source: string, progress: Array<{ assignmentId: string, status: StudentProgressStatus, completedUnits: number, totalUnits: number }> }> }, catalogue: Array<{ id: string, title: string }> };

export type UpdateClassMutationVariables = Exact<{
  classId: string | number;
  input: ClassDetailsInput;
}>;


export type UpdateClassMutation = { updateClass: { id: string } };

export type ArchiveClassMutationVariables = Exact<{
  classId: string | number;
  archived: boolean;
}>;


export type ArchiveClassMutation = { archiveClass: { id: string } };

export type ChangeJoinCodeMutationVariables = Exact<{
  classId: string | number;
  action: JoinCodeAction;
  expiresAt?: string | null | undefined;
}>;


export type ChangeJoinCodeMutation = { changeJoinCode: { id: string } };

export type AddCoTeacherMutationVariables = Exact<{
  classId: string | number;
  email: string;
}>;


export type AddCoTeacherMutation = { addCoTeacher: { id: string } };

export type RemoveCoTeacherMutationVariables = Exact<{
  classId: string | number;
  teacherId: string | number;
}>;


export type RemoveCoTeacherMutation = { removeCoTeacher: { id: string } };

export type AddStudentsByNameMutationVariables = Exact<{
  classId: string | number;
  names: Array<string> | string;
}>;


export type AddStudentsByNameMutation = { addStudentsByName: Array<{ studentId: string, displayName: string, signInCode: string }> };

export type ResetStudentSignInCodeMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
}>;


export type ResetStudentSignInCodeMutation = { resetStudentSignInCode: { studentId: string, displayName: string, signInCode: string } };

export type RemoveStudentMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
}>;


export type RemoveStudentMutation = { removeStudent: boolean };

export type RenameStudentMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
  displayName: string;
}>;


export type RenameStudentMutation = { renameStudent: boolean };

export type AssignCourseMutationVariables = Exact<{
  classId: string | number;
  courseId: string | number;
  input?: AssignmentInput | null | undefined;
}>;


export type AssignCourseMutation = { assignCourse: { id: string } };

export type UpdateAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  input: AssignmentInput;
}>;


export type UpdateAssignmentMutation = { updateAssignment: { id: string } };

export type WithdrawAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type WithdrawAssignmentMutation = { withdrawAssignment: boolean };

export type ClassProgressGridQueryVariables = Exact<{
  classroomId: string | number;
  query?: ClassProgressQuery | null | undefined;
}>;


export type ClassProgressGridQuery = { classProgress: { classroomId: string, className: string, courseId: string | null, studentCount: number, courses: Array<{ courseId: string, title: string, dueAt: string | null }>, units: Array<{ unitId: string, title: string, type: string }>, rows: Array<{ userId: string, displayName: string, lastActiveAt: string | null, cells: Array<{ id: string, status: string, scoreScaled: number | null, completedUnits: number, totalUnits: number, seconds: number, lastActiveAt: string | null, overdue: boolean }> }>, missedQuestions: Array<{ unitId: string, unitTitle: string, questionId: string, prompt: string, missed: number, answered: number }>, sharedReflections: Array<{ unitId: string, unitTitle: string, displayName: string, text: string, updatedAt: string }> } };

export type RosterImportQueryVariables = Exact<{
  id: string | number;
}>;


export type RosterImportQuery = { rosterImport: { id: string, classroomId: string, fileName: string, format: string, encoding: string | null, sheetName: string | null, otherSheets: Array<string>, needsClassChoice: boolean, canApply: boolean, appliedAt: string | null, classes: Array<{ sourcedId: string, title: string, school: string }>, chosenClass: { sourcedId: string, title: string } | null, counts: { add: number, update: number, unchanged: number, remove: number, skip: number, kept: number }, rows: Array<{ file: string, line: number | null, action: string, displayName: string, previousName: string | null, externalId: string | null }>, problems: Array<{ file: string, line: number | null, reason: string, params: string }> } };

export type ChooseRosterClassMutationVariables = Exact<{
  id: string | number;
  sourcedId: string;
}>;


export type ChooseRosterClassMutation = { chooseRosterClass: { id: string } };

export type ApplyRosterImportMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplyRosterImportMutation = { applyRosterImport: { newStudentIds: Array<string>, counts: { add: number, update: number, remove: number } } };

export type CatalogueQueryVariables = Exact<{
  locale: string;
}>;


export type CatalogueQuery = { catalogue: Array<{ id: string, title: string, description: string, estimatedMinutes: number, locale: string, availableLocales: Array<string>, unitCount: number, scormVersion: string | null, scormEdition: string | null }> };

export type MySecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondFactorQuery = { mySecondFactor: { enrolled: boolean, required: boolean, recoveryCodesLeft: number, passkeys: number } };

export type BeginSecondFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginSecondFactorEnrolmentMutation = { beginSecondFactorEnrolment: { secret: string, uri: string, qrDataUrl: string } };

export type ConfirmSecondFactorEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmSecondFactorEnrolmentMutation = { confirmSecondFactorEnrolment: Array<string> };

export type TurnOffSecondFactorMutationVariables = Exact<{
  code: string;
}>;


export type TurnOffSecondFactorMutation = { turnOffSecondFactor: boolean };

export type BeginPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginPasskeyRegistrationMutation = { beginPasskeyRegistration: string };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  response: string;
}>;


export type FinishPasskeyRegistrationMutation = { finishPasskeyRegistration: boolean };

export type ClassSignInMutationVariables = Exact<{
  classCode: string;
  personalCode: string;
}>;


export type ClassSignInMutation = { classSignIn: { viewer: { id: string } } };

export type CourseDetailQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type CourseDetailQuery = { course: { id: string, version: number, locale: string, availableLocales: Array<string>, title: string, description: string, audience: string | null, estimatedMinutes: number, outcomes: Array<string>, unitCount: number, scormVersion: string | null, scormEdition: string | null, enrolmentId: string | null, modules: Array<{ id: string, title: string, units: Array<{ id: string, title: string, type: string }> }> } };

export type EnrolMutationVariables = Exact<{
  courseId: string | number;
  locale: string;
}>;


export type EnrolMutation = { enrol: { id: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { organisationName: string, role: Role, email: string, hasAccount: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: boolean };

export type ChooseLanguageMutationVariables = Exact<{
  locale: string;
}>;


export type ChooseLanguageMutation = { chooseLanguage: string };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { viewer: { id: string, can: { secondFactorNeeded: boolean } } } };

export type LoginWithSecondFactorMutationVariables = Exact<{
  input: SecondFactorLoginInput;
}>;


export type LoginWithSecondFactorMutation = { loginWithSecondFactor: { viewer: { id: string, can: { secondFactorNeeded: boolean } } } };

export type PasskeyLoginOptionsMutationVariables = Exact<{
  challenge: string;
}>;


export type PasskeyLoginOptionsMutation = { passkeyLoginOptions: string };

export type LoginWithPasskeyMutationVariables = Exact<{
  challenge: string;
  response: string;
}>;


export type LoginWithPasskeyMutation = { loginWithPasskey: { viewer: { id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ReviewQueryVariables = Exact<{
  token: string;
  locale: string;
}>;


export type ReviewQuery = { review: { courseId: string, locale: string, title: string, description: string, units: Array<{ id: string, moduleTitle: string, type: string, title: string, html: string, prompt: string | null, questions: Array<{ id: string, kind: string, prompt: string, options: Array<{ id: string, text: string, correct: boolean, feedback: string }> }>, choices: Array<{ id: string, text: string, consequence: string, best: boolean }>, media: Array<{ kind: string, title: string, url: string, captionsUrl: string | null, transcriptHtml: string }> }> } };

export type AddReviewCommentMutationVariables = Exact<{
  token: string;
  unitId: string;
  name: string;
  text: string;
}>;


export type AddReviewCommentMutation = { addReviewComment: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { viewer: { id: string } } };

export type ConfirmEmailMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailMutation = { confirmEmail: string };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { code: string, learnerName: string, courseTitle: string, courseVersion: number, issuedAt: string } | null, certificateRevocation: { revokedAt: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PreviewUnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment PreviewUnitFields on PreviewUnitView {
  id
  moduleTitle
  type
  title
  html
  prompt
  questions {
    id
    kind
    prompt
    options {
      id
      text
      correct
      feedback
    }
  }
  choices {
    id
    text
    consequence
    best
  }
  media {
    kind
    title
    url
    captionsUrl
    transcriptHtml
  }
}
    `, {"fragmentName":"PreviewUnitFields"}) as unknown as TypedDocumentString<PreviewUnitFieldsFragment, unknown>;
export const CourseDraftDocument = new TypedDocumentString(`
    query CourseDraft($courseId: ID!) {
  courseDraft(courseId: $courseId) {
    courseId
    organisationName
    revision
    updatedAt
    updatedBy
    contentHash
    publishedVersion
    withdrawn
    files {
      path
      text
    }
    media {
      path
      size
      url
    }
    problems {
      file
      line
      message
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDraftQuery, CourseDraftQueryVariables>;
export const SaveDraftFilesDocument = new TypedDocumentString(`
    mutation SaveDraftFiles($courseId: ID!, $expectedRevision: Int!, $changes: [FileChangeInput!]!) {
  saveDraftFiles(
    courseId: $courseId
    expectedRevision: $expectedRevision
    changes: $changes
  ) {
    revision
    contentHash
    problems {
      file
      line
      message
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<SaveDraftFilesMutation, SaveDraftFilesMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    locale
    can {
      importPackages
      exportCourses
      authorCourses
      teach
      report
      administer
      secondFactorNeeded
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations {
  adminOrganisations {
    id
    name
    slug
    memberCount
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($name: String!) {
  createOrganisation(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const RenameOrganisationDocument = new TypedDocumentString(`
    mutation RenameOrganisation($id: ID!, $name: String!) {
  renameOrganisation(id: $id, name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<RenameOrganisationMutation, RenameOrganisationMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($targetId: ID) {
  auditLog(targetId: $targetId) {
    id
    at
    actorName
    action
    targetName
    details
    address
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const FunderReportDocument = new TypedDocumentString(`
    query FunderReport {
  funderReport {
    threshold
    cells {
      organisationName
      courseTitle
      month
      enrolled {
        kind
        value
      }
      completed {
        kind
        value
      }
    }
    byOrganisation {
      name
      enrolled {
        kind
        value
      }
      completed {
        kind
        value
      }
    }
    byCourse {
      name
      enrolled {
        kind
        value
      }
      completed {
        kind
        value
      }
    }
    total {
      enrolled {
        kind
        value
      }
      completed {
        kind
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunderReportQuery, FunderReportQueryVariables>;
export const AdminPeopleDocument = new TypedDocumentString(`
    query AdminPeople($search: String!) {
  adminPeople(search: $search) {
    id
    displayName
    email
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AdminPeopleQuery, AdminPeopleQueryVariables>;
export const AdminPersonDocument = new TypedDocumentString(`
    query AdminPerson($id: ID!) {
  adminPerson(id: $id) {
    id
    displayName
    email
    deactivatedAt
    secondFactorEnrolled
    memberships {
      id
      organisationName
      role
    }
  }
  adminOrganisations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminPersonQuery, AdminPersonQueryVariables>;
export const ChangeMembershipRoleDocument = new TypedDocumentString(`
    mutation ChangeMembershipRole($membershipId: ID!, $role: Role!) {
  changeMembershipRole(membershipId: $membershipId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeMembershipRoleMutation, ChangeMembershipRoleMutationVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($input: AddMembershipInput!) {
  addMembership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const DeactivatePersonDocument = new TypedDocumentString(`
    mutation DeactivatePerson($id: ID!) {
  deactivatePerson(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const ReactivatePersonDocument = new TypedDocumentString(`
    mutation ReactivatePerson($id: ID!) {
  reactivatePerson(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReactivatePersonMutation, ReactivatePersonMutationVariables>;
export const ResetSecondFactorDocument = new TypedDocumentString(`
    mutation ResetSecondFactor($id: ID!) {
  resetSecondFactor(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResetSecondFactorMutation, ResetSecondFactorMutationVariables>;
export const AuthoringCoursesDocument = new TypedDocumentString(`
    query AuthoringCourses {
  authoringCourses {
    courseId
    title
    organisationName
    readOnly
    hasDraft
    publishedVersion
    withdrawn
  }
}
    `) as unknown as TypedDocumentString<AuthoringCoursesQuery, AuthoringCoursesQueryVariables>;
export const CreateCourseDraftDocument = new TypedDocumentString(`
    mutation CreateCourseDraft($input: NewCourseInput!) {
  createCourseDraft(input: $input) {
    courseId
  }
}
    `) as unknown as TypedDocumentString<CreateCourseDraftMutation, CreateCourseDraftMutationVariables>;
export const DraftRevisionsDocument = new TypedDocumentString(`
    query DraftRevisions($courseId: ID!) {
  draftRevisions(courseId: $courseId) {
    revision
    author
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DraftRevisionsQuery, DraftRevisionsQueryVariables>;
export const RestoreDraftRevisionDocument = new TypedDocumentString(`
    mutation RestoreDraftRevision($courseId: ID!, $revision: Int!) {
  restoreDraftRevision(courseId: $courseId, revision: $revision) {
    revision
  }
}
    `) as unknown as TypedDocumentString<RestoreDraftRevisionMutation, RestoreDraftRevisionMutationVariables>;
export const DraftPreviewDocument = new TypedDocumentString(`
    query DraftPreview($courseId: ID!, $locale: String!) {
  draftPreview(courseId: $courseId, locale: $locale) {
    locale
    title
    description
    units {
      ...PreviewUnitFields
    }
  }
}
    fragment PreviewUnitFields on PreviewUnitView {
  id
  moduleTitle
  type
  title
  html
  prompt
  questions {
    id
    kind
    prompt
    options {
      id
      text
      correct
      feedback
    }
  }
  choices {
    id
    text
    consequence
    best
  }
  media {
    kind
    title
    url
    captionsUrl
    transcriptHtml
  }
}`) as unknown as TypedDocumentString<DraftPreviewQuery, DraftPreviewQueryVariables>;
export const DraftDiffDocument = new TypedDocumentString(`
    query DraftDiff($courseId: ID!) {
  draftDiff(courseId: $courseId) {
    path
    status
    parts {
      change
      text
    }
  }
  coursePublications(courseId: $courseId) {
    action
    version
    note
    by
    at
  }
  reviewLinks(courseId: $courseId) {
    id
    createdAt
    revoked
  }
  reviewComments(courseId: $courseId) {
    unitId
    name
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DraftDiffQuery, DraftDiffQueryVariables>;
export const CreateReviewLinkDocument = new TypedDocumentString(`
    mutation CreateReviewLink($courseId: ID!) {
  createReviewLink(courseId: $courseId) {
    token
  }
}
    `) as unknown as TypedDocumentString<CreateReviewLinkMutation, CreateReviewLinkMutationVariables>;
export const RevokeReviewLinkDocument = new TypedDocumentString(`
    mutation RevokeReviewLink($courseId: ID!, $id: ID!) {
  revokeReviewLink(courseId: $courseId, id: $id)
}
    `) as unknown as TypedDocumentString<RevokeReviewLinkMutation, RevokeReviewLinkMutationVariables>;
export const PublishCourseDraftDocument = new TypedDocumentString(`
    mutation PublishCourseDraft($courseId: ID!, $note: String!) {
  publishCourseDraft(courseId: $courseId, note: $note) {
    version
  }
}
    `) as unknown as TypedDocumentString<PublishCourseDraftMutation, PublishCourseDraftMutationVariables>;
export const SetCourseWithdrawnDocument = new TypedDocumentString(`
    mutation SetCourseWithdrawn($courseId: ID!, $withdrawn: Boolean!, $note: String!) {
  setCourseWithdrawn(courseId: $courseId, withdrawn: $withdrawn, note: $note) {
    version
  }
}
    `) as unknown as TypedDocumentString<SetCourseWithdrawnMutation, SetCourseWithdrawnMutationVariables>;
export const DraftTranslationsDocument = new TypedDocumentString(`
    query DraftTranslations($courseId: ID!) {
  draftTranslations(courseId: $courseId) {
    sourceLocale
    locales {
      locale
      current
      total
    }
    units {
      unitId
      locale
      state
    }
  }
}
    `) as unknown as TypedDocumentString<DraftTranslationsQuery, DraftTranslationsQueryVariables>;
export const MyPackageImportsDocument = new TypedDocumentString(`
    query MyPackageImports {
  myPackageImports {
    id
    fileName
    status
    courseId
    courseVersion
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyPackageImportsQuery, MyPackageImportsQueryVariables>;
export const PackageImportDocument = new TypedDocumentString(`
    query PackageImport($id: ID!) {
  packageImport(id: $id) {
    id
    fileName
    status
    progress
    problems
    warnings
    courseId
    courseVersion
  }
}
    `) as unknown as TypedDocumentString<PackageImportQuery, PackageImportQueryVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount {
  myAccount {
    email
    emailVerified
    hasPassword
  }
  invitableOrganisations {
    id
  }
}
    `) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($input: EmailChangeInput!) {
  requestEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ResendEmailVerificationDocument = new TypedDocumentString(`
    mutation ResendEmailVerification {
  resendEmailVerification
}
    `) as unknown as TypedDocumentString<ResendEmailVerificationMutation, ResendEmailVerificationMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitableOrganisations {
    id
    name
  }
  pendingInvitations {
    id
    email
    organisationName
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteDocument = new TypedDocumentString(`
    mutation Invite($input: InviteInput!) {
  invite(input: $input)
}
    `) as unknown as TypedDocumentString<InviteMutation, InviteMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    device
    startedAt
    lastUsedAt
    sharedComputer
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($id: ID!) {
  endSession(id: $id)
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const LogOutEverywhereDocument = new TypedDocumentString(`
    mutation LogOutEverywhere {
  logOutEverywhere
}
    `) as unknown as TypedDocumentString<LogOutEverywhereMutation, LogOutEverywhereMutationVariables>;
export const JoinClassDocument = new TypedDocumentString(`
    mutation JoinClass($code: String!) {
  joinClass(code: $code)
}
    `) as unknown as TypedDocumentString<JoinClassMutation, JoinClassMutationVariables>;
export const MyLearningDocument = new TypedDocumentString(`
    query MyLearning($locale: String!) {
  myEnrolments(locale: $locale) {
    id
    courseId
    courseTitle
    locale
    completedAt
    completedUnits
    totalUnits
    resumeUnitId
  }
  myAssignments(locale: $locale) {
    assignmentId
    enrolmentId
    className
    dueAt
    overdue
    note
  }
  myCertificates {
    id
    code
    courseTitle
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<MyLearningQuery, MyLearningQueryVariables>;
export const EnrolmentOverviewDocument = new TypedDocumentString(`
    query EnrolmentOverview($id: ID!, $locale: String!) {
  enrolment(id: $id, locale: $locale) {
    id
    courseId
    courseTitle
    courseVersion
    locale
    completedAt
    completedUnits
    totalUnits
    resumeUnitId
    successStatus
    scoreScaled
    units {
      unitId
      title
      type
      moduleTitle
      completionStatus
      complete
    }
    certificate {
      id
      code
      issuedAt
      verificationUrl
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolmentOverviewQuery, EnrolmentOverviewQueryVariables>;
export const LaunchUnitDocument = new TypedDocumentString(`
    mutation LaunchUnit($enrolmentId: ID!, $unitId: ID!, $locale: String!) {
  launchUnit(enrolmentId: $enrolmentId, unitId: $unitId, locale: $locale) {
    enrolmentId
    courseTitle
    locale
    unit {
      id
      type
      title
      html
      prompt
      position
      total
      previousUnitId
      nextUnitId
      questions {
        id
        kind
        prompt
        options {
          id
          text
        }
      }
      choices {
        id
        text
      }
      media {
        kind
        title
        url
        contentType
        captionsUrl
        transcriptHtml
      }
      blockedBy
      sequenced
      sco {
        scormVersion
        launchUrl
        contentOrigin
        runtimeState {
          element
          value
        }
      }
    }
    attempt {
      id
      seq
      completionStatus
      successStatus
      location
      interactions {
        id
        learnerResponse
      }
    }
    reflection {
      text
      sharedWithTeacher
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchUnitMutation, LaunchUnitMutationVariables>;
export const UnitOutlineDocument = new TypedDocumentString(`
    query UnitOutline($id: ID!, $locale: String!) {
  enrolment(id: $id, locale: $locale) {
    units {
      unitId
      title
      complete
      available
    }
  }
}
    `) as unknown as TypedDocumentString<UnitOutlineQuery, UnitOutlineQueryVariables>;
export const CompleteUnitDocument = new TypedDocumentString(`
    mutation CompleteUnit($input: CommitInput!) {
  commitAttempt(input: $input) {
    applied
    courseCompleted
  }
}
    `) as unknown as TypedDocumentString<CompleteUnitMutation, CompleteUnitMutationVariables>;
export const SubmitCheckDocument = new TypedDocumentString(`
    mutation SubmitCheck($input: SubmitCheckInput!) {
  submitCheck(input: $input) {
    passed
    correctCount
    total
    questions {
      questionId
      correct
      chosen {
        optionId
        correct
        feedback
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitCheckMutation, SubmitCheckMutationVariables>;
export const ChooseScenarioDocument = new TypedDocumentString(`
    mutation ChooseScenario($input: ChooseScenarioInput!) {
  chooseScenario(input: $input) {
    choiceId
    consequence
    best
  }
}
    `) as unknown as TypedDocumentString<ChooseScenarioMutation, ChooseScenarioMutationVariables>;
export const NavigateCourseDocument = new TypedDocumentString(`
    mutation NavigateCourse($enrolmentId: ID!, $request: String!) {
  navigateCourse(enrolmentId: $enrolmentId, request: $request) {
    unitId
    sessionEnded
    refused
  }
}
    `) as unknown as TypedDocumentString<NavigateCourseMutation, NavigateCourseMutationVariables>;
export const SaveReflectionDocument = new TypedDocumentString(`
    mutation SaveReflection($input: SaveReflectionInput!) {
  saveReflection(input: $input) {
    commit {
      applied
    }
  }
}
    `) as unknown as TypedDocumentString<SaveReflectionMutation, SaveReflectionMutationVariables>;
export const MyClassesDocument = new TypedDocumentString(`
    query MyClasses($locale: String!) {
  myClasses(locale: $locale) {
    id
    name
    term
    teacherNames
    canLeave
    assignments {
      assignmentId
      enrolmentId
      courseTitle
      dueAt
      completed
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<MyClassesQuery, MyClassesQueryVariables>;
export const LeaveClassDocument = new TypedDocumentString(`
    mutation LeaveClass($classId: ID!) {
  leaveClass(classId: $classId)
}
    `) as unknown as TypedDocumentString<LeaveClassMutation, LeaveClassMutationVariables>;
export const ReportLinkDocument = new TypedDocumentString(`
    query ReportLink($token: String!) {
  reportLink(token: $token) {
    organisationName
    frequency
    format
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ReportLinkQuery, ReportLinkQueryVariables>;
export const PartnerOrganisationsDocument = new TypedDocumentString(`
    query PartnerOrganisations {
  reportOrganisations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PartnerOrganisationsQuery, PartnerOrganisationsQueryVariables>;
export const PartnerOrganisationDocument = new TypedDocumentString(`
    query PartnerOrganisation {
  reportOrganisations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PartnerOrganisationQuery, PartnerOrganisationQueryVariables>;
export const PartnerDashboardDocument = new TypedDocumentString(`
    query PartnerDashboard($organisationId: ID!) {
  reportDashboard(organisationId: $organisationId) {
    learners
    enrolled
    completed
    overdue
    overTime {
      month
      completed
      cumulative
    }
    byCourse {
      id
      name
      enrolled
      completed
      overdue
    }
    byClass {
      id
      name
      enrolled
      completed
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerDashboardQuery, PartnerDashboardQueryVariables>;
export const OrganisationMembersDocument = new TypedDocumentString(`
    query OrganisationMembers($organisationId: ID!) {
  organisationMembers(organisationId: $organisationId) {
    userId
    displayName
    email
    roles
    classes
    deactivatedAt
    canDeactivate
  }
}
    `) as unknown as TypedDocumentString<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const DeactivateMemberDocument = new TypedDocumentString(`
    mutation DeactivateMember($organisationId: ID!, $userId: ID!) {
  deactivateMember(organisationId: $organisationId, userId: $userId) {
    userId
    displayName
  }
}
    `) as unknown as TypedDocumentString<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const PartnerReportDocument = new TypedDocumentString(`
    query PartnerReport($organisationId: ID!, $filter: CompletionReportFilter, $offset: Int!, $limit: Int!) {
  completionReport(
    organisationId: $organisationId
    filter: $filter
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    rows {
      enrolmentId
      learnerName
      studentNumber
      courseTitle
      courseVersion
      className
      teachers
      enrolledAt
      firstLaunchedAt
      completedAt
      lastActiveAt
      completion
      success
      scoreScaled
      seconds
      dueAt
      overdue
      certificateCode
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerReportQuery, PartnerReportQueryVariables>;
export const PartnerReportOptionsDocument = new TypedDocumentString(`
    query PartnerReportOptions($organisationId: ID!) {
  reportOptions(organisationId: $organisationId) {
    courses {
      id
      name
    }
    classes {
      id
      name
    }
    studentNumbers
  }
}
    `) as unknown as TypedDocumentString<PartnerReportOptionsQuery, PartnerReportOptionsQueryVariables>;
export const ReportSchedulesDocument = new TypedDocumentString(`
    query ReportSchedules($organisationId: ID!) {
  reportSchedules(organisationId: $organisationId) {
    id
    frequency
    format
    courseId
    className
    period
    status
    nextRunAt
    lastSentAt
    recipients {
      userId
      displayName
      email
    }
  }
  reportRecipientCandidates(organisationId: $organisationId) {
    userId
    displayName
    email
  }
  reportOptions(organisationId: $organisationId) {
    courses {
      id
      name
    }
    classes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReportSchedulesQuery, ReportSchedulesQueryVariables>;
export const CreateReportScheduleDocument = new TypedDocumentString(`
    mutation CreateReportSchedule($input: ReportScheduleInput!) {
  createReportSchedule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReportScheduleMutation, CreateReportScheduleMutationVariables>;
export const SendReportScheduleNowDocument = new TypedDocumentString(`
    mutation SendReportScheduleNow($id: ID!) {
  sendReportScheduleNow(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendReportScheduleNowMutation, SendReportScheduleNowMutationVariables>;
export const DeleteReportScheduleDocument = new TypedDocumentString(`
    mutation DeleteReportSchedule($id: ID!) {
  deleteReportSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteReportScheduleMutation, DeleteReportScheduleMutationVariables>;
export const TeacherClassesDocument = new TypedDocumentString(`
    query TeacherClasses($archived: Boolean!) {
  classes(archived: $archived) {
    id
    name
    term
    grade
    organisationName
    studentCount
    archivedAt
  }
  me {
    memberships {
      organisationId
      organisationName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherClassesQuery, TeacherClassesQueryVariables>;
export const CreateClassDocument = new TypedDocumentString(`
    mutation CreateClass($input: NewClassInput!) {
  createClass(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateClassMutation, CreateClassMutationVariables>;
export const ClassPageDocument = new TypedDocumentString(`
    query ClassPage($id: ID!, $locale: String!) {
  class(id: $id) {
    id
    name
    term
    grade
    organisationName
    archivedAt
    canManage
    signInCode
    joinCode
    joinUrl
    joinOpen
    joinable
    joinCodeExpiresAt
    joinQrSvg
    teachers {
      id
      displayName
    }
    assignments(locale: $locale) {
      id
      courseId
      courseTitle
      dueAt
      note
      overdue
    }
    students(locale: $locale) {
      id
      displayName
      usesClassSignIn
      source
      progress {
        assignmentId
        status
        completedUnits
        totalUnits
      }
    }
  }
  catalogue(locale: $locale) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ClassPageQuery, ClassPageQueryVariables>;
export const UpdateClassDocument = new TypedDocumentString(`
    mutation UpdateClass($classId: ID!, $input: ClassDetailsInput!) {
  updateClass(classId: $classId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateClassMutation, UpdateClassMutationVariables>;
export const ArchiveClassDocument = new TypedDocumentString(`
    mutation ArchiveClass($classId: ID!, $archived: Boolean!) {
  archiveClass(classId: $classId, archived: $archived) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArchiveClassMutation, ArchiveClassMutationVariables>;
export const ChangeJoinCodeDocument = new TypedDocumentString(`
    mutation ChangeJoinCode($classId: ID!, $action: JoinCodeAction!, $expiresAt: DateTime) {
  changeJoinCode(classId: $classId, action: $action, expiresAt: $expiresAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeJoinCodeMutation, ChangeJoinCodeMutationVariables>;
export const AddCoTeacherDocument = new TypedDocumentString(`
    mutation AddCoTeacher($classId: ID!, $email: String!) {
  addCoTeacher(classId: $classId, email: $email) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCoTeacherMutation, AddCoTeacherMutationVariables>;
export const RemoveCoTeacherDocument = new TypedDocumentString(`
    mutation RemoveCoTeacher($classId: ID!, $teacherId: ID!) {
  removeCoTeacher(classId: $classId, teacherId: $teacherId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCoTeacherMutation, RemoveCoTeacherMutationVariables>;
export const AddStudentsByNameDocument = new TypedDocumentString(`
    mutation AddStudentsByName($classId: ID!, $names: [String!]!) {
  addStudentsByName(classId: $classId, names: $names) {
    studentId
    displayName
    signInCode
  }
}
    `) as unknown as TypedDocumentString<AddStudentsByNameMutation, AddStudentsByNameMutationVariables>;
export const ResetStudentSignInCodeDocument = new TypedDocumentString(`
    mutation ResetStudentSignInCode($classId: ID!, $studentId: ID!) {
  resetStudentSignInCode(classId: $classId, studentId: $studentId) {
    studentId
    displayName
    signInCode
  }
}
    `) as unknown as TypedDocumentString<ResetStudentSignInCodeMutation, ResetStudentSignInCodeMutationVariables>;
export const RemoveStudentDocument = new TypedDocumentString(`
    mutation RemoveStudent($classId: ID!, $studentId: ID!) {
  removeStudent(classId: $classId, studentId: $studentId)
}
    `) as unknown as TypedDocumentString<RemoveStudentMutation, RemoveStudentMutationVariables>;
export const RenameStudentDocument = new TypedDocumentString(`
    mutation RenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {
  renameStudent(
    classId: $classId
    studentId: $studentId
    displayName: $displayName
  )
}
    `) as unknown as TypedDocumentString<RenameStudentMutation, RenameStudentMutationVariables>;
export const AssignCourseDocument = new TypedDocumentString(`
    mutation AssignCourse($classId: ID!, $courseId: ID!, $input: AssignmentInput) {
  assignCourse(classId: $classId, courseId: $courseId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignCourseMutation, AssignCourseMutationVariables>;
export const UpdateAssignmentDocument = new TypedDocumentString(`
    mutation UpdateAssignment($assignmentId: ID!, $input: AssignmentInput!) {
  updateAssignment(assignmentId: $assignmentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>;
export const WithdrawAssignmentDocument = new TypedDocumentString(`
    mutation WithdrawAssignment($assignmentId: ID!) {
  withdrawAssignment(assignmentId: $assignmentId)
}
    `) as unknown as TypedDocumentString<WithdrawAssignmentMutation, WithdrawAssignmentMutationVariables>;
export const ClassProgressGridDocument = new TypedDocumentString(`
    query ClassProgressGrid($classroomId: ID!, $query: ClassProgressQuery) {
  classProgress(classroomId: $classroomId, query: $query) {
    classroomId
    className
    courseId
    studentCount
    courses {
      courseId
      title
      dueAt
    }
    units {
      unitId
      title
      type
    }
    rows {
      userId
      displayName
      lastActiveAt
      cells {
        id
        status
        scoreScaled
        completedUnits
        totalUnits
        seconds
        lastActiveAt
        overdue
      }
    }
    missedQuestions {
      unitId
      unitTitle
      questionId
      prompt
      missed
      answered
    }
    sharedReflections {
      unitId
      unitTitle
      displayName
      text
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClassProgressGridQuery, ClassProgressGridQueryVariables>;
export const RosterImportDocument = new TypedDocumentString(`
    query RosterImport($id: ID!) {
  rosterImport(id: $id) {
    id
    classroomId
    fileName
    format
    encoding
    sheetName
    otherSheets
    needsClassChoice
    canApply
    appliedAt
    classes {
      sourcedId
      title
      school
    }
    chosenClass {
      sourcedId
      title
    }
    counts {
      add
      update
      unchanged
      remove
      skip
      kept
    }
    rows {
      file
      line
      action
      displayName
      previousName
      externalId
    }
    problems {
      file
      line
      reason
      params
    }
  }
}
    `) as unknown as TypedDocumentString<RosterImportQuery, RosterImportQueryVariables>;
export const ChooseRosterClassDocument = new TypedDocumentString(`
    mutation ChooseRosterClass($id: ID!, $sourcedId: String!) {
  chooseRosterClass(id: $id, sourcedId: $sourcedId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChooseRosterClassMutation, ChooseRosterClassMutationVariables>;
export const ApplyRosterImportDocument = new TypedDocumentString(`
    mutation ApplyRosterImport($id: ID!) {
  applyRosterImport(id: $id) {
    counts {
      add
      update
      remove
    }
    newStudentIds
  }
}
    `) as unknown as TypedDocumentString<ApplyRosterImportMutation, ApplyRosterImportMutationVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($locale: String!) {
  catalogue(locale: $locale) {
    id
    title
    description
    estimatedMinutes
    locale
    availableLocales
    unitCount
    scormVersion
    scormEdition
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const MySecondFactorDocument = new TypedDocumentString(`
    query MySecondFactor {
  mySecondFactor {
    enrolled
    required
    recoveryCodesLeft
    passkeys
  }
}
    `) as unknown as TypedDocumentString<MySecondFactorQuery, MySecondFactorQueryVariables>;
export const BeginSecondFactorEnrolmentDocument = new TypedDocumentString(`
    mutation BeginSecondFactorEnrolment {
  beginSecondFactorEnrolment {
    secret
    uri
    qrDataUrl
  }
}
    `) as unknown as TypedDocumentString<BeginSecondFactorEnrolmentMutation, BeginSecondFactorEnrolmentMutationVariables>;
export const ConfirmSecondFactorEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmSecondFactorEnrolment($code: String!) {
  confirmSecondFactorEnrolment(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmSecondFactorEnrolmentMutation, ConfirmSecondFactorEnrolmentMutationVariables>;
export const TurnOffSecondFactorDocument = new TypedDocumentString(`
    mutation TurnOffSecondFactor($code: String!) {
  turnOffSecondFactor(code: $code)
}
    `) as unknown as TypedDocumentString<TurnOffSecondFactorMutation, TurnOffSecondFactorMutationVariables>;
export const BeginPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation BeginPasskeyRegistration {
  beginPasskeyRegistration
}
    `) as unknown as TypedDocumentString<BeginPasskeyRegistrationMutation, BeginPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation FinishPasskeyRegistration($response: String!) {
  finishPasskeyRegistration(response: $response)
}
    `) as unknown as TypedDocumentString<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const ClassSignInDocument = new TypedDocumentString(`
    mutation ClassSignIn($classCode: String!, $personalCode: String!) {
  classSignIn(classCode: $classCode, personalCode: $personalCode) {
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClassSignInMutation, ClassSignInMutationVariables>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($id: ID!, $locale: String!) {
  course(id: $id, locale: $locale) {
    id
    version
    locale
    availableLocales
    title
    description
    audience
    estimatedMinutes
    outcomes
    unitCount
    scormVersion
    scormEdition
    enrolmentId
    modules {
      id
      title
      units {
        id
        title
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const EnrolDocument = new TypedDocumentString(`
    mutation Enrol($courseId: ID!, $locale: String!) {
  enrol(courseId: $courseId, locale: $locale) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnrolMutation, EnrolMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  invitation(token: $token) {
    organisationName
    role
    email
    hasAccount
  }
}
    `) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input)
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChooseLanguageDocument = new TypedDocumentString(`
    mutation ChooseLanguage($locale: String!) {
  chooseLanguage(locale: $locale)
}
    `) as unknown as TypedDocumentString<ChooseLanguageMutation, ChooseLanguageMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    viewer {
      id
      can {
        secondFactorNeeded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LoginWithSecondFactorDocument = new TypedDocumentString(`
    mutation LoginWithSecondFactor($input: SecondFactorLoginInput!) {
  loginWithSecondFactor(input: $input) {
    viewer {
      id
      can {
        secondFactorNeeded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithSecondFactorMutation, LoginWithSecondFactorMutationVariables>;
export const PasskeyLoginOptionsDocument = new TypedDocumentString(`
    mutation PasskeyLoginOptions($challenge: String!) {
  passkeyLoginOptions(challenge: $challenge)
}
    `) as unknown as TypedDocumentString<PasskeyLoginOptionsMutation, PasskeyLoginOptionsMutationVariables>;
export const LoginWithPasskeyDocument = new TypedDocumentString(`
    mutation LoginWithPasskey($challenge: String!, $response: String!) {
  loginWithPasskey(challenge: $challenge, response: $response) {
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithPasskeyMutation, LoginWithPasskeyMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ReviewDocument = new TypedDocumentString(`
    query Review($token: String!, $locale: String!) {
  review(token: $token, locale: $locale) {
    courseId
    locale
    title
    description
    units {
      ...PreviewUnitFields
    }
  }
}
    fragment PreviewUnitFields on PreviewUnitView {
  id
  moduleTitle
  type
  title
  html
  prompt
  questions {
    id
    kind
    prompt
    options {
      id
      text
      correct
      feedback
    }
  }
  choices {
    id
    text
    consequence
    best
  }
  media {
    kind
    title
    url
    captionsUrl
    transcriptHtml
  }
}`) as unknown as TypedDocumentString<ReviewQuery, ReviewQueryVariables>;
export const AddReviewCommentDocument = new TypedDocumentString(`
    mutation AddReviewComment($token: String!, $unitId: String!, $name: String!, $text: String!) {
  addReviewComment(token: $token, unitId: $unitId, name: $name, text: $text)
}
    `) as unknown as TypedDocumentString<AddReviewCommentMutation, AddReviewCommentMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const ConfirmEmailDocument = new TypedDocumentString(`
    mutation ConfirmEmail($token: String!) {
  confirmEmail(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    code
    learnerName
    courseTitle
    courseVersion
    issuedAt
  }
  certificateRevocation(code: $code) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
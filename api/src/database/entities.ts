import { Membership } from '../account/membership.entity.js';
import { AccountToken } from '../account/account-token.entity.js';
import { Organisation } from '../account/organisation.entity.js';
import { User } from '../account/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Session } from '../auth/session.entity.js';
import { CertificateRevocation } from '../certificate/certificate-revocation.entity.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { Assignment } from '../classroom/assignment.entity.js';
import { ClassroomStudent } from '../classroom/classroom-student.entity.js';
import { ClassroomTeacher } from '../classroom/classroom-teacher.entity.js';
import { Classroom } from '../classroom/classroom.entity.js';
import { CourseAsset } from '../course/course-asset.entity.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { OutboxEvent } from '../events/outbox-event.entity.js';
import { SequencingState } from '../progress/sequencing/sequencing-state.entity.js';
import { SharedData } from '../progress/shared-data/shared-data.entity.js';
import { LoginChallenge } from '../mfa/login-challenge.entity.js';
import { Passkey, PasskeyRegistration } from '../mfa/passkey.entity.js';
import { RecoveryCode } from '../mfa/recovery-code.entity.js';
import { TotpFactor } from '../mfa/totp-factor.entity.js';
import { Reflection } from '../reflection/reflection.entity.js';
import { ReportScheduleRecipient } from '../report-schedules/report-schedule-recipient.entity.js';
import { ReportSchedule } from '../report-schedules/report-schedule.entity.js';
import { RosterImport } from '../roster/roster-import.entity.js';
import { PackageImport } from '../scorm/import/package-import.entity.js';
import { Attempt } from '../tracking/attempt.entity.js';
import { CourseDraft } from '../authoring/course-draft.entity.js';
import { CoursePublication } from '../authoring/course-publication.entity.js';
import { DraftRevision } from '../authoring/draft-revision.entity.js';
import { ReviewComment } from '../authoring/review-comment.entity.js';
import { ReviewLink } from '../authoring/review-link.entity.js';

/** Every entity, listed once, so that the api, the worker and the CLI discover the same model. */
export const entities = [
  Organisation,
  User,
  Membership,
  Session,
  Course,
  CourseVersion,
  Enrolment,
  Attempt,
  Certificate,
  Reflection,
  CourseAsset,
  PackageImport,
  Passkey,
  PasskeyRegistration,
  OutboxEvent,
  AccountToken,
  CertificateRevocation,
  Classroom,
  ClassroomTeacher,
  ClassroomStudent,
  Assignment,
  RosterImport,
  TotpFactor,
  RecoveryCode,
  ReportSchedule,
  ReportScheduleRecipient,
  LoginChallenge,
  AuditEntry,
  SequencingState,
  SharedData,
  CourseDraft,
  DraftRevision,
  CoursePublication,
  ReviewLink,
  ReviewComment,
];

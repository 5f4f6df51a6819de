/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type LoginInput = {
  email: string;
  password: string;
};

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

export type SignUpInput = {
  displayName: string;
  email: string;
  /** Preferred language, e.g. "en" or "fr". */
  locale?: string | null | undefined;
  password: string;
};

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, locale: string, can: { importPackages: boolean, exportCourses: boolean, teach: boolean, report: boolean, administer: boolean } } | null };

export type MyPackageImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPackageImportsQuery = { myPackageImports: Array<{ id: string, fileName: string, status: string, courseId: string | null, courseVersion: number | null, createdAt: string }> };

export type PackageImportQueryVariables = Exact<{
  id: string | number;
}>;


export type PackageImportQuery = { packageImport: { id: string, fileName: string, status: string, progress: number, problems: Array<string>, warnings: Array<string>, courseId: string | null, courseVersion: number | null } };

export type MyLearningQueryVariables = Exact<{
  locale: string;
}>;


export type MyLearningQuery = { myEnrolments: Array<{ id: string, courseId: string, courseTitle: string, locale: string, completedAt: string | null, completedUnits: number, totalUnits: number, resumeUnitId: string | null }>, myCertificates: Array<{ id: string, code: string, courseTitle: string, issuedAt: string }> };

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


export type LaunchUnitMutation = { launchUnit: { enrolmentId: string, courseTitle: string, locale: string, unit: { id: string, type: string, title: string, html: string, prompt: string | null, position: number, total: number, previousUnitId: string | null, nextUnitId: string | null, blockedBy: Array<string>, questions: Array<{ id: string, kind: string, prompt: string, options: Array<{ id: string, text: string }> }> | null, choices: Array<{ id: string, text: string }> | null, media: Array<{ kind: string, title: string, url: string, contentType: string, captionsUrl: string | null, transcriptHtml: string }>, sco: { scormVersion: string, launchUrl: string, contentOrigin: string, runtimeState: Array<{ element: string, value: string }> } | null }, attempt: { id: string, seq: number, completionStatus: string, successStatus: string, location: string, interactions: Array<{ id: string, learnerResponse: string }> }, reflection: { text: string, sharedWithTeacher: boolean } | null } };

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

export type SaveReflectionMutationVariables = Exact<{
  input: SaveReflectionInput;
}>;


export type SaveReflectionMutation = { saveReflection: { commit: { applied: boolean } } };

export type ClassProgressGridQueryVariables = Exact<{
  classroomId: string | number;
  query?: ClassProgressQuery | null | undefined;
}>;


export type ClassProgressGridQuery = { classProgress: { classroomId: string, className: string, courseId: string | null, studentCount: number, courses: Array<{ courseId: string, title: string, dueAt: string | null }>, units: Array<{ unitId: string, title: string, type: string }>, rows: Array<{ userId: string, displayName: string, lastActiveAt: string | null, cells: Array<{ id: string, status: string, scoreScaled: number | null, completedUnits: number, totalUnits: number, seconds: number, lastActiveAt: string | null, overdue: boolean }> }>, missedQuestions: Array<{ unitId: string, unitTitle: string, questionId: string, prompt: string, missed: number, answered: number }>, sharedReflections: Array<{ unitId: string, unitTitle: string, displayName: string, text: string, updatedAt: string }> } };

export type RosterImportQueryVariables = Exact<{
  id: string | number;
}>;


export type RosterImportQuery = { rosterImport: { id: string, classroomId: string, fileName: string, format: string, encoding: string | null, needsClassChoice: boolean, canApply: boolean, appliedAt: string | null, classes: Array<{ sourcedId: string, title: string, school: string }>, chosenClass: { sourcedId: string, title: string } | null, counts: { add: number, update: number, unchanged: number, remove: number, skip: number, kept: number }, rows: Array<{ file: string, line: number | null, action: string, displayName: string, previousName: string | null, externalId: string | null }>, problems: Array<{ file: string, line: number | null, reason: string, params: string }> } };

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


export type CatalogueQuery = { catalogue: Array<{ id: string, title: string, description: string, estimatedMinutes: number, locale: string, unitCount: number }> };

export type CourseDetailQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type CourseDetailQuery = { course: { id: string, version: number, locale: string, title: string, description: string, audience: string | null, estimatedMinutes: number, outcomes: Array<string>, unitCount: number, enrolmentId: string | null, modules: Array<{ id: string, title: string, units: Array<{ id: string, title: string, type: string }> }> } };

export type EnrolMutationVariables = Exact<{
  courseId: string | number;
  locale: string;
}>;


export type EnrolMutation = { enrol: { id: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { viewer: { id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { viewer: { id: string } } };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { code: string, learnerName: string, courseTitle: string, courseVersion: number, issuedAt: string } | null };

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
      teach
      report
      administer
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
export const SaveReflectionDocument = new TypedDocumentString(`
    mutation SaveReflection($input: SaveReflectionInput!) {
  saveReflection(input: $input) {
    commit {
      applied
    }
  }
}
    `) as unknown as TypedDocumentString<SaveReflectionMutation, SaveReflectionMutationVariables>;
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
    unitCount
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($id: ID!, $locale: String!) {
  course(id: $id, locale: $locale) {
    id
    version
    locale
    title
    description
    audience
    estimatedMinutes
    outcomes
    unitCount
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
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    code
    learnerName
    courseTitle
    courseVersion
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
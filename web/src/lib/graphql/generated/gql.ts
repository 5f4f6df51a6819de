/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CourseDraft($courseId: ID!) {\n    courseDraft(courseId: $courseId) {\n      courseId\n      organisationName\n      revision\n      updatedAt\n      updatedBy\n      contentHash\n      publishedVersion\n      withdrawn\n      files {\n        path\n        text\n      }\n      media {\n        path\n        size\n        url\n      }\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n": typeof types.CourseDraftDocument,
    "\n  mutation SaveDraftFiles($courseId: ID!, $expectedRevision: Int!, $changes: [FileChangeInput!]!) {\n    saveDraftFiles(courseId: $courseId, expectedRevision: $expectedRevision, changes: $changes) {\n      revision\n      contentHash\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n": typeof types.SaveDraftFilesDocument,
    "\n  fragment PreviewUnitFields on PreviewUnitView {\n    id\n    moduleTitle\n    type\n    title\n    html\n    prompt\n    questions {\n      id\n      kind\n      prompt\n      options {\n        id\n        text\n        correct\n        feedback\n      }\n    }\n    choices {\n      id\n      text\n      consequence\n      best\n    }\n    media {\n      kind\n      title\n      url\n      captionsUrl\n      transcriptHtml\n    }\n  }\n": typeof types.PreviewUnitFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      can {\n        importPackages\n        exportCourses\n        authorCourses\n        teach\n        report\n        administer\n        secondFactorNeeded\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AdminOrganisations {\n    adminOrganisations {\n      id\n      name\n      slug\n      memberCount\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation RenameOrganisation($id: ID!, $name: String!) {\n    renameOrganisation(id: $id, name: $name) {\n      id\n    }\n  }\n": typeof types.RenameOrganisationDocument,
    "\n  query AuditLog($targetId: ID) {\n    auditLog(targetId: $targetId) {\n      id\n      at\n      actorName\n      action\n      targetName\n      details\n      address\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query FunderReport {\n    funderReport {\n      threshold\n      cells {\n        organisationName\n        courseTitle\n        month\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byOrganisation {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byCourse {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      total {\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n    }\n  }\n": typeof types.FunderReportDocument,
    "\n  query AdminPeople($search: String!) {\n    adminPeople(search: $search) {\n      id\n      displayName\n      email\n      deactivatedAt\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query AdminPerson($id: ID!) {\n    adminPerson(id: $id) {\n      id\n      displayName\n      email\n      deactivatedAt\n      secondFactorEnrolled\n      memberships {\n        id\n        organisationName\n        role\n      }\n    }\n    adminOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.AdminPersonDocument,
    "\n  mutation ChangeMembershipRole($membershipId: ID!, $role: Role!) {\n    changeMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n": typeof types.ChangeMembershipRoleDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  mutation ResetSecondFactor($id: ID!) {\n    resetSecondFactor(id: $id) {\n      id\n    }\n  }\n": typeof types.ResetSecondFactorDocument,
    "\n  query AuthoringCourses {\n    authoringCourses {\n      courseId\n      title\n      organisationName\n      readOnly\n      hasDraft\n      publishedVersion\n      withdrawn\n    }\n  }\n": typeof types.AuthoringCoursesDocument,
    "\n  mutation CreateCourseDraft($input: NewCourseInput!) {\n    createCourseDraft(input: $input) {\n      courseId\n    }\n  }\n": typeof types.CreateCourseDraftDocument,
    "\n  query DraftRevisions($courseId: ID!) {\n    draftRevisions(courseId: $courseId) {\n      revision\n      author\n      createdAt\n    }\n  }\n": typeof types.DraftRevisionsDocument,
    "\n  mutation RestoreDraftRevision($courseId: ID!, $revision: Int!) {\n    restoreDraftRevision(courseId: $courseId, revision: $revision) {\n      revision\n    }\n  }\n": typeof types.RestoreDraftRevisionDocument,
    "\n  query DraftPreview($courseId: ID!, $locale: String!) {\n    draftPreview(courseId: $courseId, locale: $locale) {\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n": typeof types.DraftPreviewDocument,
    "\n  query DraftDiff($courseId: ID!) {\n    draftDiff(courseId: $courseId) {\n      path\n      status\n      parts {\n        change\n        text\n      }\n    }\n    coursePublications(courseId: $courseId) {\n      action\n      version\n      note\n      by\n      at\n    }\n    reviewLinks(courseId: $courseId) {\n      id\n      createdAt\n      revoked\n    }\n    reviewComments(courseId: $courseId) {\n      unitId\n      name\n      text\n      createdAt\n    }\n  }\n": typeof types.DraftDiffDocument,
    "\n  mutation CreateReviewLink($courseId: ID!) {\n    createReviewLink(courseId: $courseId) {\n      token\n    }\n  }\n": typeof types.CreateReviewLinkDocument,
    "\n  mutation RevokeReviewLink($courseId: ID!, $id: ID!) {\n    revokeReviewLink(courseId: $courseId, id: $id)\n  }\n": typeof types.RevokeReviewLinkDocument,
    "\n  mutation PublishCourseDraft($courseId: ID!, $note: String!) {\n    publishCourseDraft(courseId: $courseId, note: $note) {\n      version\n    }\n  }\n": typeof types.PublishCourseDraftDocument,
    "\n  mutation SetCourseWithdrawn($courseId: ID!, $withdrawn: Boolean!, $note: String!) {\n    setCourseWithdrawn(courseId: $courseId, withdrawn: $withdrawn, note: $note) {\n      version\n    }\n  }\n": typeof types.SetCourseWithdrawnDocument,
    "\n  query DraftTranslations($courseId: ID!) {\n    draftTranslations(courseId: $courseId) {\n      sourceLocale\n      locales {\n        locale\n        current\n        total\n      }\n      units {\n        unitId\n        locale\n        state\n      }\n    }\n  }\n": typeof types.DraftTranslationsDocument,
    "\n  query MyPackageImports {\n    myPackageImports {\n      id\n      fileName\n      status\n      courseId\n      courseVersion\n      createdAt\n    }\n  }\n": typeof types.MyPackageImportsDocument,
    "\n  query PackageImport($id: ID!) {\n    packageImport(id: $id) {\n      id\n      fileName\n      status\n      progress\n      problems\n      warnings\n      courseId\n      courseVersion\n    }\n  }\n": typeof types.PackageImportDocument,
    "\n  query MyAccount {\n    myAccount {\n      email\n      emailVerified\n      hasPassword\n    }\n    invitableOrganisations {\n      id\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: EmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n": typeof types.ResendEmailVerificationDocument,
    "\n  query Invitations {\n    invitableOrganisations {\n      id\n      name\n    }\n    pendingInvitations {\n      id\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input)\n  }\n": typeof types.InviteDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      startedAt\n      lastUsedAt\n      sharedComputer\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": typeof types.LogOutEverywhereDocument,
    "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code)\n  }\n": typeof types.JoinClassDocument,
    "\n  query MyLearning($locale: String!) {\n    myEnrolments(locale: $locale) {\n      id\n      courseId\n      courseTitle\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n    }\n    myAssignments(locale: $locale) {\n      assignmentId\n      enrolmentId\n      className\n      dueAt\n      overdue\n      note\n    }\n    myCertificates {\n      id\n      code\n      courseTitle\n      issuedAt\n    }\n  }\n": typeof types.MyLearningDocument,
    "\n  query EnrolmentOverview($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      id\n      courseId\n      courseTitle\n      courseVersion\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n      successStatus\n      scoreScaled\n      units {\n        unitId\n        title\n        type\n        moduleTitle\n        completionStatus\n        complete\n      }\n      certificate {\n        id\n        code\n        issuedAt\n        verificationUrl\n      }\n    }\n  }\n": typeof types.EnrolmentOverviewDocument,
    "\n  mutation LaunchUnit($enrolmentId: ID!, $unitId: ID!, $locale: String!) {\n    launchUnit(enrolmentId: $enrolmentId, unitId: $unitId, locale: $locale) {\n      enrolmentId\n      courseTitle\n      locale\n      unit {\n        id\n        type\n        title\n        html\n        prompt\n        position\n        total\n        previousUnitId\n        nextUnitId\n        questions {\n          id\n          kind\n          prompt\n          options {\n            id\n            text\n          }\n        }\n        choices {\n          id\n          text\n        }\n        media {\n          kind\n          title\n          url\n          contentType\n          captionsUrl\n          transcriptHtml\n        }\n        blockedBy\n        sequenced\n        sco {\n          scormVersion\n          launchUrl\n          contentOrigin\n          runtimeState {\n            element\n            value\n          }\n        }\n      }\n      attempt {\n        id\n        seq\n        completionStatus\n        successStatus\n        location\n        interactions {\n          id\n          learnerResponse\n        }\n      }\n      reflection {\n        text\n        sharedWithTeacher\n      }\n    }\n  }\n": typeof types.LaunchUnitDocument,
    "\n  query UnitOutline($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      units {\n        unitId\n        title\n        complete\n        available\n      }\n    }\n  }\n": typeof types.UnitOutlineDocument,
    "\n  mutation CompleteUnit($input: CommitInput!) {\n    commitAttempt(input: $input) {\n      applied\n      courseCompleted\n    }\n  }\n": typeof types.CompleteUnitDocument,
    "\n  mutation SubmitCheck($input: SubmitCheckInput!) {\n    submitCheck(input: $input) {\n      passed\n      correctCount\n      total\n      questions {\n        questionId\n        correct\n        chosen {\n          optionId\n          correct\n          feedback\n        }\n      }\n    }\n  }\n": typeof types.SubmitCheckDocument,
    "\n  mutation ChooseScenario($input: ChooseScenarioInput!) {\n    chooseScenario(input: $input) {\n      choiceId\n      consequence\n      best\n    }\n  }\n": typeof types.ChooseScenarioDocument,
    "\n  mutation NavigateCourse($enrolmentId: ID!, $request: String!) {\n    navigateCourse(enrolmentId: $enrolmentId, request: $request) {\n      unitId\n      sessionEnded\n      refused\n    }\n  }\n": typeof types.NavigateCourseDocument,
    "\n  mutation SaveReflection($input: SaveReflectionInput!) {\n    saveReflection(input: $input) {\n      commit {\n        applied\n      }\n    }\n  }\n": typeof types.SaveReflectionDocument,
    "\n  query MyClasses($locale: String!) {\n    myClasses(locale: $locale) {\n      id\n      name\n      term\n      teacherNames\n      canLeave\n      assignments {\n        assignmentId\n        enrolmentId\n        courseTitle\n        dueAt\n        completed\n        overdue\n      }\n    }\n  }\n": typeof types.MyClassesDocument,
    "\n  mutation LeaveClass($classId: ID!) {\n    leaveClass(classId: $classId)\n  }\n": typeof types.LeaveClassDocument,
    "\n  query ReportLink($token: String!) {\n    reportLink(token: $token) {\n      organisationName\n      frequency\n      format\n      expiresAt\n    }\n  }\n": typeof types.ReportLinkDocument,
    "\n  query PartnerOrganisations {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query PartnerOrganisation {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOrganisationDocument,
    "\n  query PartnerDashboard($organisationId: ID!) {\n    reportDashboard(organisationId: $organisationId) {\n      learners\n      enrolled\n      completed\n      overdue\n      overTime {\n        month\n        completed\n        cumulative\n      }\n      byCourse {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n      byClass {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n    }\n  }\n": typeof types.PartnerDashboardDocument,
    "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      roles\n      classes\n      deactivatedAt\n      canDeactivate\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  mutation DeactivateMember($organisationId: ID!, $userId: ID!) {\n    deactivateMember(organisationId: $organisationId, userId: $userId) {\n      userId\n      displayName\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  query PartnerReport($organisationId: ID!, $filter: CompletionReportFilter, $offset: Int!, $limit: Int!) {\n    completionReport(organisationId: $organisationId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      rows {\n        enrolmentId\n        learnerName\n        studentNumber\n        courseTitle\n        courseVersion\n        className\n        teachers\n        enrolledAt\n        firstLaunchedAt\n        completedAt\n        lastActiveAt\n        completion\n        success\n        scoreScaled\n        seconds\n        dueAt\n        overdue\n        certificateCode\n      }\n    }\n  }\n": typeof types.PartnerReportDocument,
    "\n  query PartnerReportOptions($organisationId: ID!) {\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n      studentNumbers\n    }\n  }\n": typeof types.PartnerReportOptionsDocument,
    "\n  query ReportSchedules($organisationId: ID!) {\n    reportSchedules(organisationId: $organisationId) {\n      id\n      frequency\n      format\n      courseId\n      className\n      period\n      status\n      nextRunAt\n      lastSentAt\n      recipients {\n        userId\n        displayName\n        email\n      }\n    }\n    reportRecipientCandidates(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n    }\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReportSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: ReportScheduleInput!) {\n    createReportSchedule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportScheduleDocument,
    "\n  mutation SendReportScheduleNow($id: ID!) {\n    sendReportScheduleNow(id: $id) {\n      id\n    }\n  }\n": typeof types.SendReportScheduleNowDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": typeof types.DeleteReportScheduleDocument,
    "\n  query TeacherClasses($archived: Boolean!) {\n    classes(archived: $archived) {\n      id\n      name\n      term\n      grade\n      organisationName\n      studentCount\n      archivedAt\n    }\n    me {\n      memberships {\n        organisationId\n        organisationName\n        role\n      }\n    }\n  }\n": typeof types.TeacherClassesDocument,
    "\n  mutation CreateClass($input: NewClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateClassDocument,
    "\n  query ClassPage($id: ID!, $locale: String!) {\n    class(id: $id) {\n      id\n      name\n      term\n      grade\n      organisationName\n      archivedAt\n      canManage\n      signInCode\n      joinCode\n      joinUrl\n      joinOpen\n      joinable\n      joinCodeExpiresAt\n      joinQrSvg\n      teachers {\n        id\n        displayName\n      }\n      assignments(locale: $locale) {\n        id\n        courseId\n        courseTitle\n        dueAt\n        note\n        overdue\n      }\n      students(locale: $locale) {\n        id\n        displayName\n        usesClassSignIn\n        source\n        progress {\n          assignmentId\n          status\n          completedUnits\n          totalUnits\n        }\n      }\n    }\n    catalogue(locale: $locale) {\n      id\n      title\n    }\n  }\n": typeof types.ClassPageDocument,
    "\n  mutation UpdateClass($classId: ID!, $input: ClassDetailsInput!) {\n    updateClass(classId: $classId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateClassDocument,
    "\n  mutation ArchiveClass($classId: ID!, $archived: Boolean!) {\n    archiveClass(classId: $classId, archived: $archived) {\n      id\n    }\n  }\n": typeof types.ArchiveClassDocument,
    "\n  mutation ChangeJoinCode($classId: ID!, $action: JoinCodeAction!, $expiresAt: DateTime) {\n    changeJoinCode(classId: $classId, action: $action, expiresAt: $expiresAt) {\n      id\n    }\n  }\n": typeof types.ChangeJoinCodeDocument,
    "\n  mutation AddCoTeacher($classId: ID!, $email: String!) {\n    addCoTeacher(classId: $classId, email: $email) {\n      id\n    }\n  }\n": typeof types.AddCoTeacherDocument,
    "\n  mutation RemoveCoTeacher($classId: ID!, $teacherId: ID!) {\n    removeCoTeacher(classId: $classId, teacherId: $teacherId) {\n      id\n    }\n  }\n": typeof types.RemoveCoTeacherDocument,
    "\n  mutation AddStudentsByName($classId: ID!, $names: [String!]!) {\n    addStudentsByName(classId: $classId, names: $names) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n": typeof types.AddStudentsByNameDocument,
    "\n  mutation ResetStudentSignInCode($classId: ID!, $studentId: ID!) {\n    resetStudentSignInCode(classId: $classId, studentId: $studentId) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n": typeof types.ResetStudentSignInCodeDocument,
    "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId)\n  }\n": typeof types.RemoveStudentDocument,
    "\n  mutation RenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName)\n  }\n": typeof types.RenameStudentDocument,
    "\n  mutation AssignCourse($classId: ID!, $courseId: ID!, $input: AssignmentInput) {\n    assignCourse(classId: $classId, courseId: $courseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AssignCourseDocument,
    "\n  mutation UpdateAssignment($assignmentId: ID!, $input: AssignmentInput!) {\n    updateAssignment(assignmentId: $assignmentId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation WithdrawAssignment($assignmentId: ID!) {\n    withdrawAssignment(assignmentId: $assignmentId)\n  }\n": typeof types.WithdrawAssignmentDocument,
    "\n  query ClassProgressGrid($classroomId: ID!, $query: ClassProgressQuery) {\n    classProgress(classroomId: $classroomId, query: $query) {\n      classroomId\n      className\n      courseId\n      studentCount\n      courses {\n        courseId\n        title\n        dueAt\n      }\n      units {\n        unitId\n        title\n        type\n      }\n      rows {\n        userId\n        displayName\n        lastActiveAt\n        cells {\n          id\n          status\n          scoreScaled\n          completedUnits\n          totalUnits\n          seconds\n          lastActiveAt\n          overdue\n        }\n      }\n      missedQuestions {\n        unitId\n        unitTitle\n        questionId\n        prompt\n        missed\n        answered\n      }\n      sharedReflections {\n        unitId\n        unitTitle\n        displayName\n        text\n        updatedAt\n      }\n    }\n  }\n": typeof types.ClassProgressGridDocument,
    "\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      classroomId\n      fileName\n      format\n      encoding\n      sheetName\n      otherSheets\n      needsClassChoice\n      canApply\n      appliedAt\n      classes {\n        sourcedId\n        title\n        school\n      }\n      chosenClass {\n        sourcedId\n        title\n      }\n      counts {\n        add\n        update\n        unchanged\n        remove\n        skip\n        kept\n      }\n      rows {\n        file\n        line\n        action\n        displayName\n        previousName\n        externalId\n      }\n      problems {\n        file\n        line\n        reason\n        params\n      }\n    }\n  }\n": typeof types.RosterImportDocument,
    "\n  mutation ChooseRosterClass($id: ID!, $sourcedId: String!) {\n    chooseRosterClass(id: $id, sourcedId: $sourcedId) {\n      id\n    }\n  }\n": typeof types.ChooseRosterClassDocument,
    "\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      counts {\n        add\n        update\n        remove\n      }\n      newStudentIds\n    }\n  }\n": typeof types.ApplyRosterImportDocument,
    "\n  query Catalogue($locale: String!) {\n    catalogue(locale: $locale) {\n      id\n      title\n      description\n      estimatedMinutes\n      locale\n      availableLocales\n      unitCount\n      scormVersion\n      scormEdition\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query MySecondFactor {\n    mySecondFactor {\n      enrolled\n      required\n      recoveryCodesLeft\n      passkeys\n    }\n  }\n": typeof types.MySecondFactorDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": typeof types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code)\n  }\n": typeof types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation TurnOffSecondFactor($code: String!) {\n    turnOffSecondFactor(code: $code)\n  }\n": typeof types.TurnOffSecondFactorDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response)\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation ClassSignIn($classCode: String!, $personalCode: String!) {\n    classSignIn(classCode: $classCode, personalCode: $personalCode) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.ClassSignInDocument,
    "\n  query CourseDetail($id: ID!, $locale: String!) {\n    course(id: $id, locale: $locale) {\n      id\n      version\n      locale\n      availableLocales\n      title\n      description\n      audience\n      estimatedMinutes\n      outcomes\n      unitCount\n      scormVersion\n      scormEdition\n      enrolmentId\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  mutation Enrol($courseId: ID!, $locale: String!) {\n    enrol(courseId: $courseId, locale: $locale) {\n      id\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      role\n      email\n      hasAccount\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChooseLanguage($locale: String!) {\n    chooseLanguage(locale: $locale)\n  }\n": typeof types.ChooseLanguageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginWithSecondFactor($input: SecondFactorLoginInput!) {\n    loginWithSecondFactor(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n": typeof types.LoginWithSecondFactorDocument,
    "\n  mutation PasskeyLoginOptions($challenge: String!) {\n    passkeyLoginOptions(challenge: $challenge)\n  }\n": typeof types.PasskeyLoginOptionsDocument,
    "\n  mutation LoginWithPasskey($challenge: String!, $response: String!) {\n    loginWithPasskey(challenge: $challenge, response: $response) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.LoginWithPasskeyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Review($token: String!, $locale: String!) {\n    review(token: $token, locale: $locale) {\n      courseId\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n": typeof types.ReviewDocument,
    "\n  mutation AddReviewComment($token: String!, $unitId: String!, $name: String!, $text: String!) {\n    addReviewComment(token: $token, unitId: $unitId, name: $name, text: $text)\n  }\n": typeof types.AddReviewCommentDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      learnerName\n      courseTitle\n      courseVersion\n      issuedAt\n    }\n    certificateRevocation(code: $code) {\n      revokedAt\n    }\n  }\n": typeof types.VerifyCertificateDocument,
};
const documents: Documents = {
    "\n  query CourseDraft($courseId: ID!) {\n    courseDraft(courseId: $courseId) {\n      courseId\n      organisationName\n      revision\n      updatedAt\n      updatedBy\n      contentHash\n      publishedVersion\n      withdrawn\n      files {\n        path\n        text\n      }\n      media {\n        path\n        size\n        url\n      }\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n": types.CourseDraftDocument,
    "\n  mutation SaveDraftFiles($courseId: ID!, $expectedRevision: Int!, $changes: [FileChangeInput!]!) {\n    saveDraftFiles(courseId: $courseId, expectedRevision: $expectedRevision, changes: $changes) {\n      revision\n      contentHash\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n": types.SaveDraftFilesDocument,
    "\n  fragment PreviewUnitFields on PreviewUnitView {\n    id\n    moduleTitle\n    type\n    title\n    html\n    prompt\n    questions {\n      id\n      kind\n      prompt\n      options {\n        id\n        text\n        correct\n        feedback\n      }\n    }\n    choices {\n      id\n      text\n      consequence\n      best\n    }\n    media {\n      kind\n      title\n      url\n      captionsUrl\n      transcriptHtml\n    }\n  }\n": types.PreviewUnitFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      can {\n        importPackages\n        exportCourses\n        authorCourses\n        teach\n        report\n        administer\n        secondFactorNeeded\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AdminOrganisations {\n    adminOrganisations {\n      id\n      name\n      slug\n      memberCount\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation RenameOrganisation($id: ID!, $name: String!) {\n    renameOrganisation(id: $id, name: $name) {\n      id\n    }\n  }\n": types.RenameOrganisationDocument,
    "\n  query AuditLog($targetId: ID) {\n    auditLog(targetId: $targetId) {\n      id\n      at\n      actorName\n      action\n      targetName\n      details\n      address\n    }\n  }\n": types.AuditLogDocument,
    "\n  query FunderReport {\n    funderReport {\n      threshold\n      cells {\n        organisationName\n        courseTitle\n        month\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byOrganisation {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byCourse {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      total {\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n    }\n  }\n": types.FunderReportDocument,
    "\n  query AdminPeople($search: String!) {\n    adminPeople(search: $search) {\n      id\n      displayName\n      email\n      deactivatedAt\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query AdminPerson($id: ID!) {\n    adminPerson(id: $id) {\n      id\n      displayName\n      email\n      deactivatedAt\n      secondFactorEnrolled\n      memberships {\n        id\n        organisationName\n        role\n      }\n    }\n    adminOrganisations {\n      id\n      name\n    }\n  }\n": types.AdminPersonDocument,
    "\n  mutation ChangeMembershipRole($membershipId: ID!, $role: Role!) {\n    changeMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n": types.ChangeMembershipRoleDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  mutation ResetSecondFactor($id: ID!) {\n    resetSecondFactor(id: $id) {\n      id\n    }\n  }\n": types.ResetSecondFactorDocument,
    "\n  query AuthoringCourses {\n    authoringCourses {\n      courseId\n      title\n      organisationName\n      readOnly\n      hasDraft\n      publishedVersion\n      withdrawn\n    }\n  }\n": types.AuthoringCoursesDocument,
    "\n  mutation CreateCourseDraft($input: NewCourseInput!) {\n    createCourseDraft(input: $input) {\n      courseId\n    }\n  }\n": types.CreateCourseDraftDocument,
    "\n  query DraftRevisions($courseId: ID!) {\n    draftRevisions(courseId: $courseId) {\n      revision\n      author\n      createdAt\n    }\n  }\n": types.DraftRevisionsDocument,
    "\n  mutation RestoreDraftRevision($courseId: ID!, $revision: Int!) {\n    restoreDraftRevision(courseId: $courseId, revision: $revision) {\n      revision\n    }\n  }\n": types.RestoreDraftRevisionDocument,
    "\n  query DraftPreview($courseId: ID!, $locale: String!) {\n    draftPreview(courseId: $courseId, locale: $locale) {\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n": types.DraftPreviewDocument,
    "\n  query DraftDiff($courseId: ID!) {\n    draftDiff(courseId: $courseId) {\n      path\n      status\n      parts {\n        change\n        text\n      }\n    }\n    coursePublications(courseId: $courseId) {\n      action\n      version\n      note\n      by\n      at\n    }\n    reviewLinks(courseId: $courseId) {\n      id\n      createdAt\n      revoked\n    }\n    reviewComments(courseId: $courseId) {\n      unitId\n      name\n      text\n      createdAt\n    }\n  }\n": types.DraftDiffDocument,
    "\n  mutation CreateReviewLink($courseId: ID!) {\n    createReviewLink(courseId: $courseId) {\n      token\n    }\n  }\n": types.CreateReviewLinkDocument,
    "\n  mutation RevokeReviewLink($courseId: ID!, $id: ID!) {\n    revokeReviewLink(courseId: $courseId, id: $id)\n  }\n": types.RevokeReviewLinkDocument,
    "\n  mutation PublishCourseDraft($courseId: ID!, $note: String!) {\n    publishCourseDraft(courseId: $courseId, note: $note) {\n      version\n    }\n  }\n": types.PublishCourseDraftDocument,
    "\n  mutation SetCourseWithdrawn($courseId: ID!, $withdrawn: Boolean!, $note: String!) {\n    setCourseWithdrawn(courseId: $courseId, withdrawn: $withdrawn, note: $note) {\n      version\n    }\n  }\n": types.SetCourseWithdrawnDocument,
    "\n  query DraftTranslations($courseId: ID!) {\n    draftTranslations(courseId: $courseId) {\n      sourceLocale\n      locales {\n        locale\n        current\n        total\n      }\n      units {\n        unitId\n        locale\n        state\n      }\n    }\n  }\n": types.DraftTranslationsDocument,
    "\n  query MyPackageImports {\n    myPackageImports {\n      id\n      fileName\n      status\n      courseId\n      courseVersion\n      createdAt\n    }\n  }\n": types.MyPackageImportsDocument,
    "\n  query PackageImport($id: ID!) {\n    packageImport(id: $id) {\n      id\n      fileName\n      status\n      progress\n      problems\n      warnings\n      courseId\n      courseVersion\n    }\n  }\n": types.PackageImportDocument,
    "\n  query MyAccount {\n    myAccount {\n      email\n      emailVerified\n      hasPassword\n    }\n    invitableOrganisations {\n      id\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: EmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n": types.ResendEmailVerificationDocument,
    "\n  query Invitations {\n    invitableOrganisations {\n      id\n      name\n    }\n    pendingInvitations {\n      id\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input)\n  }\n": types.InviteDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      startedAt\n      lastUsedAt\n      sharedComputer\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": types.LogOutEverywhereDocument,
    "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code)\n  }\n": types.JoinClassDocument,
    "\n  query MyLearning($locale: String!) {\n    myEnrolments(locale: $locale) {\n      id\n      courseId\n      courseTitle\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n    }\n    myAssignments(locale: $locale) {\n      assignmentId\n      enrolmentId\n      className\n      dueAt\n      overdue\n      note\n    }\n    myCertificates {\n      id\n      code\n      courseTitle\n      issuedAt\n    }\n  }\n": types.MyLearningDocument,
    "\n  query EnrolmentOverview($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      id\n      courseId\n      courseTitle\n      courseVersion\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n      successStatus\n      scoreScaled\n      units {\n        unitId\n        title\n        type\n        moduleTitle\n        completionStatus\n        complete\n      }\n      certificate {\n        id\n        code\n        issuedAt\n        verificationUrl\n      }\n    }\n  }\n": types.EnrolmentOverviewDocument,
    "\n  mutation LaunchUnit($enrolmentId: ID!, $unitId: ID!, $locale: String!) {\n    launchUnit(enrolmentId: $enrolmentId, unitId: $unitId, locale: $locale) {\n      enrolmentId\n      courseTitle\n      locale\n      unit {\n        id\n        type\n        title\n        html\n        prompt\n        position\n        total\n        previousUnitId\n        nextUnitId\n        questions {\n          id\n          kind\n          prompt\n          options {\n            id\n            text\n          }\n        }\n        choices {\n          id\n          text\n        }\n        media {\n          kind\n          title\n          url\n          contentType\n          captionsUrl\n          transcriptHtml\n        }\n        blockedBy\n        sequenced\n        sco {\n          scormVersion\n          launchUrl\n          contentOrigin\n          runtimeState {\n            element\n            value\n          }\n        }\n      }\n      attempt {\n        id\n        seq\n        completionStatus\n        successStatus\n        location\n        interactions {\n          id\n          learnerResponse\n        }\n      }\n      reflection {\n        text\n        sharedWithTeacher\n      }\n    }\n  }\n": types.LaunchUnitDocument,
    "\n  query UnitOutline($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      units {\n        unitId\n        title\n        complete\n        available\n      }\n    }\n  }\n": types.UnitOutlineDocument,
    "\n  mutation CompleteUnit($input: CommitInput!) {\n    commitAttempt(input: $input) {\n      applied\n      courseCompleted\n    }\n  }\n": types.CompleteUnitDocument,
    "\n  mutation SubmitCheck($input: SubmitCheckInput!) {\n    submitCheck(input: $input) {\n      passed\n      correctCount\n      total\n      questions {\n        questionId\n        correct\n        chosen {\n          optionId\n          correct\n          feedback\n        }\n      }\n    }\n  }\n": types.SubmitCheckDocument,
    "\n  mutation ChooseScenario($input: ChooseScenarioInput!) {\n    chooseScenario(input: $input) {\n      choiceId\n      consequence\n      best\n    }\n  }\n": types.ChooseScenarioDocument,
    "\n  mutation NavigateCourse($enrolmentId: ID!, $request: String!) {\n    navigateCourse(enrolmentId: $enrolmentId, request: $request) {\n      unitId\n      sessionEnded\n      refused\n    }\n  }\n": types.NavigateCourseDocument,
    "\n  mutation SaveReflection($input: SaveReflectionInput!) {\n    saveReflection(input: $input) {\n      commit {\n        applied\n      }\n    }\n  }\n": types.SaveReflectionDocument,
    "\n  query MyClasses($locale: String!) {\n    myClasses(locale: $locale) {\n      id\n      name\n      term\n      teacherNames\n      canLeave\n      assignments {\n        assignmentId\n        enrolmentId\n        courseTitle\n        dueAt\n        completed\n        overdue\n      }\n    }\n  }\n": types.MyClassesDocument,
    "\n  mutation LeaveClass($classId: ID!) {\n    leaveClass(classId: $classId)\n  }\n": types.LeaveClassDocument,
    "\n  query ReportLink($token: String!) {\n    reportLink(token: $token) {\n      organisationName\n      frequency\n      format\n      expiresAt\n    }\n  }\n": types.ReportLinkDocument,
    "\n  query PartnerOrganisations {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query PartnerOrganisation {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n": types.PartnerOrganisationDocument,
    "\n  query PartnerDashboard($organisationId: ID!) {\n    reportDashboard(organisationId: $organisationId) {\n      learners\n      enrolled\n      completed\n      overdue\n      overTime {\n        month\n        completed\n        cumulative\n      }\n      byCourse {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n      byClass {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n    }\n  }\n": types.PartnerDashboardDocument,
    "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      roles\n      classes\n      deactivatedAt\n      canDeactivate\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  mutation DeactivateMember($organisationId: ID!, $userId: ID!) {\n    deactivateMember(organisationId: $organisationId, userId: $userId) {\n      userId\n      displayName\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  query PartnerReport($organisationId: ID!, $filter: CompletionReportFilter, $offset: Int!, $limit: Int!) {\n    completionReport(organisationId: $organisationId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      rows {\n        enrolmentId\n        learnerName\n        studentNumber\n        courseTitle\n        courseVersion\n        className\n        teachers\n        enrolledAt\n        firstLaunchedAt\n        completedAt\n        lastActiveAt\n        completion\n        success\n        scoreScaled\n        seconds\n        dueAt\n        overdue\n        certificateCode\n      }\n    }\n  }\n": types.PartnerReportDocument,
    "\n  query PartnerReportOptions($organisationId: ID!) {\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n      studentNumbers\n    }\n  }\n": types.PartnerReportOptionsDocument,
    "\n  query ReportSchedules($organisationId: ID!) {\n    reportSchedules(organisationId: $organisationId) {\n      id\n      frequency\n      format\n      courseId\n      className\n      period\n      status\n      nextRunAt\n      lastSentAt\n      recipients {\n        userId\n        displayName\n        email\n      }\n    }\n    reportRecipientCandidates(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n    }\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n    }\n  }\n": types.ReportSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: ReportScheduleInput!) {\n    createReportSchedule(input: $input) {\n      id\n    }\n  }\n": types.CreateReportScheduleDocument,
    "\n  mutation SendReportScheduleNow($id: ID!) {\n    sendReportScheduleNow(id: $id) {\n      id\n    }\n  }\n": types.SendReportScheduleNowDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": types.DeleteReportScheduleDocument,
    "\n  query TeacherClasses($archived: Boolean!) {\n    classes(archived: $archived) {\n      id\n      name\n      term\n      grade\n      organisationName\n      studentCount\n      archivedAt\n    }\n    me {\n      memberships {\n        organisationId\n        organisationName\n        role\n      }\n    }\n  }\n": types.TeacherClassesDocument,
    "\n  mutation CreateClass($input: NewClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n": types.CreateClassDocument,
    "\n  query ClassPage($id: ID!, $locale: String!) {\n    class(id: $id) {\n      id\n      name\n      term\n      grade\n      organisationName\n      archivedAt\n      canManage\n      signInCode\n      joinCode\n      joinUrl\n      joinOpen\n      joinable\n      joinCodeExpiresAt\n      joinQrSvg\n      teachers {\n        id\n        displayName\n      }\n      assignments(locale: $locale) {\n        id\n        courseId\n        courseTitle\n        dueAt\n        note\n        overdue\n      }\n      students(locale: $locale) {\n        id\n        displayName\n        usesClassSignIn\n        source\n        progress {\n          assignmentId\n          status\n          completedUnits\n          totalUnits\n        }\n      }\n    }\n    catalogue(locale: $locale) {\n      id\n      title\n    }\n  }\n": types.ClassPageDocument,
    "\n  mutation UpdateClass($classId: ID!, $input: ClassDetailsInput!) {\n    updateClass(classId: $classId, input: $input) {\n      id\n    }\n  }\n": types.UpdateClassDocument,
    "\n  mutation ArchiveClass($classId: ID!, $archived: Boolean!) {\n    archiveClass(classId: $classId, archived: $archived) {\n      id\n    }\n  }\n": types.ArchiveClassDocument,
    "\n  mutation ChangeJoinCode($classId: ID!, $action: JoinCodeAction!, $expiresAt: DateTime) {\n    changeJoinCode(classId: $classId, action: $action, expiresAt: $expiresAt) {\n      id\n    }\n  }\n": types.ChangeJoinCodeDocument,
    "\n  mutation AddCoTeacher($classId: ID!, $email: String!) {\n    addCoTeacher(classId: $classId, email: $email) {\n      id\n    }\n  }\n": types.AddCoTeacherDocument,
    "\n  mutation RemoveCoTeacher($classId: ID!, $teacherId: ID!) {\n    removeCoTeacher(classId: $classId, teacherId: $teacherId) {\n      id\n    }\n  }\n": types.RemoveCoTeacherDocument,
    "\n  mutation AddStudentsByName($classId: ID!, $names: [String!]!) {\n    addStudentsByName(classId: $classId, names: $names) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n": types.AddStudentsByNameDocument,
    "\n  mutation ResetStudentSignInCode($classId: ID!, $studentId: ID!) {\n    resetStudentSignInCode(classId: $classId, studentId: $studentId) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n": types.ResetStudentSignInCodeDocument,
    "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId)\n  }\n": types.RemoveStudentDocument,
    "\n  mutation RenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName)\n  }\n": types.RenameStudentDocument,
    "\n  mutation AssignCourse($classId: ID!, $courseId: ID!, $input: AssignmentInput) {\n    assignCourse(classId: $classId, courseId: $courseId, input: $input) {\n      id\n    }\n  }\n": types.AssignCourseDocument,
    "\n  mutation UpdateAssignment($assignmentId: ID!, $input: AssignmentInput!) {\n    updateAssignment(assignmentId: $assignmentId, input: $input) {\n      id\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation WithdrawAssignment($assignmentId: ID!) {\n    withdrawAssignment(assignmentId: $assignmentId)\n  }\n": types.WithdrawAssignmentDocument,
    "\n  query ClassProgressGrid($classroomId: ID!, $query: ClassProgressQuery) {\n    classProgress(classroomId: $classroomId, query: $query) {\n      classroomId\n      className\n      courseId\n      studentCount\n      courses {\n        courseId\n        title\n        dueAt\n      }\n      units {\n        unitId\n        title\n        type\n      }\n      rows {\n        userId\n        displayName\n        lastActiveAt\n        cells {\n          id\n          status\n          scoreScaled\n          completedUnits\n          totalUnits\n          seconds\n          lastActiveAt\n          overdue\n        }\n      }\n      missedQuestions {\n        unitId\n        unitTitle\n        questionId\n        prompt\n        missed\n        answered\n      }\n      sharedReflections {\n        unitId\n        unitTitle\n        displayName\n        text\n        updatedAt\n      }\n    }\n  }\n": types.ClassProgressGridDocument,
    "\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      classroomId\n      fileName\n      format\n      encoding\n      sheetName\n      otherSheets\n      needsClassChoice\n      canApply\n      appliedAt\n      classes {\n        sourcedId\n        title\n        school\n      }\n      chosenClass {\n        sourcedId\n        title\n      }\n      counts {\n        add\n        update\n        unchanged\n        remove\n        skip\n        kept\n      }\n      rows {\n        file\n        line\n        action\n        displayName\n        previousName\n        externalId\n      }\n      problems {\n        file\n        line\n        reason\n        params\n      }\n    }\n  }\n": types.RosterImportDocument,
    "\n  mutation ChooseRosterClass($id: ID!, $sourcedId: String!) {\n    chooseRosterClass(id: $id, sourcedId: $sourcedId) {\n      id\n    }\n  }\n": types.ChooseRosterClassDocument,
    "\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      counts {\n        add\n        update\n        remove\n      }\n      newStudentIds\n    }\n  }\n": types.ApplyRosterImportDocument,
    "\n  query Catalogue($locale: String!) {\n    catalogue(locale: $locale) {\n      id\n      title\n      description\n      estimatedMinutes\n      locale\n      availableLocales\n      unitCount\n      scormVersion\n      scormEdition\n    }\n  }\n": types.CatalogueDocument,
    "\n  query MySecondFactor {\n    mySecondFactor {\n      enrolled\n      required\n      recoveryCodesLeft\n      passkeys\n    }\n  }\n": types.MySecondFactorDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code)\n  }\n": types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation TurnOffSecondFactor($code: String!) {\n    turnOffSecondFactor(code: $code)\n  }\n": types.TurnOffSecondFactorDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response)\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation ClassSignIn($classCode: String!, $personalCode: String!) {\n    classSignIn(classCode: $classCode, personalCode: $personalCode) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.ClassSignInDocument,
    "\n  query CourseDetail($id: ID!, $locale: String!) {\n    course(id: $id, locale: $locale) {\n      id\n      version\n      locale\n      availableLocales\n      title\n      description\n      audience\n      estimatedMinutes\n      outcomes\n      unitCount\n      scormVersion\n      scormEdition\n      enrolmentId\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": types.CourseDetailDocument,
    "\n  mutation Enrol($courseId: ID!, $locale: String!) {\n    enrol(courseId: $courseId, locale: $locale) {\n      id\n    }\n  }\n": types.EnrolDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      role\n      email\n      hasAccount\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChooseLanguage($locale: String!) {\n    chooseLanguage(locale: $locale)\n  }\n": types.ChooseLanguageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginWithSecondFactor($input: SecondFactorLoginInput!) {\n    loginWithSecondFactor(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n": types.LoginWithSecondFactorDocument,
    "\n  mutation PasskeyLoginOptions($challenge: String!) {\n    passkeyLoginOptions(challenge: $challenge)\n  }\n": types.PasskeyLoginOptionsDocument,
    "\n  mutation LoginWithPasskey($challenge: String!, $response: String!) {\n    loginWithPasskey(challenge: $challenge, response: $response) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.LoginWithPasskeyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Review($token: String!, $locale: String!) {\n    review(token: $token, locale: $locale) {\n      courseId\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n": types.ReviewDocument,
    "\n  mutation AddReviewComment($token: String!, $unitId: String!, $name: String!, $text: String!) {\n    addReviewComment(token: $token, unitId: $unitId, name: $name, text: $text)\n  }\n": types.AddReviewCommentDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": types.ConfirmEmailDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      learnerName\n      courseTitle\n      courseVersion\n      issuedAt\n    }\n    certificateRevocation(code: $code) {\n      revokedAt\n    }\n  }\n": types.VerifyCertificateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDraft($courseId: ID!) {\n    courseDraft(courseId: $courseId) {\n      courseId\n      organisationName\n      revision\n      updatedAt\n      updatedBy\n      contentHash\n      publishedVersion\n      withdrawn\n      files {\n        path\n        text\n      }\n      media {\n        path\n        size\n        url\n      }\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n"): typeof import('./graphql').CourseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraftFiles($courseId: ID!, $expectedRevision: Int!, $changes: [FileChangeInput!]!) {\n    saveDraftFiles(courseId: $courseId, expectedRevision: $expectedRevision, changes: $changes) {\n      revision\n      contentHash\n      problems {\n        file\n        line\n        message\n        severity\n      }\n    }\n  }\n"): typeof import('./graphql').SaveDraftFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreviewUnitFields on PreviewUnitView {\n    id\n    moduleTitle\n    type\n    title\n    html\n    prompt\n    questions {\n      id\n      kind\n      prompt\n      options {\n        id\n        text\n        correct\n        feedback\n      }\n    }\n    choices {\n      id\n      text\n      consequence\n      best\n    }\n    media {\n      kind\n      title\n      url\n      captionsUrl\n      transcriptHtml\n    }\n  }\n"): typeof import('./graphql').PreviewUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      can {\n        importPackages\n        exportCourses\n        authorCourses\n        teach\n        report\n        administer\n        secondFactorNeeded\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    adminOrganisations {\n      id\n      name\n      slug\n      memberCount\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganisation($id: ID!, $name: String!) {\n    renameOrganisation(id: $id, name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').RenameOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($targetId: ID) {\n    auditLog(targetId: $targetId) {\n      id\n      at\n      actorName\n      action\n      targetName\n      details\n      address\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderReport {\n    funderReport {\n      threshold\n      cells {\n        organisationName\n        courseTitle\n        month\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byOrganisation {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      byCourse {\n        name\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n      total {\n        enrolled {\n          kind\n          value\n        }\n        completed {\n          kind\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FunderReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($search: String!) {\n    adminPeople(search: $search) {\n      id\n      displayName\n      email\n      deactivatedAt\n    }\n  }\n"): typeof import('./graphql').AdminPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPerson($id: ID!) {\n    adminPerson(id: $id) {\n      id\n      displayName\n      email\n      deactivatedAt\n      secondFactorEnrolled\n      memberships {\n        id\n        organisationName\n        role\n      }\n    }\n    adminOrganisations {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMembershipRole($membershipId: ID!, $role: Role!) {\n    changeMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeMembershipRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($id: ID!) {\n    resetSecondFactor(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResetSecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringCourses {\n    authoringCourses {\n      courseId\n      title\n      organisationName\n      readOnly\n      hasDraft\n      publishedVersion\n      withdrawn\n    }\n  }\n"): typeof import('./graphql').AuthoringCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourseDraft($input: NewCourseInput!) {\n    createCourseDraft(input: $input) {\n      courseId\n    }\n  }\n"): typeof import('./graphql').CreateCourseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftRevisions($courseId: ID!) {\n    draftRevisions(courseId: $courseId) {\n      revision\n      author\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DraftRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDraftRevision($courseId: ID!, $revision: Int!) {\n    restoreDraftRevision(courseId: $courseId, revision: $revision) {\n      revision\n    }\n  }\n"): typeof import('./graphql').RestoreDraftRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPreview($courseId: ID!, $locale: String!) {\n    draftPreview(courseId: $courseId, locale: $locale) {\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n"): typeof import('./graphql').DraftPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftDiff($courseId: ID!) {\n    draftDiff(courseId: $courseId) {\n      path\n      status\n      parts {\n        change\n        text\n      }\n    }\n    coursePublications(courseId: $courseId) {\n      action\n      version\n      note\n      by\n      at\n    }\n    reviewLinks(courseId: $courseId) {\n      id\n      createdAt\n      revoked\n    }\n    reviewComments(courseId: $courseId) {\n      unitId\n      name\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DraftDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReviewLink($courseId: ID!) {\n    createReviewLink(courseId: $courseId) {\n      token\n    }\n  }\n"): typeof import('./graphql').CreateReviewLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReviewLink($courseId: ID!, $id: ID!) {\n    revokeReviewLink(courseId: $courseId, id: $id)\n  }\n"): typeof import('./graphql').RevokeReviewLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCourseDraft($courseId: ID!, $note: String!) {\n    publishCourseDraft(courseId: $courseId, note: $note) {\n      version\n    }\n  }\n"): typeof import('./graphql').PublishCourseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCourseWithdrawn($courseId: ID!, $withdrawn: Boolean!, $note: String!) {\n    setCourseWithdrawn(courseId: $courseId, withdrawn: $withdrawn, note: $note) {\n      version\n    }\n  }\n"): typeof import('./graphql').SetCourseWithdrawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftTranslations($courseId: ID!) {\n    draftTranslations(courseId: $courseId) {\n      sourceLocale\n      locales {\n        locale\n        current\n        total\n      }\n      units {\n        unitId\n        locale\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').DraftTranslationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPackageImports {\n    myPackageImports {\n      id\n      fileName\n      status\n      courseId\n      courseVersion\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyPackageImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageImport($id: ID!) {\n    packageImport(id: $id) {\n      id\n      fileName\n      status\n      progress\n      problems\n      warnings\n      courseId\n      courseVersion\n    }\n  }\n"): typeof import('./graphql').PackageImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      email\n      emailVerified\n      hasPassword\n    }\n    invitableOrganisations {\n      id\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: EmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n"): typeof import('./graphql').ResendEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitableOrganisations {\n      id\n      name\n    }\n    pendingInvitations {\n      id\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input)\n  }\n"): typeof import('./graphql').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      device\n      startedAt\n      lastUsedAt\n      sharedComputer\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n"): typeof import('./graphql').LogOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code)\n  }\n"): typeof import('./graphql').JoinClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearning($locale: String!) {\n    myEnrolments(locale: $locale) {\n      id\n      courseId\n      courseTitle\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n    }\n    myAssignments(locale: $locale) {\n      assignmentId\n      enrolmentId\n      className\n      dueAt\n      overdue\n      note\n    }\n    myCertificates {\n      id\n      code\n      courseTitle\n      issuedAt\n    }\n  }\n"): typeof import('./graphql').MyLearningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentOverview($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      id\n      courseId\n      courseTitle\n      courseVersion\n      locale\n      completedAt\n      completedUnits\n      totalUnits\n      resumeUnitId\n      successStatus\n      scoreScaled\n      units {\n        unitId\n        title\n        type\n        moduleTitle\n        completionStatus\n        complete\n      }\n      certificate {\n        id\n        code\n        issuedAt\n        verificationUrl\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolmentOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchUnit($enrolmentId: ID!, $unitId: ID!, $locale: String!) {\n    launchUnit(enrolmentId: $enrolmentId, unitId: $unitId, locale: $locale) {\n      enrolmentId\n      courseTitle\n      locale\n      unit {\n        id\n        type\n        title\n        html\n        prompt\n        position\n        total\n        previousUnitId\n        nextUnitId\n        questions {\n          id\n          kind\n          prompt\n          options {\n            id\n            text\n          }\n        }\n        choices {\n          id\n          text\n        }\n        media {\n          kind\n          title\n          url\n          contentType\n          captionsUrl\n          transcriptHtml\n        }\n        blockedBy\n        sequenced\n        sco {\n          scormVersion\n          launchUrl\n          contentOrigin\n          runtimeState {\n            element\n            value\n          }\n        }\n      }\n      attempt {\n        id\n        seq\n        completionStatus\n        successStatus\n        location\n        interactions {\n          id\n          learnerResponse\n        }\n      }\n      reflection {\n        text\n        sharedWithTeacher\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOutline($id: ID!, $locale: String!) {\n    enrolment(id: $id, locale: $locale) {\n      units {\n        unitId\n        title\n        complete\n        available\n      }\n    }\n  }\n"): typeof import('./graphql').UnitOutlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUnit($input: CommitInput!) {\n    commitAttempt(input: $input) {\n      applied\n      courseCompleted\n    }\n  }\n"): typeof import('./graphql').CompleteUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheck($input: SubmitCheckInput!) {\n    submitCheck(input: $input) {\n      passed\n      correctCount\n      total\n      questions {\n        questionId\n        correct\n        chosen {\n          optionId\n          correct\n          feedback\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseScenario($input: ChooseScenarioInput!) {\n    chooseScenario(input: $input) {\n      choiceId\n      consequence\n      best\n    }\n  }\n"): typeof import('./graphql').ChooseScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NavigateCourse($enrolmentId: ID!, $request: String!) {\n    navigateCourse(enrolmentId: $enrolmentId, request: $request) {\n      unitId\n      sessionEnded\n      refused\n    }\n  }\n"): typeof import('./graphql').NavigateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReflection($input: SaveReflectionInput!) {\n    saveReflection(input: $input) {\n      commit {\n        applied\n      }\n    }\n  }\n"): typeof import('./graphql').SaveReflectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClasses($locale: String!) {\n    myClasses(locale: $locale) {\n      id\n      name\n      term\n      teacherNames\n      canLeave\n      assignments {\n        assignmentId\n        enrolmentId\n        courseTitle\n        dueAt\n        completed\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').MyClassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveClass($classId: ID!) {\n    leaveClass(classId: $classId)\n  }\n"): typeof import('./graphql').LeaveClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportLink($token: String!) {\n    reportLink(token: $token) {\n      organisationName\n      frequency\n      format\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ReportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PartnerOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisation {\n    reportOrganisations {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PartnerOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDashboard($organisationId: ID!) {\n    reportDashboard(organisationId: $organisationId) {\n      learners\n      enrolled\n      completed\n      overdue\n      overTime {\n        month\n        completed\n        cumulative\n      }\n      byCourse {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n      byClass {\n        id\n        name\n        enrolled\n        completed\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      roles\n      classes\n      deactivatedAt\n      canDeactivate\n    }\n  }\n"): typeof import('./graphql').OrganisationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($organisationId: ID!, $userId: ID!) {\n    deactivateMember(organisationId: $organisationId, userId: $userId) {\n      userId\n      displayName\n    }\n  }\n"): typeof import('./graphql').DeactivateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReport($organisationId: ID!, $filter: CompletionReportFilter, $offset: Int!, $limit: Int!) {\n    completionReport(organisationId: $organisationId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      rows {\n        enrolmentId\n        learnerName\n        studentNumber\n        courseTitle\n        courseVersion\n        className\n        teachers\n        enrolledAt\n        firstLaunchedAt\n        completedAt\n        lastActiveAt\n        completion\n        success\n        scoreScaled\n        seconds\n        dueAt\n        overdue\n        certificateCode\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReportOptions($organisationId: ID!) {\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n      studentNumbers\n    }\n  }\n"): typeof import('./graphql').PartnerReportOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSchedules($organisationId: ID!) {\n    reportSchedules(organisationId: $organisationId) {\n      id\n      frequency\n      format\n      courseId\n      className\n      period\n      status\n      nextRunAt\n      lastSentAt\n      recipients {\n        userId\n        displayName\n        email\n      }\n    }\n    reportRecipientCandidates(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n    }\n    reportOptions(organisationId: $organisationId) {\n      courses {\n        id\n        name\n      }\n      classes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReportSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportSchedule($input: ReportScheduleInput!) {\n    createReportSchedule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReportScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReportScheduleNow($id: ID!) {\n    sendReportScheduleNow(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendReportScheduleNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n"): typeof import('./graphql').DeleteReportScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherClasses($archived: Boolean!) {\n    classes(archived: $archived) {\n      id\n      name\n      term\n      grade\n      organisationName\n      studentCount\n      archivedAt\n    }\n    me {\n      memberships {\n        organisationId\n        organisationName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').TeacherClassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClass($input: NewClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassPage($id: ID!, $locale: String!) {\n    class(id: $id) {\n      id\n      name\n      term\n      grade\n      organisationName\n      archivedAt\n      canManage\n      signInCode\n      joinCode\n      joinUrl\n      joinOpen\n      joinable\n      joinCodeExpiresAt\n      joinQrSvg\n      teachers {\n        id\n        displayName\n      }\n      assignments(locale: $locale) {\n        id\n        courseId\n        courseTitle\n        dueAt\n        note\n        overdue\n      }\n      students(locale: $locale) {\n        id\n        displayName\n        usesClassSignIn\n        source\n        progress {\n          assignmentId\n          status\n          completedUnits\n          totalUnits\n        }\n      }\n    }\n    catalogue(locale: $locale) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ClassPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClass($classId: ID!, $input: ClassDetailsInput!) {\n    updateClass(classId: $classId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClass($classId: ID!, $archived: Boolean!) {\n    archiveClass(classId: $classId, archived: $archived) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchiveClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeJoinCode($classId: ID!, $action: JoinCodeAction!, $expiresAt: DateTime) {\n    changeJoinCode(classId: $classId, action: $action, expiresAt: $expiresAt) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeJoinCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoTeacher($classId: ID!, $email: String!) {\n    addCoTeacher(classId: $classId, email: $email) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCoTeacherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoTeacher($classId: ID!, $teacherId: ID!) {\n    removeCoTeacher(classId: $classId, teacherId: $teacherId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveCoTeacherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStudentsByName($classId: ID!, $names: [String!]!) {\n    addStudentsByName(classId: $classId, names: $names) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n"): typeof import('./graphql').AddStudentsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStudentSignInCode($classId: ID!, $studentId: ID!) {\n    resetStudentSignInCode(classId: $classId, studentId: $studentId) {\n      studentId\n      displayName\n      signInCode\n    }\n  }\n"): typeof import('./graphql').ResetStudentSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId)\n  }\n"): typeof import('./graphql').RemoveStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName)\n  }\n"): typeof import('./graphql').RenameStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCourse($classId: ID!, $courseId: ID!, $input: AssignmentInput) {\n    assignCourse(classId: $classId, courseId: $courseId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($assignmentId: ID!, $input: AssignmentInput!) {\n    updateAssignment(assignmentId: $assignmentId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAssignment($assignmentId: ID!) {\n    withdrawAssignment(assignmentId: $assignmentId)\n  }\n"): typeof import('./graphql').WithdrawAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassProgressGrid($classroomId: ID!, $query: ClassProgressQuery) {\n    classProgress(classroomId: $classroomId, query: $query) {\n      classroomId\n      className\n      courseId\n      studentCount\n      courses {\n        courseId\n        title\n        dueAt\n      }\n      units {\n        unitId\n        title\n        type\n      }\n      rows {\n        userId\n        displayName\n        lastActiveAt\n        cells {\n          id\n          status\n          scoreScaled\n          completedUnits\n          totalUnits\n          seconds\n          lastActiveAt\n          overdue\n        }\n      }\n      missedQuestions {\n        unitId\n        unitTitle\n        questionId\n        prompt\n        missed\n        answered\n      }\n      sharedReflections {\n        unitId\n        unitTitle\n        displayName\n        text\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ClassProgressGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      classroomId\n      fileName\n      format\n      encoding\n      sheetName\n      otherSheets\n      needsClassChoice\n      canApply\n      appliedAt\n      classes {\n        sourcedId\n        title\n        school\n      }\n      chosenClass {\n        sourcedId\n        title\n      }\n      counts {\n        add\n        update\n        unchanged\n        remove\n        skip\n        kept\n      }\n      rows {\n        file\n        line\n        action\n        displayName\n        previousName\n        externalId\n      }\n      problems {\n        file\n        line\n        reason\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').RosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseRosterClass($id: ID!, $sourcedId: String!) {\n    chooseRosterClass(id: $id, sourcedId: $sourcedId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChooseRosterClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      counts {\n        add\n        update\n        remove\n      }\n      newStudentIds\n    }\n  }\n"): typeof import('./graphql').ApplyRosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($locale: String!) {\n    catalogue(locale: $locale) {\n      id\n      title\n      description\n      estimatedMinutes\n      locale\n      availableLocales\n      unitCount\n      scormVersion\n      scormEdition\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondFactor {\n    mySecondFactor {\n      enrolled\n      required\n      recoveryCodesLeft\n      passkeys\n    }\n  }\n"): typeof import('./graphql').MySecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n"): typeof import('./graphql').BeginSecondFactorEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code)\n  }\n"): typeof import('./graphql').ConfirmSecondFactorEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnOffSecondFactor($code: String!) {\n    turnOffSecondFactor(code: $code)\n  }\n"): typeof import('./graphql').TurnOffSecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n"): typeof import('./graphql').BeginPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response)\n  }\n"): typeof import('./graphql').FinishPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassSignIn($classCode: String!, $personalCode: String!) {\n    classSignIn(classCode: $classCode, personalCode: $personalCode) {\n      viewer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ClassSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!, $locale: String!) {\n    course(id: $id, locale: $locale) {\n      id\n      version\n      locale\n      availableLocales\n      title\n      description\n      audience\n      estimatedMinutes\n      outcomes\n      unitCount\n      scormVersion\n      scormEdition\n      enrolmentId\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($courseId: ID!, $locale: String!) {\n    enrol(courseId: $courseId, locale: $locale) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      role\n      email\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').InvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseLanguage($locale: String!) {\n    chooseLanguage(locale: $locale)\n  }\n"): typeof import('./graphql').ChooseLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithSecondFactor($input: SecondFactorLoginInput!) {\n    loginWithSecondFactor(input: $input) {\n      viewer {\n        id\n        can {\n          secondFactorNeeded\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithSecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLoginOptions($challenge: String!) {\n    passkeyLoginOptions(challenge: $challenge)\n  }\n"): typeof import('./graphql').PasskeyLoginOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithPasskey($challenge: String!, $response: String!) {\n    loginWithPasskey(challenge: $challenge, response: $response) {\n      viewer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithPasskeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($token: String!, $locale: String!) {\n    review(token: $token, locale: $locale) {\n      courseId\n      locale\n      title\n      description\n      units {\n        ...PreviewUnitFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewComment($token: String!, $unitId: String!, $name: String!, $text: String!) {\n    addReviewComment(token: $token, unitId: $unitId, name: $name, text: $text)\n  }\n"): typeof import('./graphql').AddReviewCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"): typeof import('./graphql').ConfirmEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      learnerName\n      courseTitle\n      courseVersion\n      issuedAt\n    }\n    certificateRevocation(code: $code) {\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

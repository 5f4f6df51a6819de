import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CourseService } from '../course/course.service.js';
import { AssignmentService } from './assignment.service.js';
import type { Assignment } from './assignment.entity.js';
import { ClassRosterService } from './class-roster.service.js';
import { ClassStudentsService } from './class-students.service.js';
import { assignmentView } from './class-views.js';
import { ClassroomService } from './classroom.service.js';
import {
  AssignmentInput,
  AssignmentView,
  ClassDetailsInput,
  ClassroomView,
  ClassStudentView,
  ClassTeacherView,
  IssuedSignInCodeView,
  JoinCodeAction,
  NewClassInput,
} from './classroom.types.js';
import { qrSvg } from './qr-code.js';

const locale = () => Args('locale', { defaultValue: 'en' });
const classId = () => Args('classId', { type: () => ID });

/** Teachers' classes; every service call checks that the viewer teaches (or, to read, oversees) the class. */
@Resolver(() => ClassroomView)
export class ClassroomResolver {
  constructor(
    private readonly classService: ClassroomService,
    private readonly studentService: ClassStudentsService,
    private readonly roster: ClassRosterService,
    private readonly assignmentService: AssignmentService,
    private readonly courses: CourseService,
  ) {}

  @Query(() => [ClassroomView], { description: 'Classes the viewer teaches (partner admins: their organisation’s).' })
  classes(@CurrentViewer() viewer: Viewer, @Args('archived', { defaultValue: false }) archived: boolean): Promise<ClassroomView[]> {
    return this.classService.views(viewer, archived);
  }

  @Query(() => ClassroomView)
  class(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ClassroomView> {
    return this.classService.get(viewer, id);
  }

  @ResolveField(() => [ClassTeacherView])
  teachers(@CurrentViewer() viewer: Viewer, @Parent() c: ClassroomView): Promise<ClassTeacherView[]> {
    return this.classService.teachers(viewer, c.id);
  }

  @ResolveField(() => [ClassStudentView], { description: 'Students with their state in each live assignment.' })
  students(@CurrentViewer() viewer: Viewer, @Parent() c: ClassroomView, @locale() lang: string): Promise<ClassStudentView[]> {
    return this.roster.students(viewer, c.id, lang);
  }

  @ResolveField(() => [AssignmentView])
  async assignments(@CurrentViewer() viewer: Viewer, @Parent() c: ClassroomView, @locale() lang: string): Promise<AssignmentView[]> {
    return Promise.all((await this.assignmentService.forClass(viewer, c.id)).map((a) => this.assignmentView(a, lang)));
  }

  @ResolveField(() => String, { nullable: true, description: 'The join link as a QR code (SVG); its text alternative is joinUrl.' })
  joinQrSvg(@Parent() c: ClassroomView): Promise<string> | null {
    return c.joinUrl ? qrSvg(c.joinUrl) : null;
  }

  @Mutation(() => ClassroomView)
  async createClass(@CurrentViewer() viewer: Viewer, @Args('input') input: NewClassInput): Promise<ClassroomView> {
    const created = await this.classService.create(viewer, input.organisationId, input);
    return this.classService.get(viewer, created.id);
  }

  @Mutation(() => ClassroomView)
  async updateClass(
    @CurrentViewer() viewer: Viewer,
    @classId() id: string,
    @Args('input') input: ClassDetailsInput,
  ): Promise<ClassroomView> {
    await this.classService.update(viewer, id, input);
    return this.classService.get(viewer, id);
  }

  @Mutation(() => ClassroomView, { description: 'Archive (read-only, hidden from students) or restore; nothing is deleted.' })
  async archiveClass(@CurrentViewer() viewer: Viewer, @classId() id: string, @Args('archived') archived: boolean): Promise<ClassroomView> {
    await this.classService.setArchived(viewer, id, archived);
    return this.classService.get(viewer, id);
  }

  @Mutation(() => ClassroomView, { description: 'Adds a teacher of the same organisation, found by e-mail.' })
  async addCoTeacher(@CurrentViewer() viewer: Viewer, @classId() id: string, @Args('email') email: string): Promise<ClassroomView> {
    await this.classService.addCoTeacher(viewer, id, email);
    return this.classService.get(viewer, id);
  }

  @Mutation(() => ClassroomView)
  async removeCoTeacher(
    @CurrentViewer() viewer: Viewer,
    @classId() id: string,
    @Args('teacherId', { type: () => ID }) teacherId: string,
  ): Promise<ClassroomView> {
    await this.classService.removeCoTeacher(viewer, id, teacherId);
    return this.classService.get(viewer, id);
  }

  @Mutation(() => ClassroomView)
  async changeJoinCode(
    @CurrentViewer() viewer: Viewer,
    @classId() id: string,
    @Args('action', { type: () => JoinCodeAction }) action: JoinCodeAction,
    @Args('expiresAt', { type: () => Date, nullable: true }) expiresAt: Date | null,
  ): Promise<ClassroomView> {
    await this.classService.changeJoinCode(viewer, id, { action, expiresAt });
    return this.classService.get(viewer, id);
  }

  @Mutation(() => [IssuedSignInCodeView], { description: 'Makes no-e-mail accounts by display name; their codes are shown once.' })
  addStudentsByName(@CurrentViewer() viewer: Viewer, @classId() id: string, @Args('names', { type: () => [String] }) names: string[]) {
    return this.studentService.addByName(viewer, id, names);
  }

  @Mutation(() => IssuedSignInCodeView, { description: 'A new personal code: the old card stops working and their sessions end.' })
  resetStudentSignInCode(@CurrentViewer() viewer: Viewer, @classId() id: string, @Args('studentId', { type: () => ID }) studentId: string) {
    return this.studentService.resetCode(viewer, id, studentId);
  }

  @Mutation(() => Boolean)
  renameStudent(
    @CurrentViewer() viewer: Viewer,
    @classId() id: string,
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('displayName') displayName: string,
  ) {
    return this.studentService.rename(viewer, id, studentId, displayName);
  }

  @Mutation(() => Boolean, { description: 'Takes a student out of the class; their account and progress stay.' })
  removeStudent(@CurrentViewer() viewer: Viewer, @classId() id: string, @Args('studentId', { type: () => ID }) studentId: string) {
    return this.studentService.remove(viewer, id, studentId);
  }

  @Mutation(() => AssignmentView)
  async assignCourse(
    @CurrentViewer() viewer: Viewer,
    @classId() id: string,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('input', { type: () => AssignmentInput, nullable: true }) input: AssignmentInput | null,
    @locale() lang: string,
  ): Promise<AssignmentView> {
    return this.assignmentView(await this.assignmentService.assign(viewer, id, courseId, input ?? {}), lang);
  }

  @Mutation(() => AssignmentView)
  async updateAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('input') input: AssignmentInput,
    @locale() lang: string,
  ): Promise<AssignmentView> {
    return this.assignmentView(await this.assignmentService.update(viewer, assignmentId, input), lang);
  }

  @Mutation(() => Boolean, { description: 'Students no longer see it as assigned; they keep their progress.' })
  async withdrawAssignment(@CurrentViewer() viewer: Viewer, @Args('assignmentId', { type: () => ID }) assignmentId: string) {
    await this.assignmentService.withdraw(viewer, assignmentId);
    return true;
  }

  private async assignmentView(a: Assignment, lang: string): Promise<AssignmentView> {
    return assignmentView(a, (await this.courses.detail(a.course.id, lang)).title);
  }
}

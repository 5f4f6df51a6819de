import { Field, ObjectType } from '@nestjs/graphql';
import type { Viewer } from '../auth/viewer.js';
import { isPlatformAdmin, mayAuthorCourses, mayExportCourses, mayImportPackages, mayReportOn, mayTeach } from './permissions.js';

@ObjectType({ description: 'What the logged-in person may do, so that pages need not repeat the rules (the api checks again).' })
export class PermissionsView {
  @Field({ description: 'Import SCORM packages as courses.' })
  importPackages: boolean;

  @Field({ description: 'Download native courses as SCORM packages.' })
  exportCourses: boolean;

  @Field({ description: 'Write and publish courses in the browser (trainers).' })
  authorCourses: boolean;

  @Field({ description: 'Run classes (teachers).' })
  teach: boolean;

  @Field({ description: 'Read completion reports for their organisation (partner admins).' })
  report: boolean;

  @Field({ description: 'Administer the platform.' })
  administer: boolean;

  @Field({ description: 'Holds a staff role this session cannot use until two-step log-in is set up (or given at log-in).' })
  secondFactorNeeded: boolean;
}

export function permissionsOf(viewer: Viewer): PermissionsView {
  return {
    importPackages: mayImportPackages(viewer),
    exportCourses: mayExportCourses(viewer),
    authorCourses: mayAuthorCourses(viewer),
    teach: mayTeach(viewer),
    report: mayReportOn(viewer),
    administer: isPlatformAdmin(viewer),
    secondFactorNeeded: !!viewer.secondFactorNeeded,
  };
}

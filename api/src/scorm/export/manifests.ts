import { allUnits, type CourseContent } from '../../course/course-content.js';
import type { ExportInput } from './export-input.js';
import { escapeXml } from './xml-escape.js';

/** The imsmanifest.xml of an exported course, in SCORM 1.2 or SCORM 2004 4th edition. */
function hasChecks(content: CourseContent): boolean {
  return allUnits(content).some((unit) => unit.type === 'check');
}

function fileList(files: string[]): string {
  return files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
}

export function manifest12(input: ExportInput, title: string, files: string[]): string {
  const { content } = input;
  const mastery = hasChecks(content)
    ? `\n        <adlcp:masteryscore>${Math.round(content.mastery.passMark * 100)}</adlcp:masteryscore>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(manifestIdentifier(input))}" version="${input.version}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${escapeXml(title)}</title>
      <item identifier="course-item" identifierref="course-sco" isvisible="true">
        <title>${escapeXml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

export function manifest2004(input: ExportInput, title: string, files: string[]): string {
  const { content } = input;
  const checks = hasChecks(content);
  // The SCO reports completion and success itself: without these flags an LMS marks it done on first exit.
  const objectives = checks
    ? `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="course-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${Math.round(content.mastery.passMark * 10_000) / 10_000}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`
    : '';
  const delivery = `<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="${checks}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(manifestIdentifier(input))}" version="${input.version}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${escapeXml(title)}</title>
      <item identifier="course-item" identifierref="course-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
        <imsss:sequencing>${objectives}
          ${delivery}
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** Stable per course version, so that an LMS sees a re-exported changed course as a new version. */
function manifestIdentifier(input: ExportInput): string {
  return `kinship.${input.content.id}.v${input.version}`;
}

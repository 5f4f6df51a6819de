import { rawZip } from './raw-zip.js';

/**
 * Packages that behave like real authoring-tool output, written by the tests: the manifests carry what
 * Storyline, Captivate and hand-built packages put there (pass marks, completion thresholds, objectives,
 * LOM metadata), and the SCO pages talk to the runtime the way those tools do.
 */

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const NS_2004 =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ' +
  'xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"';
const NS_12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';

/** A page that only finds the API: the tests post the commits the runtime would hand over. */
function page(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>\n`;
}

function zip(manifest: string, files: string[]): Buffer {
  return rawZip([
    { name: 'imsmanifest.xml', data: Buffer.from(manifest) },
    ...files.map((name) => ({ name, data: Buffer.from(page(name)), deflate: true })),
  ]);
}

export interface PackageOptions {
  id: string;
  title?: string;
  /** LOM general/description written inline in the manifest's metadata. */
  description?: string;
  /** LOM written to this file and pointed at by adlcp:location instead. */
  metadataFile?: { path: string; description: string };
}

function lom2004(description: string): string {
  return `<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string language="en">Course</string></title>
    <description><string language="en">${description}</string></description></general></lom>`;
}

function metadata(version: '1.2' | '2004', options: PackageOptions): string {
  const schemaversion = version === '1.2' ? '1.2' : '2004 4th Edition';
  const inline = options.description ? lom2004(options.description) : '';
  const location = options.metadataFile ? `<adlcp:location>${options.metadataFile.path}</adlcp:location>` : '';
  return `<metadata><schema>ADL SCORM</schema><schemaversion>${schemaversion}</schemaversion>${inline}${location}</metadata>`;
}

function metadataFiles(options: PackageOptions) {
  return options.metadataFile
    ? [{ name: options.metadataFile.path, data: Buffer.from(xml(lom2004(options.metadataFile.description))) }]
    : [];
}

/**
 * Like a Storyline or Captivate SCORM 2004 export with "report score, let the LMS judge": the pass mark is
 * the primary objective's minNormalizedMeasure (satisfiedByMeasure) and the slides viewed give a
 * progress measure against a completion threshold. The SCO sets score and progress, never a status.
 */
export function judgedByLmsPackage(options: PackageOptions): Buffer {
  const manifest = xml(`<manifest identifier="${options.id}" version="1" ${NS_2004}>
  ${metadata('2004', options)}
  <organizations default="org"><organization identifier="org"><title>${options.title ?? 'Scored story'}</title>
    <item identifier="story" identifierref="res"><title>Story</title>
      <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.9"/>
      <imsss:sequencing><imsss:objectives>
        <imsss:primaryObjective objectiveID="story-quiz" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective>
      </imsss:objectives></imsss:sequencing>
    </item>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="story.html"><file href="story.html"/></resource></resources>
</manifest>`);
  return rawZip([
    { name: 'imsmanifest.xml', data: Buffer.from(manifest) },
    ...metadataFiles(options),
    { name: 'story.html', data: Buffer.from(page('Story')) },
  ]);
}

/** A SCORM 1.2 export with a mastery score: the SCO reports "completed" and a raw score, and the LMS decides pass or fail. */
export function masteryScore12Package(options: PackageOptions): Buffer {
  const manifest = xml(`<manifest identifier="${options.id}" version="1.0" ${NS_12}>
  ${metadata('1.2', options)}
  <organizations default="org"><organization identifier="org"><title>${options.title ?? 'Scored quiz'}</title>
    <item identifier="quiz" identifierref="res"><title>Quiz</title><adlcp:masteryscore>80</adlcp:masteryscore></item>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="quiz.html"><file href="quiz.html"/></resource></resources>
</manifest>`);
  return rawZip([
    { name: 'imsmanifest.xml', data: Buffer.from(manifest) },
    ...metadataFiles(options),
    { name: 'quiz.html', data: Buffer.from(page('Quiz')) },
  ]);
}

/** A SCO whose manifest declares a primary objective and two more, mapped to global objectives, which it reads by id. */
export function objectivesPackage(id: string): Buffer {
  return zip(
    xml(`<manifest identifier="${id}" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Objectives by id</title>
    <item identifier="lesson" identifierref="res"><title>Lesson with objectives</title>
      <imsss:sequencing><imsss:objectives>
        <imsss:primaryObjective objectiveID="lesson-done"><imsss:mapInfo targetObjectiveID="g-lesson" writeSatisfiedStatus="true"/></imsss:primaryObjective>
        <imsss:objective objectiveID="names-bias"><imsss:mapInfo targetObjectiveID="g-bias" readSatisfiedStatus="true" writeSatisfiedStatus="true"/></imsss:objective>
        <imsss:objective objectiveID="plans-response"/>
      </imsss:objectives></imsss:sequencing>
    </item>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="lesson.html"><file href="lesson.html"/></resource></resources>
</manifest>`),
    ['lesson.html'],
  );
}

/** Features the platform does not apply, each of which must be named at import. */
export function unappliedFeaturesPackage(id: string): Buffer {
  return zip(
    xml(`<manifest identifier="${id}" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Time limits and shared data</title>
    <item identifier="timed" identifierref="res"><title>Timed task</title>
      <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
      <adlcp:data><adlcp:map targetID="shared-notes" readSharedData="true" writeSharedData="true"/></adlcp:data>
      <imsss:sequencing><imsss:rollupRules rollupProgressCompletion="false"/></imsss:sequencing>
    </item>
  </organization><organization identifier="alt"><title>Alternative order</title></organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="timed.html"><file href="timed.html"/></resource></resources>
</manifest>`),
    ['timed.html'],
  );
}

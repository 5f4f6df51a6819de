import { rawZip, type RawEntry } from './raw-zip.js';
import { scoPage } from './scorm-packages.js';

/**
 * SCORM 2004 (4th edition) packages with the sequencing that authoring tools and the ADL examples write:
 * forced order by precondition rules on shared (global) objectives, a pre-test that skips the content,
 * a post-test that alone rolls up, random selection of tests, remediation by post-condition rules.
 * Each SCO page exposes the run-time API as `window.scormApi` (see scorm-packages.ts).
 */
export interface SeqItem {
  id: string;
  title: string;
  /** The inside of the item's <imsss:sequencing>. */
  sequencing?: string;
  hidden?: boolean;
  /** The item's SCORM 2004 4th edition shared data maps (the inside of its <adlcp:data>). */
  data?: string;
  children?: SeqItem[];
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

function itemXml(item: SeqItem, depth: number): string {
  const pad = '  '.repeat(depth);
  const visible = item.hidden ? ' isvisible="false"' : '';
  const ref = item.children ? '' : ` identifierref="res-${item.id}"`;
  const children = (item.children ?? []).map((child) => itemXml(child, depth + 1)).join('\n');
  const seq = item.sequencing ? `\n${pad}  <imsss:sequencing>${item.sequencing}</imsss:sequencing>` : '';
  const data = item.data ? `\n${pad}  <adlcp:data>${item.data}</adlcp:data>` : '';
  return `${pad}<item identifier="${item.id}"${ref}${visible}><title>${item.title}</title>\n${children}${seq}${data}\n${pad}</item>`;
}

function leaves(items: SeqItem[]): SeqItem[] {
  return items.flatMap((item) => (item.children ? leaves(item.children) : [item]));
}

export function sequencedManifest(id: string, title: string, items: SeqItem[], orgSequencing = ''): string {
  return xml(`<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1"><title>${title}</title>
${items.map((item) => itemXml(item, 3)).join('\n')}
      <imsss:sequencing>${orgSequencing}</imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${leaves(items)
  .map(
    (i) =>
      `    <resource identifier="res-${i.id}" type="webcontent" adlcp:scormType="sco" href="${i.id}.html"><file href="${i.id}.html"/></resource>`,
  )
  .join('\n')}
  </resources>
</manifest>`);
}

export function sequencedPackage(id: string, title: string, items: SeqItem[], orgSequencing = ''): Buffer {
  const files: RawEntry[] = [
    { name: 'imsmanifest.xml', data: Buffer.from(sequencedManifest(id, title, items, orgSequencing)), deflate: true },
    ...leaves(items).map((item) => ({ name: `${item.id}.html`, data: Buffer.from(scoPage(item.title)), deflate: true })),
  ];
  return rawZip(files);
}

/** The item's primary objective, written to a global objective others read. */
export const writesGlobal = (objective: string, global: string) =>
  `<imsss:objectives><imsss:primaryObjective objectiveID="${objective}">` +
  `<imsss:mapInfo targetObjectiveID="${global}" readSatisfiedStatus="true" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>`;

/** Reads a global objective as a local one (and has its own primary objective). */
export const readsGlobal = (primary: string, local: string, global: string) =>
  `<imsss:objectives><imsss:primaryObjective objectiveID="${primary}"/>` +
  `<imsss:objective objectiveID="${local}"><imsss:mapInfo targetObjectiveID="${global}" readSatisfiedStatus="true" writeSatisfiedStatus="false"/></imsss:objective></imsss:objectives>`;

/** A precondition rule on an objective, in the two-condition form tools write ("not satisfied" alone is unknown until known). */
export const unlessSatisfied = (action: 'disabled' | 'skip' | 'hiddenFromChoice', objective: string, negate = true) =>
  negate
    ? `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions conditionCombination="any">` +
      `<imsss:ruleCondition referencedObjective="${objective}" operator="not" condition="satisfied"/>` +
      `<imsss:ruleCondition referencedObjective="${objective}" operator="not" condition="objectiveStatusKnown"/>` +
      `</imsss:ruleConditions><imsss:ruleAction action="${action}"/></imsss:preConditionRule></imsss:sequencingRules>`
    : `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>` +
      `<imsss:ruleCondition referencedObjective="${objective}" condition="satisfied"/>` +
      `</imsss:ruleConditions><imsss:ruleAction action="${action}"/></imsss:preConditionRule></imsss:sequencingRules>`;

/** The SCO sets its own completion and satisfaction (the platform sets neither when its attempt ends). */
export const setsOwnResult = '<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>';

/** Takes no part in the course's result. */
export const noRollup = `<imsss:rollupRules rollupObjectiveSatisfied="false" rollupProgressCompletion="false" objectiveMeasureWeight="0"/>`;

/** Forced order by preconditions: the test is disabled until the lesson is satisfied; only the test rolls up. */
export function forcedOrderPackage(id = 'com.example.seq.forced-order', lesson: { setsOwnResult?: boolean } = {}): Buffer {
  // By default the platform satisfies the lesson when its attempt ends; a lesson with its own quiz sets its result itself.
  const lessonResult = lesson.setsOwnResult ? setsOwnResult : '';
  return sequencedPackage(
    id,
    'Forced order by preconditions',
    [
      { id: 'lesson', title: 'The lesson', sequencing: writesGlobal('lesson-done', 'g-lesson') + noRollup + lessonResult },
      { id: 'notes', title: 'Facilitator notes', hidden: true, sequencing: noRollup },
      {
        id: 'test',
        title: 'The test',
        // Quiz tools set their own result: the platform never passes a test nobody took.
        sequencing: unlessSatisfied('disabled', 'lesson-read') + readsGlobal('test-passed', 'lesson-read', 'g-lesson') + setsOwnResult,
      },
    ],
    '<imsss:controlMode choice="true" flow="true"/>',
  );
}

/** A pre-test whose pass skips the content; a post-test that rolls up. Choice off: continue walks the course. */
export function pretestPackage(id = 'com.example.seq.pretest'): Buffer {
  return sequencedPackage(
    id,
    'Pre-test that skips the content',
    [
      { id: 'pretest', title: 'Pre-test', sequencing: writesGlobal('pretest-passed', 'g-pretest') + noRollup + setsOwnResult },
      {
        id: 'content',
        title: 'Content',
        sequencing: unlessSatisfied('skip', 'pretest-known', false) + readsGlobal('content-done', 'pretest-known', 'g-pretest') + noRollup,
      },
      { id: 'posttest', title: 'Post-test' },
    ],
    '<imsss:controlMode choice="false" flow="true"/>',
  );
}

/** Two of four tests chosen at random for each learner, in random order. */
export function randomTestsPackage(id = 'com.example.seq.random-tests'): Buffer {
  const test = (n: number): SeqItem => ({ id: `test-${n}`, title: `Test ${n}` });
  return sequencedPackage(id, 'Random selection of tests', [
    {
      id: 'tests',
      title: 'Tests',
      children: [1, 2, 3, 4].map(test),
      sequencing:
        '<imsss:controlMode choice="true" flow="true"/>' +
        '<imsss:randomizationControls selectCount="2" selectionTiming="onEachNewAttempt" reorderChildren="true" randomizationTiming="onEachNewAttempt"/>',
    },
  ]);
}

/**
 * Remediation: a module of a lesson and a quiz; a failed quiz leaves the module (its post-condition "exit parent
 * if not satisfied") whose own post-condition "retry if not satisfied" sends the learner back through it; the
 * quiz may be tried twice (attempt limit).
 */
export function remediationPackage(id = 'com.example.seq.remediation'): Buffer {
  return sequencedPackage(
    id,
    'Remediation on failure',
    [
      {
        id: 'module',
        title: 'Module',
        children: [
          { id: 'lesson', title: 'Lesson', sequencing: noRollup },
          {
            id: 'quiz',
            title: 'Quiz',
            sequencing:
              '<imsss:sequencingRules><imsss:postConditionRule><imsss:ruleConditions>' +
              '<imsss:ruleCondition operator="not" condition="satisfied"/>' +
              '</imsss:ruleConditions><imsss:ruleAction action="exitParent"/></imsss:postConditionRule></imsss:sequencingRules>' +
              '<imsss:limitConditions attemptLimit="2"/>',
          },
        ],
        sequencing:
          '<imsss:controlMode choice="true" flow="true"/>' +
          '<imsss:sequencingRules><imsss:postConditionRule><imsss:ruleConditions>' +
          '<imsss:ruleCondition operator="not" condition="satisfied"/>' +
          '</imsss:ruleConditions><imsss:ruleAction action="retry"/></imsss:postConditionRule></imsss:sequencingRules>',
      },
    ],
    '<imsss:controlMode choice="true" flow="true"/>',
  );
}

/** An `adlcp:map` as 4th edition authoring tools write it: both rights spelled out. */
export const sharedBucket = (targetID: string, read: boolean, write: boolean) =>
  `<adlcp:map targetID="${targetID}" readSharedData="${read}" writeSharedData="${write}"/>`;

/** The target id of the bucket the two SCOs of `sharedDataPackage` share. */
export const SHARED_NOTES = 'com.example.workshop.reflection-notes';

/**
 * Two SCOs sharing a bucket (SCORM 2004 4th edition shared data): a reflection activity writes the
 * learner's notes, and a summary later in the course reads them back and may not change them.
 */
export function sharedDataPackage(id = 'com.example.seq.shared-data'): Buffer {
  return sequencedPackage(
    id,
    'Shared reflection notes',
    [
      { id: 'reflection', title: 'Reflection', data: sharedBucket(SHARED_NOTES, true, true) },
      { id: 'summary', title: 'Summary', data: sharedBucket(SHARED_NOTES, true, false) },
    ],
    '<imsss:controlMode choice="true" flow="true"/>',
  );
}

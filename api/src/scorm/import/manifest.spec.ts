import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.js';
import type { ManifestItem } from './manifest-types.js';

const NS_12 =
  'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const NS_2004 =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ' +
  'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" ' +
  'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"';

function files(...paths: string[]): (path: string) => boolean {
  const set = new Set(paths);
  return (path) => set.has(path);
}

/** A SCORM 1.2 manifest with the given organization items and resources. */
function manifest12(items: string, resources: string, schemaversion = '<schemaversion>1.2</schemaversion>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.course" version="1.0" ${NS_12}>
  <metadata><schema>ADL SCORM</schema>${schemaversion}</metadata>
  <organizations default="org1">
    <organization identifier="org1"><title>Fire Safety</title>${items}</organization>
  </organizations>
  <resources>${resources}</resources>
</manifest>`;
}

function manifest2004(edition: string, organization: string, resources: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.2004" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>${edition}</schemaversion></metadata>
  <organizations default="org">${organization}</organizations>
  <resources>${resources}</resources>
  ${extra}
</manifest>`;
}

function sco(id: string, href: string): string {
  return `<resource identifier="${id}" type="webcontent" adlcp:scormType="sco" href="${href}"><file href="${href}"/></resource>`;
}

function byId(items: ManifestItem[], id: string): ManifestItem {
  for (const item of items) {
    if (item.identifier === id) return item;
    const found = item.children.length > 0 ? byIdOrNull(item.children, id) : null;
    if (found) return found;
  }
  throw new Error(`no item ${id}`);
}

function byIdOrNull(items: ManifestItem[], id: string): ManifestItem | null {
  try {
    return byId(items, id);
  } catch {
    return null;
  }
}

describe('parseManifest: SCORM 1.2', () => {
  it('reads a single SCO with mastery score, launch data and parameters', () => {
    const xml = manifest12(
      `<item identifier="i1" identifierref="r1" isvisible="true" parameters="?lang=en">
         <title>Module 1</title>
         <adlcp:masteryscore>80</adlcp:masteryscore>
         <adlcp:datafromlms>mode=exam&amp;level=2</adlcp:datafromlms>
       </item>`,
      `<resource identifier="r1" adlcp:scormtype="sco" href="content/index.html?start=1"><file href="content/index.html"/></resource>`,
    );
    const report = parseManifest(Buffer.from(`\uFEFF${xml}`), files('content/index.html'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.manifest).toMatchObject({ version: '1.2', edition: null, identifier: 'com.example.course', title: 'Fire Safety' });
    expect(report.manifest?.controlMode).toEqual({ choice: true, flow: false, forwardOnly: false });
    expect(report.manifest?.items).toEqual([
      {
        identifier: 'i1',
        title: 'Module 1',
        launch: 'content/index.html?start=1&lang=en',
        scormType: 'sco',
        masteryScore: 0.8,
        completionThreshold: null,
        objectives: [],
        launchData: 'mode=exam&level=2',
        timeLimitAction: null,
        maxTimeAllowed: null,
        prerequisites: [],
        completionSetByContent: false,
        objectiveSetByContent: false,
        contributesToRollup: true,
        controlMode: { choice: true, flow: false, forwardOnly: false },
        children: [],
      },
    ]);
  });

  it('supports prerequisites joined with &', () => {
    const xml = manifest12(
      `<item identifier="a" identifierref="r"><title>A</title></item>
       <item identifier="b" identifierref="r"><title>B</title></item>
       <item identifier="c" identifierref="r"><title>C</title><adlcp:prerequisites type="aicc_script">a&amp;b</adlcp:prerequisites></item>`,
      sco('r', 'index.html'),
    );
    const report = parseManifest(xml, files('index.html'));
    expect(report.problems).toEqual([]);
    expect(byId(report.manifest?.items ?? [], 'c').prerequisites).toEqual(['a', 'b']);
  });

  it('warns about prerequisite expressions it cannot apply and refuses unknown identifiers', () => {
    const complex = manifest12(
      `<item identifier="a" identifierref="r"><title>A</title></item>
       <item identifier="b" identifierref="r"><title>B</title><adlcp:prerequisites type="aicc_script">a|~b</adlcp:prerequisites></item>`,
      sco('r', 'index.html'),
    );
    const report = parseManifest(complex, files('index.html'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual(['The prerequisites expression "a|~b" of item "B" is not supported and is ignored.']);

    const unknown = manifest12(
      `<item identifier="a" identifierref="r"><title>A</title><adlcp:prerequisites>zz</adlcp:prerequisites></item>`,
      sco('r', 'index.html'),
    );
    expect(parseManifest(unknown, files('index.html')).problems).toEqual([
      'Item "A" requires item "zz" first, but no item has that identifier.',
    ]);
  });

  it('joins xml:base of resources and resource before the href', () => {
    const xml = manifest12(
      `<item identifier="i1" identifierref="r1"><title>One</title></item>`,
      `<resource identifier="r1" adlcp:scormtype="asset" xml:base="unit1/" href="./pages/../start.html#top"/>`,
    ).replace('<resources>', '<resources xml:base="content/">');
    const report = parseManifest(xml, files('content/unit1/start.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest?.items[0]).toMatchObject({ launch: 'content/unit1/start.html#top', scormType: 'asset' });
  });

  it('accepts the SCORM 2004 spelling adlcp:scormType in a 1.2 manifest', () => {
    const xml = manifest12(`<item identifier="i1" identifierref="r1"><title>One</title></item>`, sco('r1', 'a.html'));
    const report = parseManifest(xml, files('a.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest?.items[0]?.scormType).toBe('sco');
  });

  it('decodes entities in attributes and applies fragment parameters', () => {
    const xml = manifest12(
      `<item identifier="i1" identifierref="r1" parameters="#page2"><title>Q&amp;A</title></item>`,
      sco('r1', 'my%20course/index.html?a=1&amp;b=2'),
    );
    const report = parseManifest(xml, files('my course/index.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest?.items[0]).toMatchObject({ title: 'Q&A', launch: 'my%20course/index.html?a=1&b=2#page2' });
  });

  it('refuses a mastery score that is not a number from 0 to 100', () => {
    for (const score of ['eighty', '150']) {
      const xml = manifest12(
        `<item identifier="i1" identifierref="r1"><title>Quiz</title><adlcp:masteryscore>${score}</adlcp:masteryscore></item>`,
        sco('r1', 'a.html'),
      );
      const report = parseManifest(xml, files('a.html'));
      expect(report.manifest).toBeNull();
      expect(report.problems).toEqual([`The pass mark (masteryscore) of item "Quiz" is "${score}"; it must be a number from 0 to 100.`]);
    }
  });

  it('infers the version from scormtype when schemaversion is missing', () => {
    const xml = manifest12(`<item identifier="i1" identifierref="r1"><title>One</title></item>`, sco('r1', 'a.html'), '').replace(
      'scormType',
      'scormtype',
    );
    const report = parseManifest(xml, files('a.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest?.version).toBe('1.2');
    expect(report.warnings).toHaveLength(1);
  });
});

describe('parseManifest: SCORM 2004', () => {
  it('reads a 4th edition single SCO with a pass mark by measure', () => {
    const xml = manifest2004(
      '2004 4th Edition',
      `<organization identifier="org">
         <title>Data Protection</title>
         <item identifier="i1" identifierref="r1">
           <title>Lesson</title>
           <adlcp:dataFromLMS>hello</adlcp:dataFromLMS>
           <imsss:sequencing>
             <imsss:objectives>
               <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
                 <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
               </imsss:primaryObjective>
             </imsss:objectives>
           </imsss:sequencing>
         </item>
       </organization>`,
      sco('r1', 'scormcontent/index.html'),
    );
    const report = parseManifest(xml, files('scormcontent/index.html'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.manifest).toMatchObject({ version: '2004', edition: '4th', title: 'Data Protection' });
    expect(report.manifest?.items[0]).toMatchObject({
      launch: 'scormcontent/index.html',
      scormType: 'sco',
      masteryScore: 0.7,
      launchData: 'hello',
      contributesToRollup: true,
    });
  });

  it('reads a 3rd edition multi-SCO course with a cluster, control modes and post-test rollup', () => {
    const excluded = `<imsss:sequencing><imsss:rollupRules rollupObjectiveSatisfied="false"/></imsss:sequencing>`;
    const xml = manifest2004(
      '2004 3rd Edition',
      `<organization identifier="org">
         <title>Induction</title>
         <item identifier="module" >
           <title>Module</title>
           <item identifier="c1" identifierref="r1"><title>Content 1</title>${excluded}</item>
           <item identifier="c2" identifierref="r2"><title>Content 2</title>${excluded}</item>
           <imsss:sequencing><imsss:controlMode choice="false" flow="true" forwardOnly="true"/></imsss:sequencing>
         </item>
         <item identifier="test" identifierref="r3"><title>Post-test</title></item>
         <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
       </organization>`,
      sco('r1', 'c1/index.html') + sco('r2', 'c2/index.html') + `<resource identifier="r3" adlcp:scormType="asset" href="test.html"/>`,
    );
    const report = parseManifest(xml, files('c1/index.html', 'c2/index.html', 'test.html'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    const manifest = report.manifest;
    expect(manifest?.edition).toBe('3rd');
    expect(manifest?.controlMode).toEqual({ choice: true, flow: true, forwardOnly: false });
    expect(manifest?.items.map((item) => item.identifier)).toEqual(['module', 'test']);
    const module = byId(manifest?.items ?? [], 'module');
    expect(module).toMatchObject({ launch: null, scormType: null, controlMode: { choice: false, flow: true, forwardOnly: true } });
    expect(module.children.map((item) => [item.identifier, item.contributesToRollup])).toEqual([
      ['c1', false],
      ['c2', false],
    ]);
    expect(byId(manifest?.items ?? [], 'test')).toMatchObject({ scormType: 'asset', contributesToRollup: true });
  });

  it('turns precondition rules on global objectives into prerequisites', () => {
    const xml = manifest2004(
      '2004 3rd Edition',
      `<organization identifier="org">
         <title>Course</title>
         <item identifier="m1" identifierref="r1">
           <title>Module 1</title>
           <imsss:sequencing>
             <imsss:objectives>
               <imsss:primaryObjective objectiveID="m1.pass">
                 <imsss:mapInfo targetObjectiveID="global.m1" readSatisfiedStatus="false" writeSatisfiedStatus="true"/>
               </imsss:primaryObjective>
             </imsss:objectives>
           </imsss:sequencing>
         </item>
         <item identifier="m2" identifierref="r1">
           <title>Module 2</title>
           <imsss:sequencing>
             <imsss:sequencingRules>
               <imsss:preConditionRule>
                 <imsss:ruleConditions>
                   <imsss:ruleCondition referencedObjective="prev" operator="not" condition="satisfied"/>
                 </imsss:ruleConditions>
                 <imsss:ruleAction action="disabled"/>
               </imsss:preConditionRule>
             </imsss:sequencingRules>
             <imsss:objectives>
               <imsss:primaryObjective objectiveID="m2.pass"/>
               <imsss:objective objectiveID="prev"><imsss:mapInfo targetObjectiveID="global.m1"/></imsss:objective>
             </imsss:objectives>
           </imsss:sequencing>
         </item>
         <item identifier="m3" identifierref="r1">
           <title>Module 3</title>
           <imsss:sequencing IDRef="after-m2"/>
         </item>
       </organization>`,
      sco('r1', 'index.html'),
      `<imsss:sequencingCollection>
         <imsss:sequencing ID="after-m2">
           <imsss:sequencingRules>
             <imsss:preConditionRule>
               <imsss:ruleConditions conditionCombination="any">
                 <imsss:ruleCondition referencedObjective="m2.pass" operator="not" condition="completed"/>
               </imsss:ruleConditions>
               <imsss:ruleAction action="hiddenFromChoice"/>
             </imsss:preConditionRule>
           </imsss:sequencingRules>
         </imsss:sequencing>
       </imsss:sequencingCollection>`,
    );
    const report = parseManifest(xml, files('index.html'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    const items = report.manifest?.items ?? [];
    expect(byId(items, 'm1').prerequisites).toEqual([]);
    expect(byId(items, 'm2').prerequisites).toEqual(['m1']);
    expect(byId(items, 'm3').prerequisites).toEqual(['m2']);
  });

  it('infers SCORM 2004 from sequencing when schemaversion is missing', () => {
    const xml = manifest2004(
      '',
      `<organization identifier="org"><title>T</title><item identifier="i1" identifierref="r1"><title>One</title>
         <imsss:sequencing><imsss:deliveryControls tracked="false"/></imsss:sequencing></item></organization>`,
      `<resource identifier="r1" href="a.html"/>`,
    ).replace('<schemaversion></schemaversion>', '');
    const report = parseManifest(xml, files('a.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest).toMatchObject({ version: '2004', edition: null });
    expect(report.warnings).toEqual([
      'The manifest does not say which SCORM version it is; it is read as SCORM 2004 from its contents.',
      'Item "One": untracked delivery (tracked="false") is not applied.',
    ]);
  });

  it('accepts the 1.2 spelling adlcp:scormtype in a 2004 manifest', () => {
    const xml = manifest2004(
      'CAM 1.3',
      `<organization identifier="org"><title>T</title><item identifier="i1" identifierref="r1"><title>One</title></item></organization>`,
      `<resource identifier="r1" adlcp:scormtype="SCO" href="a.html"/>`,
    );
    const report = parseManifest(xml, files('a.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest).toMatchObject({ version: '2004', edition: '2nd' });
    expect(report.manifest?.items[0]?.scormType).toBe('sco');
  });

  it('leaves the sequencing rules the engine applies unwarned (limits, any precondition rule)', () => {
    const item = (id: string) => `
      <item identifier="${id}" identifierref="r1">
        <title>Exam</title>
        <imsss:sequencing>
          <imsss:limitConditions attemptLimit="2"/>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions><imsss:ruleCondition condition="satisfied"/></imsss:ruleConditions>
              <imsss:ruleAction action="skip"/>
            </imsss:preConditionRule>
          </imsss:sequencingRules>
        </imsss:sequencing>
      </item>`;
    const xml = manifest2004(
      '2004 4th Edition',
      `<organization identifier="org"><title>T</title>${item('e1')}${item('e2')}</organization>`,
      sco('r1', 'a.html'),
    );
    const report = parseManifest(xml, files('a.html'));
    expect(report.problems).toEqual([]);
    expect(report.manifest).not.toBeNull();
    expect(report.warnings).toEqual([]);
  });
});

describe('parseManifest: objectives, thresholds and descriptions', () => {
  const objectivesItem = `
    <item identifier="quiz" identifierref="r1">
      <title>Quiz</title>
      <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.6"/>
      <imsss:sequencing>
        <imsss:objectives>
          <imsss:primaryObjective objectiveID="quiz-passed" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
            <imsss:mapInfo targetObjectiveID="g-quiz" writeSatisfiedStatus="true" writeNormalizedMeasure="true"/>
          </imsss:primaryObjective>
          <imsss:objective objectiveID="knows-terms"><imsss:mapInfo targetObjectiveID="g-terms" readNormalizedMeasure="false"/></imsss:objective>
          <imsss:objective objectiveID="knows-terms"/>
        </imsss:objectives>
      </imsss:sequencing>
    </item>`;

  it('reads every objective with its global mappings, and the 4th edition completion threshold', () => {
    const xml = manifest2004(
      '2004 4th Edition',
      `<organization identifier="org"><title>T</title>${objectivesItem}</organization>`,
      sco('r1', 'a.html'),
    );
    const report = parseManifest(xml, files('a.html'));
    const item = report.manifest!.items[0]!;
    expect(item.completionThreshold).toBe(0.6);
    expect(item.objectives).toEqual([
      {
        id: 'quiz-passed',
        primary: true,
        satisfiedByMeasure: true,
        minNormalizedMeasure: 0.7,
        maps: [
          {
            targetObjectiveId: 'g-quiz',
            readSatisfiedStatus: true,
            readNormalizedMeasure: true,
            writeSatisfiedStatus: true,
            writeNormalizedMeasure: true,
            extended: [],
          },
        ],
      },
      {
        id: 'knows-terms',
        primary: false,
        satisfiedByMeasure: false,
        minNormalizedMeasure: 1,
        maps: [
          {
            targetObjectiveId: 'g-terms',
            readSatisfiedStatus: true,
            readNormalizedMeasure: false,
            writeSatisfiedStatus: false,
            writeNormalizedMeasure: false,
            extended: [],
          },
        ],
      },
    ]);
    expect(report.warnings).toEqual(['Item "Quiz": the objective "knows-terms" is declared twice; the second is ignored.']);
  });

  it('reads the 3rd edition threshold as a number, ignores one not completed by measure, and refuses one out of range', () => {
    const org = (threshold: string) =>
      `<organization identifier="org"><title>T</title><item identifier="i" identifierref="r1"><title>L</title>${threshold}</item></organization>`;
    const third = parseManifest(
      manifest2004('2004 3rd Edition', org('<adlcp:completionThreshold>0.8</adlcp:completionThreshold>'), sco('r1', 'a.html')),
      files('a.html'),
    );
    expect(third.manifest?.items[0]?.completionThreshold).toBe(0.8);
    const notByMeasure = parseManifest(
      manifest2004(
        '2004 4th Edition',
        org('<adlcp:completionThreshold completedByMeasure="false" minProgressMeasure="0.5"/>'),
        sco('r1', 'a.html'),
      ),
      files('a.html'),
    );
    expect(notByMeasure.manifest?.items[0]?.completionThreshold).toBeNull();
    const wrong = parseManifest(
      manifest2004('2004 3rd Edition', org('<adlcp:completionThreshold>1.5</adlcp:completionThreshold>'), sco('r1', 'a.html')),
      files('a.html'),
    );
    expect(wrong.problems).toEqual([
      'The completion threshold (completionThreshold) of item "L" is "1.5"; it must be a number from 0 to 1.',
    ]);
  });

  it('reads the LOM description of a 2004 package in each language, and of a 1.2 package (IMS metadata)', () => {
    const lom = `<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><description>
        <string language="en">How to  respond
          when you witness racism.</string><string language="fr">Comment réagir.</string></description></general></lom>`;
    const xml2004 = manifest2004(
      '2004 4th Edition',
      `<organization identifier="org"><title>T</title><item identifier="i" identifierref="r1"><title>L</title></item></organization>`,
      sco('r1', 'a.html'),
    ).replace('<schemaversion>2004 4th Edition</schemaversion>', `<schemaversion>2004 4th Edition</schemaversion>${lom}`);
    expect(parseManifest(xml2004, files('a.html')).manifest?.descriptions).toEqual([
      { language: 'en', text: 'How to respond when you witness racism.' },
      { language: 'fr', text: 'Comment réagir.' },
    ]);
    const imsmd = `<imsmd:lom xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"><imsmd:general><imsmd:description>
        <imsmd:langstring xml:lang="x-none">A first course.</imsmd:langstring></imsmd:description></imsmd:general></imsmd:lom>`;
    const xml12 = manifest12(
      `<item identifier="i" identifierref="r1"><title>L</title></item>`,
      sco('r1', 'a.html'),
      `<schemaversion>1.2</schemaversion>${imsmd}`,
    );
    expect(parseManifest(xml12, files('a.html')).manifest?.descriptions).toEqual([{ language: null, text: 'A first course.' }]);
  });

  it('points at the metadata file when the description is not inline, and warns when that file is missing', () => {
    const org = `<organization identifier="org"><title>T</title><item identifier="i" identifierref="r1"><title>L</title></item></organization>`;
    const xml = manifest2004('2004 4th Edition', org, sco('r1', 'a.html')).replace(
      '<schemaversion>2004 4th Edition</schemaversion>',
      '<schemaversion>2004 4th Edition</schemaversion><adlcp:location>meta/course.xml</adlcp:location>',
    );
    expect(parseManifest(xml, files('a.html', 'meta/course.xml')).manifest).toMatchObject({
      descriptions: [],
      metadataFile: 'meta/course.xml',
    });
    const missing = parseManifest(xml, files('a.html'));
    expect(missing.manifest?.metadataFile).toBeNull();
    expect(missing.warnings).toEqual([
      'The metadata file "meta/course.xml" named in the manifest is not in the package, so the course has no description from it.',
    ]);
  });

  it('names every manifest feature the platform does not apply, and none that the sequencing engine applies', () => {
    const xml = manifest2004(
      '2004 4th Edition',
      `<organization identifier="org" adlcp:sharedDataGlobalToSystem="false"><title>T</title>
         <item identifier="i" identifierref="r1" isvisible="false"><title>L</title>
           <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
           <adlcp:data><adlcp:map targetID="notes" readSharedData="true" writeSharedData="true"/></adlcp:data>
           <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.5" progressWeight="2"/>
           <imsss:sequencing><imsss:rollupRules rollupProgressCompletion="false" objectiveMeasureWeight="0.5"/></imsss:sequencing>
         </item>
       </organization><organization identifier="other"><title>Other</title></organization>`,
      sco('r1', 'a.html'),
    );
    expect(parseManifest(xml, files('a.html')).warnings).toEqual([
      // Shared data (adlcp:data) is kept per enrolment and given to the SCOs that map it.
      'The course "T": shared data is kept across attempts of the course (sharedDataGlobalToSystem="false" is not applied).',
      'The package has 2 organizations (tables of contents); only the default one is offered.',
    ]);
    expect(parseManifest(xml, files('a.html')).manifest?.items[0]).toMatchObject({ timeLimitAction: 'exit,message', maxTimeAllowed: null });
    const xml12 = manifest12(
      `<item identifier="i" identifierref="r1"><title>L</title><adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed><adlcp:timelimitaction>exit,no message</adlcp:timelimitaction></item>`,
      sco('r1', 'a.html'),
    );
    // Time limits are the SCO's to apply: they are given to it (cmi.student_data.*), so nothing is dropped.
    const parsed12 = parseManifest(xml12, files('a.html'));
    expect(parsed12.warnings).toEqual([]);
    expect(parsed12.manifest?.items[0]).toMatchObject({ timeLimitAction: 'exit,no message', maxTimeAllowed: '00:30:00' });
  });
});

describe('parseManifest: refusals', () => {
  const minimal = manifest12(`<item identifier="i1" identifierref="r1"><title>One</title></item>`, sco('r1', 'index.html'));

  it('refuses DOCTYPE and entity declarations', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<manifest identifier="x"><organizations><organization identifier="o"><title>&lol2;</title></organization></organizations></manifest>`;
    const external = `<?xml version="1.0"?><!doctype manifest [<!entity xxe SYSTEM "file:///etc/passwd">]><manifest identifier="&xxe;"/>`;
    for (const xml of [laughs, external]) {
      const report = parseManifest(xml, files());
      expect(report.manifest).toBeNull();
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toContain('DOCTYPE or entities');
    }
  });

  it('refuses malformed XML with the line number', () => {
    const report = parseManifest('<manifest identifier="x">\n<organizations>\n</manifest>', files());
    expect(report.manifest).toBeNull();
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/not well-formed XML: line 3/);
  });

  it('refuses a manifest without an organization', () => {
    const xml = minimal.replace(/<organizations[\s\S]*<\/organizations>/, '<organizations/>');
    const problems = parseManifest(xml, files('index.html')).problems;
    expect(problems).toEqual(['The package has no organization (table of contents) in imsmanifest.xml.']);
  });

  it('refuses a launch file that is not in the package', () => {
    const problems = parseManifest(minimal, files('other.html')).problems;
    expect(problems).toEqual(['The launch file "index.html" of item "One" is not in the package.']);
  });

  it('refuses launch paths outside the package', () => {
    for (const href of ['../secret.html', 'a/../../b.html', '/etc/passwd', 'C:\\course\\index.html', 'http://example.com/index.html']) {
      const xml = manifest12(`<item identifier="i1" identifierref="r1"><title>One</title></item>`, sco('r1', href));
      expect(parseManifest(xml, () => true).problems).toEqual(['The launch file of item "One" points outside the package.']);
    }
  });

  it('refuses an item whose resource is missing', () => {
    const xml = manifest12(`<item identifier="i1" identifierref="nope"><title>One</title></item>`, sco('r1', 'index.html'));
    expect(parseManifest(xml, files('index.html')).problems).toEqual([
      'Item "One" refers to resource "nope", which is not in the manifest.',
    ]);
  });

  it('refuses a manifest that gives no clue to its SCORM version', () => {
    const item = `<item identifier="i1" identifierref="r1"><title>One</title></item>`;
    const xml = manifest12(item, `<resource identifier="r1" href="a.html"/>`, '');
    expect(parseManifest(xml, files('a.html')).problems).toEqual([
      'The manifest does not say which SCORM version it is (metadata/schemaversion).',
    ]);
  });

  it('refuses an unknown schemaversion', () => {
    const xml = manifest12('', '', '<schemaversion>2004 5th Edition</schemaversion>');
    expect(parseManifest(xml, files()).problems[0]).toContain('"2004 5th Edition"');
  });

  it('refuses duplicate identifiers', () => {
    const one = `<item identifier="i1" identifierref="r1"><title>One</title></item>`;
    const xml = manifest12(one + one.replace('One', 'Two'), sco('r1', 'a.html'));
    expect(parseManifest(xml, files('a.html')).problems).toEqual(['Two items in the table of contents have the same identifier "i1".']);
  });

  it('accepts 10 levels of nesting and refuses more', () => {
    const nest = (levels: number) => {
      let items = `<item identifier="leaf" identifierref="r1"><title>Leaf</title></item>`;
      for (let level = 1; level <= levels; level += 1) items = `<item identifier="c${level}"><title>Level ${level}</title>${items}</item>`;
      return manifest12(items, sco('r1', 'a.html'));
    };
    expect(parseManifest(nest(9), files('a.html')).problems).toEqual([]);
    expect(parseManifest(nest(10), files('a.html')).problems).toEqual(['The table of contents is nested more than 10 levels deep.']);
  });

  it('refuses more than 2000 items and manifests over 5 MB', () => {
    const many = Array.from({ length: 2001 }, (_, n) => `<item identifier="i${n}" identifierref="r1"><title>${n}</title></item>`);
    expect(parseManifest(manifest12(many.join(''), sco('r1', 'a.html')), files('a.html')).problems).toEqual([
      'The table of contents has more than 2000 items.',
    ]);
    const huge = manifest12(`<!-- ${'x'.repeat(5 * 1024 * 1024)} -->`, '');
    expect(parseManifest(huge, files()).problems[0]).toContain('larger than 5 MB');
  });

  it('refuses an organization with nothing to launch', () => {
    const xml = manifest12(`<item identifier="i1"><title>Empty</title></item>`, '');
    expect(parseManifest(xml, files()).problems).toEqual(['The table of contents has no item that can be launched.']);
  });
});

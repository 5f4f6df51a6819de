import { describe, expect, it } from 'vitest';
import { readActivityTree } from './activity-tree.js';
import { SequencingEngine } from './sequencing-engine.js';

// Forced order as authoring tools write it: the test is disabled until the lesson's objective is satisfied.
const forcedOrder = `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
 <organizations default="org"><organization identifier="org"><title>Course</title>
  <item identifier="lesson" identifierref="r1"><title>Lesson</title>
   <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="lesson-obj">
    <imsss:mapInfo targetObjectiveID="g-lesson" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives></imsss:sequencing>
  </item>
  <item identifier="hidden" identifierref="r1" isvisible="false"><title>Notes</title>
   <imsss:sequencing><imsss:rollupRules rollupObjectiveSatisfied="false" rollupProgressCompletion="false" objectiveMeasureWeight="0"/></imsss:sequencing>
  </item>
  <item identifier="test" identifierref="r1"><title>Test</title>
   <imsss:sequencing>
    <imsss:sequencingRules><imsss:preConditionRule>
     <imsss:ruleConditions conditionCombination="any">
      <imsss:ruleCondition referencedObjective="lesson-done" operator="not" condition="satisfied"/>
      <imsss:ruleCondition referencedObjective="lesson-done" operator="not" condition="objectiveStatusKnown"/>
     </imsss:ruleConditions><imsss:ruleAction action="disabled"/></imsss:preConditionRule></imsss:sequencingRules>
    <imsss:objectives><imsss:primaryObjective objectiveID="test-obj"/>
     <imsss:objective objectiveID="lesson-done"><imsss:mapInfo targetObjectiveID="g-lesson"/></imsss:objective></imsss:objectives>
   </imsss:sequencing>
  </item>
  <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
 </organization></organizations>
 <resources><resource identifier="r1" href="a.html" adlcp:scormType="sco"/></resources>
</manifest>`;

describe('SequencingEngine over a manifest', () => {
  const { definition } = readActivityTree(forcedOrder);

  it('keeps the test disabled until the lesson is satisfied, then lets the learner open it', () => {
    let engine = SequencingEngine.open(definition, null);
    const test = () => engine.activities().find((a) => a.id === 'test')!;
    expect(test().enabled).toBe(false);
    expect(engine.navigate('choice', 'test').delivered).toBeNull();
    expect(engine.navigate('start').delivered).toBe('lesson');
    // The state survives a round trip, as it does between requests.
    engine = SequencingEngine.open(definition, engine.serialize());
    engine.endCurrent({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    expect(test().enabled).toBe(true);
    expect(engine.navigate('choice', 'test').delivered).toBe('test');
  });

  it('hides an invisible item from the table of contents', () => {
    const engine = SequencingEngine.open(definition, null);
    expect(engine.activities().find((a) => a.id === 'hidden')!.visible).toBe(false);
  });

  it('rolls up a failed, then passed, post-test as passed', () => {
    const engine = SequencingEngine.open(definition, null);
    engine.navigate('start');
    engine.endCurrent({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    engine.navigate('choice', 'test');
    engine.endCurrent({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' });
    expect(engine.course().successStatus).toBe('failed');
    expect(engine.navigate('choice', 'test').delivered).toBe('test');
    engine.endCurrent({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    expect(engine.course().successStatus).toBe('passed');
  });
});

describe('what the platform adds to scorm-again', () => {
  // scorm-again 3.4.3 grants a first choice before the session has begun even when the cluster turns choice off.
  it('refuses a choice into a cluster with choice off, also before the session starts', () => {
    const flowOnly = forcedOrder.replace(
      '<imsss:controlMode choice="true" flow="true"/>',
      '<imsss:controlMode choice="false" flow="true"/>',
    );
    const engine = SequencingEngine.open(readActivityTree(flowOnly).definition, null);
    expect(engine.navigate('choice', 'lesson')).toEqual({ delivered: null, exception: 'NB.2.1-10' });
    expect(engine.activities().filter((a) => a.enabled)).toEqual([]);
    expect(engine.navigate('start').delivered).toBe('lesson');
  });
});

import { describe, expect, it } from 'vitest';
import { readActivityTree } from '../../unit-kinds/sco/activity-tree.js';
import { SequencingEngine } from '../../unit-kinds/sco/sequencing-engine.js';
import type { ActivityMap } from './course-sequencing.js';
import { navigationValidity, navigationValidityElements } from './navigation-validity.js';

// Forced order as authoring tools write it: the test is disabled until the lesson's objective is satisfied,
// and the test sets its own result.
const forcedOrder = `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
 <organizations default="org"><organization identifier="org"><title>Course</title>
  <item identifier="lesson" identifierref="r1"><title>Lesson</title>
   <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="lesson-obj">
    <imsss:mapInfo targetObjectiveID="g-lesson" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>
    <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/></imsss:sequencing>
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
    <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
   </imsss:sequencing>
  </item>
  <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
 </organization></organizations>
 <resources><resource identifier="r1" href="a.html" adlcp:scormType="sco"/></resources>
</manifest>`;

const { definition } = readActivityTree(forcedOrder);
// Unit ids are the item ids here: the map is the identity.
const ids = new Map(['lesson', 'test'].map((id) => [id, id]));
const map: ActivityMap = { definition, activityOf: ids, unitOf: ids };

function deliveredLesson(): string {
  const engine = SequencingEngine.open(definition, null);
  engine.navigate('start');
  return engine.serialize();
}

describe('adl.nav.request_valid as the engine would grant it', () => {
  it('at the lesson, before it is passed: no previous, and the test is not open to a choice', () => {
    const validity = navigationValidity(map, deliveredLesson(), () => ({}));
    expect(validity.previous).toBe(false);
    expect(validity.choice.get('test')).toBe(false);
  });

  it('once the lesson reports its pass, continue and a choice of the test are granted', () => {
    const passed = { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' };
    const validity = navigationValidity(map, deliveredLesson(), (unit) => (unit === 'lesson' ? passed : {}));
    expect(validity).toMatchObject({ continue: true, previous: false });
    expect(validity.choice.get('test')).toBe(true);
  });

  it('names each answer as the SCO reads it', () => {
    const elements = navigationValidityElements({
      continue: true,
      previous: false,
      choice: new Map([['test', false]]),
      jump: new Map([['test', true]]),
    });
    expect(elements).toEqual({
      'adl.nav.request_valid.continue': 'true',
      'adl.nav.request_valid.previous': 'false',
      'adl.nav.request_valid.choice.{target=test}': 'false',
      'adl.nav.request_valid.jump.{target=test}': 'true',
    });
  });
});

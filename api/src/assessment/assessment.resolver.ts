import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { AssessmentService } from './assessment.service.js';
import { CheckResultView, ChooseScenarioInput, ScenarioOutcomeView, SubmitCheckInput } from './assessment.types.js';

@Resolver()
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Mutation(() => CheckResultView, { description: 'Scores a knowledge check on the server and records the result.' })
  submitCheck(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitCheckInput): Promise<CheckResultView> {
    return this.assessments.submitCheck(viewer, input);
  }

  @Mutation(() => ScenarioOutcomeView, { description: 'Records a scenario choice and returns its consequence.' })
  chooseScenario(@CurrentViewer() viewer: Viewer, @Args('input') input: ChooseScenarioInput): Promise<ScenarioOutcomeView> {
    return this.assessments.chooseScenario(viewer, input);
  }
}

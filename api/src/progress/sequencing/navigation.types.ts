import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a SCORM 2004 navigation request led: the unit to open, or the end of the session.' })
export class NavigationResult {
  @Field(() => ID, {
    nullable: true,
    description: 'The unit the sequencing delivers; null when the request was refused or ended the session.',
  })
  unitId: string | null;

  @Field({ description: 'The request ended the session (exitAll, suspendAll): the learner goes back to the course page.' })
  sessionEnded: boolean;

  @Field({ description: 'The request was refused by the course’s rules (the learner stays where they are).' })
  refused: boolean;

  @Field({ description: 'Leaving completed the course.' })
  courseCompleted: boolean;
}

import { Module } from '@nestjs/common';
import { AttemptDirectory } from './attempt-directory.js';
import { CommitBatcher } from './commit-batcher.js';
import { TrackingResolver } from './tracking.resolver.js';
import { TrackingService } from './tracking.service.js';

/** The CMI store: attempts, numbered commits, group commit. It knows nothing of unit kinds or courses. */
@Module({
  providers: [CommitBatcher, TrackingService, AttemptDirectory, TrackingResolver],
  exports: [TrackingService, AttemptDirectory],
})
export class TrackingModule {}

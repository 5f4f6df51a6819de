import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { PackageImport } from './package-import.entity.js';
import { PackageImportService } from './package-import.service.js';
import { PackageImportView } from './package-import.types.js';

function view(row: PackageImport): PackageImportView {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    progress: row.progress,
    problems: row.problems,
    warnings: row.warnings,
    courseId: row.courseId ?? null,
    courseVersion: row.courseVersion ?? null,
    createdAt: row.createdAt,
  };
}

@Resolver()
export class PackageImportResolver {
  constructor(private readonly imports: PackageImportService) {}

  @Query(() => PackageImportView, { description: 'One of your uploads, with its progress and outcome.' })
  async packageImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PackageImportView> {
    return view(await this.imports.one(viewer, id));
  }

  @Query(() => [PackageImportView], { description: 'Your most recent uploads (trainers and admins).' })
  async myPackageImports(@CurrentViewer() viewer: Viewer): Promise<PackageImportView[]> {
    return (await this.imports.mine(viewer)).map(view);
  }
}

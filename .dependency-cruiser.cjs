/**
 * Folder boundaries and cycles, checked by `pnpm lint` (dependency-cruiser). The README's design notes
 * describe the same map in words: who may import whom.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two folders are one concept, or one of them is in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tracking-is-the-cmi-store',
      severity: 'error',
      comment: 'tracking/ stores CMI state and knows nothing of unit kinds, sequencing, completion or courses.',
      from: { path: '^api/src/tracking/' },
      to: { path: '^api/src/(progress|unit-kinds|assessment|reflection|scorm|certificate|course|events|access)/' },
    },
    {
      name: 'unit-kinds-are-leaves',
      severity: 'error',
      comment: 'A unit kind describes itself; the progress layer calls it, not the other way round.',
      from: { path: '^api/src/unit-kinds/' },
      to: { path: '^api/src/(progress|assessment|reflection|scorm|enrolment|certificate|events|jobs)/' },
    },
    {
      name: 'progress-sits-below-the-unit-services',
      severity: 'error',
      comment: 'Assessment and reflection record their results through progress; progress never calls them.',
      from: { path: '^api/src/progress/' },
      to: { path: '^api/src/(assessment|reflection|certificate)/' },
    },
    {
      name: 'access-rules-are-pure',
      severity: 'error',
      comment: 'Permission rules read the viewer only, so that every feature may use them.',
      from: { path: '^api/src/access/' },
      to: { path: '^api/src/', pathNot: '^api/src/(access|auth/viewer|account/role)' },
    },
    {
      name: 'events-know-no-feature',
      severity: 'error',
      comment: 'The outbox carries events for anyone; features write and subscribe, the outbox knows none of them.',
      from: { path: '^api/src/events/' },
      to: { path: '^api/src/', pathNot: '^api/src/(events|jobs|config)/' },
    },
    {
      name: 'worker-uses-the-api-entry',
      severity: 'error',
      comment: 'The worker imports one public entry of the api (worker-entry), not its files.',
      from: { path: '^worker/src/' },
      to: { path: '^api/', pathNot: '^api/(dist|src)/worker-entry\\.(js|ts|d\\.ts)$' },
    },
    {
      name: 'web-talks-to-the-api-over-http',
      severity: 'error',
      comment: 'The web reaches the api through its GraphQL schema and REST routes only.',
      from: { path: '^web/src/' },
      to: { path: '^(api|worker)/' },
    },
  ],
  options: {
    // The worker reaches the api through its built entry: seen as a dependency, not followed into the build.
    doNotFollow: { path: ['node_modules', '^api/dist/'] },
    exclude: { path: '(^|/)(build|\\.svelte-kit|generated)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.js', '.svelte'],
    },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};

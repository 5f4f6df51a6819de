import { all, attr, bool, first, type XmlNode } from './manifest-xml.js';

/**
 * What a manifest may ask for that the platform does not (yet) apply, each named to the trainer as a
 * warning at import so that nothing is dropped silently. When the player or the sequencing engine
 * starts applying a feature, its line goes from here.
 */
type Unapplied = [present: boolean, what: string];

/**
 * SCORM 2004 sequencing of an item or of the organization. The sequencing engine (unit-kinds/sco/) applies
 * the IMS Simple Sequencing and ADL sequencing definitions, so only what it does not read is named here.
 */
function unappliedSequencing(seq: XmlNode | undefined): Unapplied[] {
  return [
    [first(seq, 'auxiliaryresources') !== undefined, 'auxiliary resources are ignored'],
    // attemptAbsoluteDurationLimit is given to the SCO as cmi.max_time_allowed; the activity's own limit is not.
    [
      attr(first(seq, 'limitconditions'), 'activityabsolutedurationlimit') !== undefined,
      'the time limit over all attempts (activityAbsoluteDurationLimit) is not applied',
    ],
    // The engine sequences an untracked activity, but its SCO's data is still stored.
    [!bool(attr(first(seq, 'deliverycontrols'), 'tracked'), true), 'untracked delivery (tracked="false") is not applied'],
  ];
}

/** Settings on an item (or the organization) outside its sequencing. */
function unappliedItem(node: XmlNode): Unapplied[] {
  return [
    [first(node, 'presentation') !== undefined, 'navigation button settings (adlnav:presentation) are ignored'],
    // Shared data (adlcp:data) is kept for the enrolment, across its attempts: scoping it to one attempt is not applied.
    [
      !bool(attr(node, 'shareddataglobaltosystem'), true),
      'shared data is kept across attempts of the course (sharedDataGlobalToSystem="false" is not applied)',
    ],
  ];
}

function add(warnings: Set<string>, who: string, list: Unapplied[]) {
  for (const [present, what] of list) if (present) warnings.add(`${who}: ${what}.`);
}

/** SCORM 2004: an item's or the organization's settings and sequencing that are not applied. */
export function warnUnapplied(node: XmlNode, seq: XmlNode | undefined, who: string, warnings: Set<string>) {
  add(warnings, who, [...unappliedSequencing(seq), ...unappliedItem(node)]);
}

/** SCORM 1.2: an item's settings that are not applied. */
export function warnUnappliedItem12(node: XmlNode, who: string, warnings: Set<string>) {
  add(warnings, who, [
    [!bool(attr(node, 'isvisible'), true), 'it is hidden in the manifest (isvisible="false"), but the platform shows it'],
  ]);
}

/** The manifest as a whole: what is outside the default organization. */
export function warnUnappliedManifest(manifest: XmlNode, organizations: number, warnings: Set<string>) {
  if (organizations > 1)
    warnings.add(`The package has ${organizations} organizations (tables of contents); only the default one is offered.`);
  if (all(manifest, 'manifest').length > 0) warnings.add('The package contains sub-manifests; their content is not offered.');
}

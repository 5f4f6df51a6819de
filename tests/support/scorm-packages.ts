import { rawZip, type RawEntry } from './raw-zip.js';

/**
 * SCORM packages written by the tests. Each SCO page finds the runtime API the way content does
 * (walking up its parent frames) and exposes it as `window.scormApi`, so that a browser test can
 * call it from inside the SCO's frame.
 */
export function scoPage(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p id="status">Looking for the LMS…</p></main>
<script>
  function findApi(win) {
    for (let hops = 0; win && hops < 8; hops++, win = win.parent) {
      if (win.API_1484_11) return { api: win.API_1484_11, version: '2004' };
      if (win.API) return { api: win.API, version: '1.2' };
      if (win === win.parent) break;
    }
    return null;
  }
  const found = findApi(window);
  window.scormApi = found && found.api;
  window.scormVersion = found && found.version;
  document.getElementById('status').textContent = found ? 'Connected to SCORM ' + found.version : 'No LMS found';
  document.body.dataset.ready = found ? 'yes' : 'no';
</script></body></html>
`;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

export function scorm12Manifest(id = 'com.example.kinship-test-12', title = 'Test course in SCORM 1.2'): string {
  return xml(`<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1"><title>${title}</title>
      <item identifier="item1" identifierref="res1"><title>Only lesson</title><adlcp:masteryscore>80</adlcp:masteryscore></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html"><file href="sco/index.html"/></resource>
  </resources>
</manifest>`);
}

export function scorm2004Manifest(id = 'com.example.kinship-test-2004', title = 'Test course in SCORM 2004'): string {
  return xml(`<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1"><title>${title}</title>
      <item identifier="item1" identifierref="res1"><title>Only lesson</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormType="sco" href="index.html"><file href="index.html"/></resource>
  </resources>
</manifest>`);
}

/** Three SCOs in forced order (choice off, flow on); only the post-test's result rolls up to the course. */
export function multiScoManifest(id = 'com.example.kinship-test-multi'): string {
  const content = `<imsss:sequencing><imsss:rollupRules rollupObjectiveSatisfied="false" objectiveMeasureWeight="0"/></imsss:sequencing>`;
  return xml(`<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1"><title>Multi-part test course</title>
      <item identifier="part1" identifierref="res1"><title>Part one</title>${content}</item>
      <item identifier="part2" identifierref="res2"><title>Part two</title>${content}</item>
      <item identifier="posttest" identifierref="res3"><title>Post-test</title>
        <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="posttest-passed" satisfiedByMeasure="true">
          <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>
      </item>
      <imsss:sequencing><imsss:controlMode choice="false" flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormType="sco" href="part1.html"><file href="part1.html"/></resource>
    <resource identifier="res2" type="webcontent" adlcp:scormType="sco" href="part2.html"><file href="part2.html"/></resource>
    <resource identifier="res3" type="webcontent" adlcp:scormType="sco" href="test.html"><file href="test.html"/></resource>
  </resources>
</manifest>`);
}

const file = (name: string, text: string, deflate = true): RawEntry => ({ name, data: Buffer.from(text), deflate });

export function scorm12Package(options: { id?: string; title?: string; extra?: string } = {}): Buffer {
  return rawZip([
    file('imsmanifest.xml', scorm12Manifest(options.id, options.title)),
    file('sco/index.html', scoPage(`Lesson in SCORM 1.2${options.extra ?? ''}`)),
  ]);
}

export function scorm2004Package(options: { id?: string; title?: string } = {}): Buffer {
  return rawZip([
    file('imsmanifest.xml', scorm2004Manifest(options.id, options.title)),
    file('index.html', scoPage('Lesson in SCORM 2004')),
  ]);
}

export function multiScoPackage(): Buffer {
  return rawZip([
    file('imsmanifest.xml', multiScoManifest()),
    file('part1.html', scoPage('Part one')),
    file('part2.html', scoPage('Part two')),
    file('test.html', scoPage('Post-test')),
  ]);
}

const goodManifest = file('imsmanifest.xml', scorm12Manifest('com.example.hostile'));
const goodSco = file('sco/index.html', scoPage('Lesson'));

/** Packages that must be refused, each with words the refusal must contain. */
export function hostilePackages(): { name: string; zip: Buffer; says: RegExp }[] {
  const zeros = Buffer.alloc(60 * 1024 * 1024);
  return [
    { name: 'not a zip', zip: Buffer.from('this is not a zip file at all'), says: /not a zip/i },
    { name: 'path traversal', zip: rawZip([goodManifest, goodSco, file('../../evil.txt', 'owned')]), says: /outside the package/i },
    { name: 'absolute path', zip: rawZip([goodManifest, goodSco, file('/tmp/evil.txt', 'owned')]), says: /absolute path/i },
    {
      name: 'symbolic link',
      zip: rawZip([goodManifest, goodSco, { name: 'sco/passwd', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]),
      says: /symbolic link/i,
    },
    {
      name: 'zip bomb by ratio',
      zip: rawZip([goodManifest, goodSco, { name: 'sco/zeros.bin', data: zeros, deflate: true }]),
      says: /zip bomb/i,
    },
    {
      name: 'zip bomb lying about its size',
      zip: rawZip([
        goodManifest,
        goodSco,
        { name: 'sco/small.bin', data: Buffer.alloc(3 * 1024 * 1024, 7), deflate: true, declaredSize: 100 },
      ]),
      says: /damaged|larger than/i,
    },
    {
      name: 'too many files',
      zip: rawZip([goodManifest, goodSco, ...Array.from({ length: 60 }, (_, n) => file(`sco/f${n}.txt`, 'x', false))]),
      says: /more than 50 files/i,
    },
    {
      name: 'external entity',
      zip: rawZip([
        file(
          'imsmanifest.xml',
          scorm12Manifest().replace('<manifest', '<!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<manifest'),
        ),
        goodSco,
      ]),
      says: /DOCTYPE|entit/i,
    },
    {
      name: 'entity expansion',
      zip: rawZip([
        file(
          'imsmanifest.xml',
          scorm12Manifest().replace(
            '<manifest',
            '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<manifest',
          ),
        ),
        goodSco,
      ]),
      says: /DOCTYPE|entit/i,
    },
    { name: 'no manifest', zip: rawZip([goodSco]), says: /no imsmanifest\.xml/i },
    {
      name: 'unreadable manifest',
      zip: rawZip([file('imsmanifest.xml', '<manifest><organizations></manifest'), goodSco]),
      says: /well-formed|XML|read/i,
    },
    { name: 'missing launch file', zip: rawZip([goodManifest, file('sco/other.html', 'hello')]), says: /not in the package/i },
  ];
}

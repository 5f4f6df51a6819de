import { rawZip, type RawEntry } from './raw-zip.js';

/**
 * Packages that behave like the output of common authoring tools rather than like our own exports:
 * they find the API by walking up their parent frames, write their results only as they close (in
 * their unload or pagehide handler, then Terminate / LMSFinish), never set a status at all, or are
 * plain pages (assets) with no script, some in a legacy encoding. Each page also exposes the API as
 * `window.scormApi`, so that a test can call it from inside the SCO's frame.
 */
export type Version = '1.2' | '2004';

export interface PackageItem {
  id: string;
  title: string;
  href: string;
  scormType: 'sco' | 'asset';
  /** SCORM 2004 imsss:deliveryControls (omitted: the defaults, false and false). */
  setByContent?: { completion: boolean; objective: boolean };
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

function manifest12(id: string, title: string, items: PackageItem[]): string {
  return xml(`<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org1"><organization identifier="org1"><title>${title}</title>
${items.map((i) => `    <item identifier="${i.id}" identifierref="res-${i.id}"><title>${i.title}</title></item>`).join('\n')}
  </organization></organizations>
  <resources>
${items.map((i) => `    <resource identifier="res-${i.id}" type="webcontent" adlcp:scormtype="${i.scormType}" href="${i.href}"><file href="${i.href}"/></resource>`).join('\n')}
  </resources>
</manifest>`);
}

function deliveryControls(item: PackageItem): string {
  if (!item.setByContent) return '';
  const { completion, objective } = item.setByContent;
  return `<imsss:sequencing><imsss:deliveryControls completionSetByContent="${completion}" objectiveSetByContent="${objective}"/></imsss:sequencing>`;
}

function manifest2004(id: string, title: string, items: PackageItem[]): string {
  return xml(`<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org1"><organization identifier="org1"><title>${title}</title>
${items.map((i) => `    <item identifier="${i.id}" identifierref="res-${i.id}"><title>${i.title}</title>${deliveryControls(i)}</item>`).join('\n')}
  </organization></organizations>
  <resources>
${items.map((i) => `    <resource identifier="res-${i.id}" type="webcontent" adlcp:scormType="${i.scormType}" href="${i.href}"><file href="${i.href}"/></resource>`).join('\n')}
  </resources>
</manifest>`);
}

/** The part every tool's SCO has: find the API in a parent frame, and small wrappers for both versions. */
function apiWrapper(version: Version): string {
  const is2004 = version === '2004';
  return `
  function findApi(win) {
    for (var hops = 0; win && hops < 8; hops++, win = win.parent) {
      if (${is2004 ? 'win.API_1484_11' : 'win.API'}) return ${is2004 ? 'win.API_1484_11' : 'win.API'};
      if (win === win.parent) break;
    }
    return null;
  }
  var api = findApi(window);
  window.scormApi = api;
  function lmsInit() { return api && api.${is2004 ? 'Initialize' : 'LMSInitialize'}(''); }
  function lmsGet(name) { return api ? api.${is2004 ? 'GetValue' : 'LMSGetValue'}(name) : ''; }
  function lmsSet(name, value) { return api && api.${is2004 ? 'SetValue' : 'LMSSetValue'}(name, value); }
  function lmsCommit() { return api && api.${is2004 ? 'Commit' : 'LMSCommit'}(''); }
  function lmsFinish() { return api && api.${is2004 ? 'Terminate' : 'LMSFinish'}(''); }`;
}

/** What the unload-writing SCO reports as it closes, in each version's names. */
export const CLOSING_REPORT = {
  '2004': {
    'cmi.completion_status': 'incomplete',
    'cmi.score.scaled': '0.4',
    'cmi.score.raw': '40',
    'cmi.location': 'slide-3',
    'cmi.suspend_data': 'seen=1,2,3',
    'cmi.exit': 'suspend',
    'cmi.session_time': 'PT1M30S',
  },
  '1.2': {
    'cmi.core.lesson_status': 'incomplete',
    'cmi.core.score.raw': '40',
    'cmi.core.lesson_location': 'slide-3',
    'cmi.suspend_data': 'seen=1,2,3',
    'cmi.core.exit': 'suspend',
    'cmi.core.session_time': '00:01:30',
  },
} as const;

/** Seconds in one session of the unload-writing SCO. */
export const CLOSING_SESSION_SECONDS = 90;

/**
 * A SCO as Storyline, Captivate and many others write them: it initialises on load, greets a returning
 * learner (cmi.entry, total time), and writes everything only in its unload (1.2) or pagehide (2004)
 * handler: status, score, location, suspend data, exit = suspend, session time, then Commit and Terminate.
 */
export function unloadWriterPage(version: Version): string {
  const is2004 = version === '2004';
  const writes = Object.entries(CLOSING_REPORT[version])
    .map(([element, value]) => `lmsSet('${element}', '${value}');`)
    .join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Slides</title></head>
<body><main><h1>Slides</h1><p id="welcome">Loading…</p></main>
<script>${apiWrapper(version)}
  var finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    ${writes}
    lmsCommit();
    lmsFinish();
  }
  window.addEventListener('${is2004 ? 'pagehide' : 'unload'}', finish);
  window.addEventListener('load', function () {
    lmsInit();
    var entry = lmsGet('${is2004 ? 'cmi.entry' : 'cmi.core.entry'}');
    var total = lmsGet('${is2004 ? 'cmi.total_time' : 'cmi.core.total_time'}');
    document.getElementById('welcome').textContent =
      entry === 'resume' ? 'Welcome back. Time so far: ' + total : 'Welcome. This is your first visit.';
    document.body.dataset.ready = api ? 'yes' : 'no';
  });
</script></body></html>
`;
}

/** The simplest SCO a template makes: Initialize on load, Terminate on unload, and never a status or score. */
export function silentPage(version: Version, title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>Read this page, then go on.</p></main>
<script>${apiWrapper(version)}
  window.addEventListener('load', function () { lmsInit(); document.body.dataset.ready = api ? 'yes' : 'no'; });
  window.addEventListener('unload', function () { lmsFinish(); });
</script></body></html>
`;
}

/** A plain page with no script, as an asset is. */
export function assetPage(title: string, text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${text}</p></main></body></html>
`;
}

/** The Windows-1252 bytes of text that uses only characters that encoding has. */
export function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.codePointAt(0)! <= 0xff ? c.codePointAt(0)! : 0x3f)));
}

/** A legacy page in Windows-1252, declared (as FrontPage and old Word exports do) or not declared at all. */
export function legacyPage(title: string, text: string, declared: boolean): Buffer {
  const meta = declared ? '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' : '';
  return windows1252(`<html><head>${meta}<title>${title}</title></head><body><h1>${title}</h1><p id="text">${text}</p></body></html>`);
}

export function packageOf(
  version: Version,
  id: string,
  title: string,
  items: PackageItem[],
  files: Record<string, string | Buffer>,
): Buffer {
  const entries: RawEntry[] = [
    {
      name: 'imsmanifest.xml',
      data: Buffer.from(version === '2004' ? manifest2004(id, title, items) : manifest12(id, title, items)),
      deflate: true,
    },
    ...Object.entries(files).map(([name, data]) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data), deflate: true })),
  ];
  return rawZip(entries);
}

/** An introduction and a summary (assets) around the SCO that writes only as it closes. */
export function unloadWriterPackage(version: Version): Buffer {
  const v = version.replace('.', '');
  return packageOf(
    version,
    `com.example.authoring.unload-${v}`,
    `Slides that save as they close (${version})`,
    [
      { id: 'intro', title: 'Introduction', href: 'intro.html', scormType: 'asset' },
      { id: 'slides', title: 'Slides', href: 'story/index.html', scormType: 'sco' },
      { id: 'summary', title: 'Summary', href: 'summary.html', scormType: 'asset' },
    ],
    {
      'intro.html': assetPage('Introduction', 'What this course is about.'),
      'story/index.html': unloadWriterPage(version),
      'summary.html': assetPage('Summary', 'What we covered.'),
    },
  );
}

/** One SCO that never sets a status, and (2004) one beside it whose package says it sets its own. */
export function silentPackage(version: Version): Buffer {
  const v = version.replace('.', '');
  const items: PackageItem[] = [{ id: 'page', title: 'A page to read', href: 'page.html', scormType: 'sco' }];
  const files: Record<string, string> = { 'page.html': silentPage(version, 'A page to read') };
  return packageOf(version, `com.example.authoring.silent-${v}`, `A page that sets no status (${version})`, items, files);
}

/** Several plain pages, each its own item (an asset), one of them a legacy Windows-1252 page. */
export function assetsPackage(): Buffer {
  return packageOf(
    '2004',
    'com.example.authoring.assets',
    'Pages without a runtime',
    [
      { id: 'welcome', title: 'Welcome page', href: 'pages/welcome.html', scormType: 'asset' },
      { id: 'history', title: 'Our history', href: 'pages/history.htm', scormType: 'asset' },
      { id: 'contact', title: 'Who to ask', href: 'pages/contact.html', scormType: 'asset' },
    ],
    {
      'pages/welcome.html': assetPage('Welcome page', 'Start here.'),
      'pages/history.htm': legacyPage('Our history', 'Café “talks” — naïve façade’s résumé', true),
      'pages/contact.html': assetPage('Who to ask', 'Ask your trainer.'),
      'pages/undeclared.html': legacyPage('Undeclared', 'Café “talks” — naïve façade’s résumé', false),
    },
  );
}

// Runs in the browser, on the content origin, in the host page that frames a SCO. It makes the
// SCORM runtime API (scorm-again) available to the SCO as window.API / window.API_1484_11, loads the
// learner's saved state that the platform page sends, and passes every commit back to the platform
// page, which stores it through its durable commit queue. Messages are accepted only from the
// platform's origin and from the window that framed us.
//
// Closing: real authoring tools write exit, session time, status and score in their unload handler and
// then call Terminate / LMSFinish. So before the platform leaves the unit it asks us to unload the SCO
// and waits for its closing commit; and when the whole tab goes (closed, reloaded, another site), the
// platform page is gone before the SCO unloads, so the closing commit is also sent from here with
// `keepalive`, to the content origin's own commit route, with the attempt's commit token.

interface ScormRuntime {
  LMSSetValue?: (element: string, value: unknown) => string;
  GetValue?: (element: string) => string;
  isInitialized(): boolean;
  isTerminated(): boolean;
  throwSCORMError(element: string, code: number, message: string): void;
  loadFromFlattenedJSON(json: Record<string, string>, element?: string): void;
  getFlattenedCMI(): Record<string, unknown>;
  on(event: string, callback: (...args: unknown[]) => void): void;
  adl?: {
    nav?: { request?: string };
    configureSharedDataMaps?(maps: SharedDataMap[]): void;
    captureWritableSharedDataSnapshot?(): Record<string, string>;
  };
  restoreSharedDataSnapshot?(snapshot: Record<string, string>): void;
}

/** A SCO's shared data bucket as scorm-again takes it (adlcp:map). */
interface SharedDataMap {
  targetID: string;
  readSharedData: boolean;
  writeSharedData: boolean;
}
type RuntimeConstructor = new (settings: Record<string, unknown>) => ScormRuntime;

interface InitMessage {
  kind: 'kinship-sco-init';
  state: Record<string, string>;
}

/** A commit numbered in this page's own sitting; the platform adds the attempt. */
interface Commit {
  sessionId: string;
  seq: number;
  values: Record<string, string>;
}

const page = document.documentElement.dataset;
const platformOrigin = page.platformOrigin ?? '';
const version = page.version === '2004' ? '2004' : '1.2';
const launch = page.launch ?? '';
const commitToken = new URLSearchParams(location.hash.slice(1)).get('commit') ?? '';
const EXIT = version === '2004' ? 'cmi.exit' : 'cmi.core.exit';
/** Tells the platform that a session ended (see api/src/progress/session-end.ts); never stored. */
const SESSION_END = 'kinship.session_end';
const CLOSING_COMMIT_PATH = '/runtime/commit';
/** How long a SCO gets to run its unload handlers when the platform asks (the platform waits a little longer). */
const UNLOAD_WAIT_MS = 2500;
/** Browsers refuse `keepalive` bodies over 64 KiB (all in flight together). */
const KEEPALIVE_MAX = 60_000;

// Elements the platform sets and the SCO may only read: never sent back.
const READ_ONLY =
  /^cmi\.(core\.)?(total_time|entry|credit|mode|lesson_mode|learner_id|learner_name|student_id|student_name|launch_data|scaled_passing_score|completion_threshold|max_time_allowed|time_limit_action|comments_from_lms)(\.|$)|^cmi\.student_data\./;

let runtime: ScormRuntime | null = null;
let scoFrame: HTMLIFrameElement | null = null;
/** What the runtime held when the SCO opened, and at the last commit. */
let initial: Record<string, string> = {};
let sent: Record<string, string> = {};
const sitting = crypto.randomUUID();
let seq = 0;
let initialized = false;
let closedBy: 'terminate' | 'leave' | null = null;

function toPlatform(message: Record<string, unknown>) {
  window.parent.postMessage(message, platformOrigin);
}

function stringValues(flat: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [element, value] of Object.entries(flat)) if (typeof value === 'string') values[element] = value;
  return values;
}

/** What differs now from `since` (unset elements that are still empty are left out). */
function changesSince(since: Record<string, string>): Record<string, string> {
  if (!runtime) return {};
  const now = { ...stringValues(runtime.getFlattenedCMI()), ...sharedWrites(runtime) };
  const changed: Record<string, string> = {};
  for (const [element, value] of Object.entries(now)) {
    if (READ_ONLY.test(element) || value === since[element]) continue;
    if (value === '' && since[element] === undefined) continue;
    changed[element] = value;
  }
  sent = now;
  return changed;
}

function numbered(values: Record<string, string>): Commit {
  seq += 1;
  return { sessionId: sitting, seq, values };
}

/** Only what changed since the last commit travels, so that a commit stays small. */
function commit() {
  const values = changesSince(sent);
  if (Object.keys(values).length) toPlatform({ kind: 'kinship-sco-commit', commit: numbered(values), terminate: false, nav: '_none_' });
}

/** Stores a closing commit from here, for when the platform page is already gone (the tab closed). */
function sendDirect(closing: Commit) {
  const attemptId = commitToken.split('.', 1)[0];
  if (!commitToken || !attemptId) return;
  const body = JSON.stringify({ token: commitToken, commit: { attemptId, ...closing } });
  void fetch(CLOSING_COMMIT_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    keepalive: body.length < KEEPALIVE_MAX,
  }).catch(() => undefined);
}

/**
 * The closing commit: everything the SCO changed in this sitting (not only since the last commit), so
 * that it stands alone whichever way it arrives first, with cmi.exit as the SCO left it and the report
 * that the session ended. Sent both to the platform page and directly; the server applies it once.
 */
function closing(report: 'terminate' | 'leave') {
  if (!runtime || closedBy === 'terminate' || (closedBy === 'leave' && report === 'leave')) return;
  closedBy = report;
  const values = changesSince(initial);
  if (initialized) {
    values[EXIT] = stringValues(runtime.getFlattenedCMI())[EXIT] ?? '';
    values[SESSION_END] = report;
  }
  if (!Object.keys(values).length) return;
  const final = numbered(values);
  const nav = report === 'terminate' ? runtime.adl?.nav?.request : undefined;
  toPlatform({ kind: 'kinship-sco-commit', commit: final, terminate: report === 'terminate', nav: nav ?? '_none_' });
  sendDirect(final);
}

/** Navigates the SCO's frame away, so that its unload handlers run (and commit), then reports back. */
async function unloadSco() {
  const frame = scoFrame;
  if (frame && closedBy !== 'terminate') {
    const gone = new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      setTimeout(resolve, UNLOAD_WAIT_MS);
    });
    try {
      // replace(): no new entry in the tab's history, so the browser's back button still works as expected.
      frame.contentWindow?.location.replace('about:blank');
    } catch {
      frame.remove();
    }
    await gone;
  }
  closing('leave');
  toPlatform({ kind: 'kinship-sco-unloaded' });
}

// SCORM 1.2 names 4096 characters for suspend_data, but tools such as Storyline write more and the
// common LMSs accept it; we keep up to what the platform stores (the SCORM 2004 limit), and refuse
// beyond with error 405, so that an oversized value is refused at once instead of failing a commit.
const SUSPEND_DATA_MAX = 64_000;

function capSuspendData(api: ScormRuntime) {
  const setValue = api.LMSSetValue?.bind(api);
  if (!setValue) return;
  api.LMSSetValue = (element, value) => {
    if (element === 'cmi.suspend_data' && String(value).length > SUSPEND_DATA_MAX) {
      api.throwSCORMError(element, 405, `cmi.suspend_data is longer than the ${SUSPEND_DATA_MAX} characters kept.`);
      return 'false';
    }
    return setValue(element, value);
  };
}

/** SCORM 2004 shared data (adl.data): the buckets this SCO maps, in the order the platform numbered them. */
const SHARED_DATA = /^adl\.data\.(\d+)\.(id|store|readSharedData|writeSharedData)$/;
let sharedMaps: SharedDataMap[] = [];

/**
 * Gives scorm-again the SCO's buckets, their rights and the values stored, the way an LMS does before
 * Initialize: the library then applies the data model (403 before a first write, 404 for a bucket the
 * SCO may not write, 405 for one it may not read, the 64,000-character store).
 */
function loadSharedData(api: ScormRuntime, elements: [string, string][]) {
  const maps: SharedDataMap[] = [];
  const stores = new Map<number, string>();
  for (const [element, value] of elements) {
    const [, index, field] = SHARED_DATA.exec(element) ?? [];
    const n = Number(index);
    const map = (maps[n] ??= { targetID: '', readSharedData: true, writeSharedData: false });
    if (field === 'id') map.targetID = value;
    else if (field === 'readSharedData' || field === 'writeSharedData') map[field] = value === 'true';
    else stores.set(n, value);
  }
  sharedMaps = maps.filter((map) => map.targetID !== '');
  if (!sharedMaps.length || !api.restoreSharedDataSnapshot || !api.adl?.configureSharedDataMaps) return;
  api.restoreSharedDataSnapshot(Object.fromEntries([...stores].map(([n, store]) => [maps[n]!.targetID, store])));
  api.adl.configureSharedDataMaps(sharedMaps);
}

/** What the SCO wrote to the buckets it may write, as adl.data.n.store for the platform to keep. */
function sharedWrites(api: ScormRuntime): Record<string, string> {
  const written = api.adl?.captureWritableSharedDataSnapshot?.() ?? {};
  const values: Record<string, string> = {};
  sharedMaps.forEach((map, n) => {
    if (map.writeSharedData && written[map.targetID] !== undefined) values[`adl.data.${n}.store`] = written[map.targetID]!;
  });
  return values;
}

/** The answers the server's sequencing gives (api/src/progress/sequencing/navigation-validity.ts), not part of the CMI loaded. */
const NAV_VALIDITY = /^adl\.nav\.request_valid\./;
const NAV_TARGETED = /^adl\.nav\.request_valid\.(choice|jump)\.\{target=[^}]*\}$/;

/**
 * Answers adl.nav.request_valid as the platform's sequencing would grant: without an activity tree of its
 * own, scorm-again answers "unknown" for continue and previous, and for choice and jump one list of item ids
 * (`scoItemIds`, or one `scoItemIdValidator` for both), which cannot tell a granted jump from a refused choice.
 * The library still reads the element first, so its error codes (before Initialize, after Terminate) stand.
 */
function answerNavigationValidity(api: ScormRuntime, answers: Map<string, string>) {
  const getValue = api.GetValue?.bind(api);
  if (!getValue || !answers.size) return;
  api.GetValue = (element) => {
    const value = getValue(element);
    if (!api.isInitialized() || api.isTerminated() || !NAV_VALIDITY.test(element)) return value;
    // An activity the engine was not asked about (a cluster, an unknown id) is no target it would deliver.
    return answers.get(element) ?? (NAV_TARGETED.test(element) ? 'false' : value);
  };
}

function start(message: InitMessage) {
  if (runtime) return;
  const name = version === '2004' ? 'Scorm2004API' : 'Scorm12API';
  const Runtime = (window as unknown as Record<string, RuntimeConstructor | undefined>)[name];
  if (!Runtime) throw new Error(`the SCORM ${version} runtime did not load`);
  // No commit URL: commits stay in this page and are handed to the platform, which stores them.
  // Autocommit hands over what the SCO set even if it never calls Commit before the tab closes.
  runtime = new Runtime({ autocommit: true, autocommitSeconds: 2, lmsCommitUrl: false, logLevel: 4 });
  const entries = Object.entries(message.state);
  const platformOnly = (element: string) => NAV_VALIDITY.test(element) || SHARED_DATA.test(element);
  runtime.loadFromFlattenedJSON(Object.fromEntries(entries.filter(([element]) => !platformOnly(element))), '');
  if (version === '1.2') capSuspendData(runtime);
  else {
    answerNavigationValidity(runtime, new Map(entries.filter(([element]) => NAV_VALIDITY.test(element))));
    loadSharedData(
      runtime,
      entries.filter(([element]) => SHARED_DATA.test(element)),
    );
  }
  initial = sent = { ...stringValues(runtime.getFlattenedCMI()), ...sharedWrites(runtime) };
  const [initialize, save, terminate] =
    version === '2004' ? (['Initialize', 'Commit', 'Terminate'] as const) : (['LMSInitialize', 'LMSCommit', 'LMSFinish'] as const);
  runtime.on(initialize, () => (initialized = true));
  runtime.on(save, () => commit());
  runtime.on(terminate, () => closing('terminate'));
  const api = window as unknown as Record<string, unknown>;
  if (version === '2004') api.API_1484_11 = runtime;
  else api.API = runtime;
  scoFrame = document.createElement('iframe');
  scoFrame.title = document.title;
  scoFrame.src = launch;
  scoFrame.allow = 'fullscreen; autoplay';
  document.body.append(scoFrame);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== platformOrigin || event.source !== window.parent) return;
  const data = event.data as Partial<InitMessage> | { kind?: unknown } | null;
  if (data?.kind === 'kinship-sco-init' && 'state' in data && data.state && typeof data.state === 'object') start(data as InitMessage);
  else if (data?.kind === 'kinship-sco-unload') void unloadSco();
});

// The tab is going (closed, reloaded, another site): whatever the SCO set is handed over now, and
// again if its own unload handlers then terminate it (that later commit carries a higher number).
window.addEventListener('pagehide', () => closing('leave'));

toPlatform({ kind: 'kinship-sco-ready' });

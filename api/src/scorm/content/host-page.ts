/** The host page on the content origin: loads the runtime for the package's SCORM version, then frames the SCO. */
export function hostPage({ launch, version, platformOrigin }: { launch: string; version: '1.2' | '2004'; platformOrigin: string }): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en" data-launch="${attr(launch)}" data-version="${version}" data-platform-origin="${attr(platformOrigin)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Course content</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%;display:block}</style>
<script src="/runtime/scorm-${version}.js"></script>
<script type="module" src="/runtime/host.js"></script>
</head>
<body></body>
</html>
`;
}

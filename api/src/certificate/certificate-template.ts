/**
 * The certificate's Typst source. Every value arrives through `sys.inputs.facts` (JSON), never spliced
 * into the markup, so a learner's name is always text, whatever characters it holds.
 */
export const certificateTemplate = String.raw`
#let f = json(bytes(sys.inputs.facts))
#let dirOf(d) = if d == "rtl" { rtl } else { ltr }
#let blue = rgb("#1d4f6e")
#set document(title: f.documentTitle, author: "Kinship")
#set page(
  paper: "a4",
  flipped: true,
  margin: 56pt,
  background: place(top + left, dx: 28pt, dy: 28pt,
    rect(width: 100% - 56pt, height: 100% - 56pt, stroke: 3pt + blue)),
)
#set text(font: f.fonts, lang: f.lang, region: f.region, dir: dirOf(f.dir), size: 14pt, fill: rgb("#222"))
#set par(justify: false)
#set align(center)
#let field(value, size) = text(font: value.fonts, dir: dirOf(value.dir), size: size, weight: "bold", value.text)

#v(34pt)
#text(size: 30pt, weight: "bold", fill: blue, f.heading)
#v(18pt)
#f.awardedTo
#v(6pt)
#field(f.name, 26pt)
#v(6pt)
#f.completed
#v(6pt)
#field(f.title, 20pt)
#v(2pt)
#text(size: 12pt, f.version)
#v(12pt)
#f.dateLine

#place(bottom + center, dy: -18pt, text(size: 11pt, fill: rgb("#333"))[
  #f.codeLine \
  #f.verify #text(dir: ltr, f.url)
])
`;

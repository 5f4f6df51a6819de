/**
 * The sign-in cards' Typst source: eight cards to an A4 page (2 × 4, each with a dashed edge to cut along),
 * each with the student's name and class across the top, the two codes and the QR code below. Every value
 * arrives through `sys.inputs.cards` (JSON), never spliced into the markup, so a name is always text.
 * Right-to-left languages mirror the grids (the QR code moves to the card's left edge).
 */
export const signInCardsTemplate = String.raw`
#let f = json(bytes(sys.inputs.cards))
#let dirOf(d) = if d == "rtl" { rtl } else { ltr }
// Every line starts at the card's edge where the teacher's language starts, whatever a name's own direction.
#let side = if f.dir == "rtl" { right } else { left }
#let grey = rgb("#444")
#set document(title: f.documentTitle, author: "Kinship")
#set page(paper: "a4", margin: 28pt)
#set text(font: f.fonts, lang: f.lang, region: f.region, dir: dirOf(f.dir), size: 8pt, fill: grey)
#set par(justify: false, leading: 0.45em)
#set align(side)

#let free(value, size: 8pt, weight: "regular", fill: grey) = text(
  font: value.fonts, dir: dirOf(value.dir), size: size, weight: weight, fill: fill, value.text)
// A code is a box holding left-to-right text: the bidi algorithm alone could swap its two groups around the
// hyphen in a right-to-left line.
#let code(label, value) = stack(spacing: 3pt, label, box(text(dir: ltr, size: 13pt, weight: "bold", fill: black, value)))
// The name wraps at spaces; a word too long for the card (no space to wrap at) makes the whole name smaller, so
// that it never runs onto the next student's card.
#let name(c) = layout(region => {
  let base = c.nameSize * 1pt
  let widths = c.name.text.split(" ").map(word => measure(free((..c.name, text: word), size: base, weight: "bold")).width)
  let widest = widths.fold(0pt, (a, b) => if a > b { a } else { b })
  let size = if widest > region.width { base * (region.width / widest) } else { base }
  free(c.name, size: size, weight: "bold", fill: black)
})

#let card(c) = block(
  width: 100%, height: 100%, inset: 12pt, breakable: false,
  stroke: (paint: rgb("#999"), thickness: 0.6pt, dash: "dashed"),
  stack(
    spacing: 4pt,
    f.words.title,
    name(c),
    free(f.className),
    1fr,
    grid(
      columns: (1fr, 90pt), column-gutter: 12pt, align: bottom,
      stack(spacing: 6pt,
        code(f.words.classCode, c.classCode),
        code(f.words.personalCode, c.personalCode),
        text(size: 7pt, f.words.howTo)),
      image(bytes(c.qr), format: "svg", width: 90pt),
    ),
  ),
)

#for (i, cards) in f.pages.enumerate() {
  if i > 0 { pagebreak() }
  // Empty slots keep the last page's cards the same size as the others.
  grid(columns: (1fr,) * f.columns, rows: (1fr,) * f.rows, ..cards.map(card), ..range(f.columns * f.rows - cards.len()).map(_ => []))
}
`;

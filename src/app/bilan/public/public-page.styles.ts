/**
 * The public page's style sheet, inlined (the page is one self-contained file). Text colours keep a contrast of at
 * least 7:1 on white; colours never carry meaning alone (every bar has its figure written next to it).
 */
export const PUBLIC_PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b; background: #ffffff; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; border-bottom: 4px solid #1f4e8c; }
h1 { font-size: 2rem; margin: 0 0 .25rem; color: #102a4c; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; color: #102a4c; border-bottom: 1px solid #c9d3e0; padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; color: #102a4c; }
.subtitle { font-size: 1.1rem; margin: 0 0 1rem; color: #3d3d3d; }
.axis-intro { color: #3d3d3d; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 1rem 0; list-style: none; }
.figures li { flex: 1 1 12rem; border: 1px solid #c9d3e0; border-radius: 6px; padding: .75rem 1rem; background: #f5f8fc; }
.figure { display: block; font-size: 1.75rem; font-weight: 700; color: #102a4c; }
table { width: 100%; border-collapse: collapse; margin: .75rem 0 1.5rem; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; color: #1b1b1b; }
th, td { border: 1px solid #c9d3e0; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef7; color: #102a4c; }
tbody th { font-weight: 600; }
td.number, th.number { text-align: right; white-space: nowrap; }
.progress { white-space: nowrap; }
.bar { display: inline-block; width: 8rem; height: .75rem; background: #e3e7ee; border: 1px solid #6b7a90; vertical-align: middle; margin-right: .5rem; }
.bar-fill { display: block; height: 100%; background: #1f4e8c; }
.gap { border-left: 4px solid #8a4b00; padding: .25rem 0 .25rem 1rem; margin: 1rem 0; }
.gap p { margin: .25rem 0; }
.status { font-weight: 600; }
.themes { padding-left: 1.25rem; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid #c9d3e0; color: #3d3d3d; font-size: .9rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .gap, .figures li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

"""The report's stylesheet, inlined into every report so the file stands alone."""

from __future__ import annotations

REPORT_CSS = """
:root { --date:#1f5fbf; --time:#7a3db8; --duration:#2f7d32; --set:#a85a00; --flag:#c62828;
  --ink:#1b1f24; --muted:#59636e; --rule:#d7dce1; --paper:#ffffff; }
* { box-sizing: border-box; }
body { margin:0; background:#f3f4f6; color:var(--ink);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
.report { max-width: 1180px; margin: 0 auto; padding: 1.5rem 1.5rem 3rem;
  background: var(--paper); }
h1 { font-size: 1.55rem; margin: 0 0 .3rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--rule); }
.meta { color: var(--muted); margin: .2rem 0; }
.meta strong { color: var(--ink); }
.legend { display:flex; flex-wrap:wrap; gap:.4rem 1.2rem; padding:0; margin:.8rem 0 0;
  list-style:none; font-size:.9rem; }
.skip { position:absolute; left:-999px; }
.skip:focus { left: 1rem; top: 1rem; background:#fff; padding:.3rem .6rem; z-index:10; }
.rows { display: grid; gap: .2rem; }
.row { display:grid; grid-template-columns: 2.2rem minmax(0, 1fr) 19rem; gap: 0 1.2rem;
  align-items: start; padding: .35rem 0; border-bottom: 1px solid #f0f1f3; }
.row.flagged { background: linear-gradient(90deg, #fff 0, #fff 70%, #fff6f6 70%); }
.pn { color: #8a939d; font-size: .8rem; text-align: right; padding-top: .25rem;
  font-variant-numeric: tabular-nums; }
.para { margin: 0; }
.notes { font-size: .88rem; }
.note { border-left: 4px solid var(--flag); background: #fff4f4; padding: .45rem .7rem;
  margin: 0 0 .5rem; border-radius: 0 6px 6px 0; }
.note.sev-warning { border-left-color: #b26a00; background: #fff8ec; }
.note p { margin: .15rem 0; }
.note-head { font-weight: 600; }
.note .sev { text-transform: uppercase; font-size: .72rem; letter-spacing: .05em;
  background: var(--flag); color: #fff; padding: 0 .35rem; border-radius: 3px; margin-right:.3rem; }
.note.sev-warning .sev { background: #8a5200; }
.note ins { text-decoration: none; background: #e3f4e4; padding: 0 .2rem; border-radius: 3px;
  font-weight: 600; }
.note a { color: inherit; }
.txw { position: relative; }
.tx { border-radius: 3px; padding: 0 .08em; text-decoration-thickness: 2px;
  text-underline-offset: 3px; text-decoration-line: underline; cursor: help; }
.tx:focus { outline: 3px solid #111; outline-offset: 2px; }
.tx-date { background: #e8f0fc; text-decoration-color: var(--date); text-decoration-style: solid; }
.tx-time { background: #f1e9fa; text-decoration-color: var(--time); text-decoration-style: double; }
.tx-duration { background: #e7f4e8; text-decoration-color: var(--duration);
  text-decoration-style: dashed; }
.tx-set { background: #fbf0e0; text-decoration-color: var(--set); text-decoration-style: dotted; }
.tx.uncertain { font-style: italic; }
.tag { font-size: .6rem; font-weight: 700; letter-spacing: .04em; vertical-align: super;
  margin-left: .1em; text-transform: uppercase; }
.tag-date { color: var(--date); } .tag-time { color: var(--time); }
.tag-duration { color: var(--duration); } .tag-set { color: var(--set); }
.tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 5; min-width: 16rem;
  max-width: 26rem; background: #1b1f24; color: #fff; font-size: .82rem; line-height: 1.45;
  padding: .5rem .65rem; border-radius: 6px; box-shadow: 0 6px 20px rgba(0,0,0,.25);
  white-space: normal; font-style: normal; }
.tip b { color: #ffd479; font-weight: 600; }
.txw:hover .tip, .tx:focus ~ .tip { display: block; }
mark.flag { background: #fde2e2; color: inherit; text-decoration: underline wavy var(--flag);
  text-decoration-thickness: 1.5px; text-underline-offset: 5px; padding: .05em 0; }
a.fref { font-size: .7rem; font-weight: 700; color: var(--flag); vertical-align: super;
  text-decoration: none; margin-left: .1em; }
a.fref:focus, .note a:focus { outline: 3px solid #111; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
th { background: #f6f7f9; font-weight: 600; }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
td code, .note code { font-size: .85em; }
.derived td { color: #3f4852; font-style: italic; }
.flagged-row td { background: #fff4f4; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: .85rem; margin: .3rem 0 .8rem; }
.timeline-chart { display:block; max-width: 100%; height: auto; border: 1px solid var(--rule);
  border-radius: 6px; background:#fff; }
.timeline-chart a:hover text, .timeline-chart a:focus text { text-decoration: underline; }
.timeline-chart a:focus { outline: 2px solid #111; }
.none { color: var(--muted); }
details summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 900px) {
  .row { grid-template-columns: 1.8rem minmax(0, 1fr); }
  .notes { grid-column: 2; }
}
@media print {
  @page { margin: 1.4cm; }
  body { background: #fff; font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .tip, .skip { display: none !important; }
  .tx { background: none; }
  .tx[data-value]::after { content: " [" attr(data-value) "]"; font-size: .72em; color: #444; }
  mark.flag { background: none; }
  .row { break-inside: avoid; grid-template-columns: 1.6rem minmax(0, 1fr) 14rem; }
  .row.flagged { background: none; }
  .note { background: none; }
  h2 { break-after: avoid; }
  figure, table tr { break-inside: avoid; }
  details { display: block; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

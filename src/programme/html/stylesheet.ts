import { PALETTE } from './palette.js';

/**
 * The report's inline stylesheet: system fonts only (nothing fetched), a centred column that narrows
 * to one column on phones, tables that scroll sideways rather than overflow, and print rules (white
 * paper, no navigation, charts and table rows kept whole, colours printed).
 * @internal
 */
export const STYLESHEET = `
:root{--ink:${PALETTE.ink};--muted:${PALETTE.inkMuted};--line:${PALETTE.grid};--primary:${PALETTE.primary};--accent:${PALETTE.accent};--bg:#f3f5f8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif}
.page{max-width:1140px;margin:0 auto;padding:28px 24px 48px}
.masthead{background:linear-gradient(135deg,#173a73 0%,${PALETTE.primary} 100%);color:#fff;border-radius:14px;padding:26px 28px 22px}
.kicker{margin:0;font-size:12px;font-weight:700;letter-spacing:.09em;text-transform:uppercase;color:#cfe0ff}
h1{margin:6px 0 10px;font-size:30px;line-height:1.2;font-weight:700}
.meta{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0;padding:0;list-style:none;font-size:14px;color:#e4ecfb}
.meta strong{color:#fff;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));grid-auto-flow:dense;gap:14px;margin:18px 0 8px}
.card.wide{grid-column:span 2}
@media (min-width:1000px){.cards{grid-template-columns:repeat(7,minmax(0,1fr))}}
.card{background:#fff;border:1px solid var(--line);border-top:4px solid var(--primary);border-radius:10px;padding:12px 16px 14px}
.card.accent{border-top-color:var(--accent)}
.card.ok{border-top-color:${PALETTE.ok}}
.card.warn{border-top-color:${PALETTE.warn}}
.card.teal{border-top-color:${PALETTE.teal}}
.card-label{margin:0;font-size:12px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:var(--muted)}
.card-figure{margin:4px 0 2px;font-size:26px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums;white-space:nowrap}
.card-figure small{font-size:15px;font-weight:600;color:var(--muted)}
.card-note{margin:0;font-size:13px;color:var(--muted)}
.card .meter{margin-top:8px}
nav.toc{margin:14px 0 4px;font-size:14px}
nav.toc ol{display:flex;flex-wrap:wrap;gap:6px 8px;margin:0;padding:0;list-style:none}
nav.toc a{display:inline-block;padding:4px 12px;border:1px solid #cfd6de;border-radius:999px;background:#fff;color:var(--ink);text-decoration:none}
nav.toc a:hover,nav.toc a:focus{border-color:var(--primary);color:var(--primary)}
.panel{background:#fff;border:1px solid var(--line);border-radius:12px;padding:22px 26px 18px;margin:18px 0}
h2{margin:0 0 4px;font-size:21px;line-height:1.3}
h2 .step{display:inline-block;min-width:28px;margin-right:8px;padding:0 8px;border-radius:6px;background:var(--primary);color:#fff;font-size:15px;text-align:center;vertical-align:2px}
h3{margin:22px 0 8px;font-size:15.5px}
.lead{margin:0 0 16px;color:var(--muted);max-width:78ch}
.grid-2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,400px),1fr));gap:8px 32px;align-items:start}
.grid-wide{display:grid;grid-template-columns:minmax(0,2.2fr) minmax(0,1fr);gap:8px 32px;align-items:start}
@media (max-width:900px){.grid-wide{grid-template-columns:minmax(0,1fr)}}
.grid-3{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr));gap:8px 28px;align-items:start}
figure{margin:0 0 18px}
figcaption{margin:0 0 6px;font-size:14px;font-weight:600}
svg.chart{display:block;width:100%;height:auto;overflow:visible}
svg.chart text{font-family:inherit}
svg .label{font-size:12px;fill:var(--ink)}
svg .label.sub{fill:var(--muted)}
svg .value{font-size:12px;font-weight:600;fill:var(--ink);font-variant-numeric:tabular-nums}
svg .axis{font-size:11px;fill:var(--muted);font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0 0;padding:0;list-style:none;font-size:13px;color:var(--muted)}
.legend svg{vertical-align:middle;margin-right:6px}
.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;border-radius:2px;vertical-align:-1px}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px 18px;margin:0 0 16px;padding:12px 16px;background:#f7f9fb;border:1px solid var(--line);border-radius:10px}
.stats div{min-width:0}
.stats dt{font-size:12px;color:var(--muted)}
.stats dd{margin:0;font-size:17px;font-weight:700;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;margin:0 0 16px}
table{width:100%;border-collapse:collapse;font-size:13.5px}
caption{caption-side:top;padding:0 0 6px;text-align:left;font-weight:600;font-size:14px}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #cbd3dc;font-size:11.5px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);white-space:nowrap}
tbody th{font-weight:600}
tbody tr:nth-child(even){background:#f8fafc}
table.compact th,table.compact td{white-space:nowrap}
table.recipients{font-size:13px}
.nowrap{white-space:nowrap}
td code,tbody th code{white-space:nowrap}
table.recipients tbody th{min-width:9.5em}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}
.id{display:inline-block;color:var(--muted);font-size:12px;font-weight:400;white-space:nowrap}
.small{font-size:12.5px}
.note{margin:4px 0 14px;font-size:13px;color:var(--muted)}
.empty{margin:8px 0 14px;color:var(--muted)}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:700;white-space:nowrap}
.badge.ok{background:#e1f3e6;color:#125a27}
.badge.bad{background:#fbe2de;color:#8f1b12}
.badge.warn{background:#fbedd5;color:#6e3f04}
.badge.neutral{background:#eceff3;color:#3e4c59}
tr.short td,tr.short th{background:#fff6f4}
.meter{display:block;height:8px;border-radius:4px;background:#e6ebf1;overflow:hidden}
.meter span{display:block;height:100%;border-radius:4px;background:var(--primary)}
.meter-cell{display:inline-flex;align-items:center;gap:8px;justify-content:flex-end}
.meter-cell .meter{width:72px}
.meter-value{min-width:3.5ch;text-align:right}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f4f7;border-radius:4px;padding:0 4px;overflow-wrap:anywhere}
footer{margin:24px 0 0;font-size:12.5px;color:var(--muted);text-align:center}
@media (max-width:640px){
.page{padding:12px 10px 32px}
.masthead{padding:18px 16px;border-radius:10px}
h1{font-size:23px}
.panel{padding:16px 14px;border-radius:10px}
.card-figure{font-size:21px}
table{font-size:12.5px}
th,td{padding:5px 7px}
figure{overflow-x:auto}
svg.chart{min-width:440px}
.meter-cell .meter{display:none}
.cards{gap:10px}
}
@media print{
body{background:#fff;font-size:10.5pt}
.page{max-width:none;padding:0}
.masthead{border-radius:0}
nav.toc{display:none}
.panel{border:0;border-radius:0;padding:0;margin:0 0 16pt}
h2,h3,figcaption,caption{break-after:avoid}
figure,.card,.stats,tr{break-inside:avoid}
.table-wrap{overflow:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@page{margin:14mm}
`;

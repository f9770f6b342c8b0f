/** The dashboard's styles, inline: system fonts only (no download), phone first, A4 when printed. */
export const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 "Times New Roman",Times,"Liberation Serif",serif;color:#111;background:#f6f6f4}
main{max-width:1200px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.5rem 0 .4rem;border-bottom:2px solid #333}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.window{color:#444;margin:.2rem 0}.banner{background:#fff3cd;border:1px solid #e0c060;padding:.4rem .6rem;font-weight:bold;margin:.5rem 0}
.summary{font-weight:bold}td.name{min-width:11em;padding-left:calc(6px + var(--indent,0)*1.5em)}.missed summary{cursor:pointer;margin:.2em 0}.missed ul{margin-top:.2em}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px}
.card{background:#fff;border:1px solid #ccc;border-radius:6px;padding:10px;break-inside:avoid;min-width:0}
.card h4{margin:0 0 .3rem;font-size:1rem;overflow-wrap:anywhere}
.figure{font-size:1.2rem;font-weight:bold}.plan{color:#444}
.badge{display:inline-block;padding:0 .45rem;border-radius:9px;font-size:.85rem;font-weight:bold;color:#fff}
.v-exceeded,.v-met{background:#2e7d32;fill:#2e7d32}.v-not-yet{background:#c77700;fill:#c77700}.v-missed{background:#c62828;fill:#c62828}
.v-no-data{background:#757575;fill:#9e9e9e}.v-no-target{background:#546e7a;fill:#90a4ae}.v-tracked{background:#5c6bc0;fill:#9fa8da}
svg.bar{width:100%;height:14px;display:block;margin:.35rem 0}svg .track{fill:#e4e4e4}svg .pace{stroke:#000;stroke-width:2}
svg.chart{width:100%;height:auto;display:block}svg .line{fill:none;stroke:#1f4e79;stroke-width:1.5}
svg .dot{fill:#1f4e79}svg .est{fill:#fff;stroke:#1f4e79}svg .plan{stroke:#c62828;stroke-dasharray:4 3}svg .muted{fill:#888;font-size:11px}
.scroll{overflow-x:auto;max-width:100%;background:#fff;border:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
th{background:#eee}td.num{text-align:right;white-space:nowrap}tr.section td{font-weight:bold;background:#f0f0f0}
td.cell-v{color:#fff;font-weight:bold}th.sortable{cursor:pointer}th.sortable:after{content:" \\2195";color:#888}
.late li{margin:.2rem 0;overflow-wrap:anywhere}.days{font-weight:bold;color:#c62828}
@media (max-width:600px){main{padding:8px}body{font-size:14px}.cards{grid-template-columns:1fr}}
@media print{@page{size:A4;margin:15mm}body{background:#fff}.scroll{overflow:visible;border:0}.card{border-color:#999}
.badge,td.cell-v,.v-met,.v-exceeded,.v-not-yet,.v-missed,.v-no-data,.v-no-target,.v-tracked{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** Sorting the ward matrix by a column: a few lines of our own, inline (no external script). */
export const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th.sortable').forEach(function(th,i){
    th.addEventListener('click',function(){
      var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';
      rows.sort(function(a,b){var x=a.cells[i].dataset.key,y=b.cells[i].dataset.key;var nx=parseFloat(x),ny=parseFloat(y);
        return (isNaN(nx)||isNaN(ny)?x.localeCompare(y,'vi'):nx-ny)*dir;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
`;

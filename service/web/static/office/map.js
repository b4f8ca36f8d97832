// The map of a crew sheet or a shortlist: the shoot locations, the radius around each, the
// county's outline and every match at its postcode district's centroid, coloured by need.
// Leaflet (vendored from the npm registry under /static/vendor/leaflet, with its licence) is
// loaded the first time a map is shown. Tiles are drawn only when the service is configured
// with a tile server (MATCHER_MAP_TILE_URL); otherwise the outline alone, so the map works
// with no network at all.

import { api, h, kmMiles } from "./common.js";

const VENDOR = "/static/vendor/leaflet";
const COLOURS = ["#b0502a", "#1d5566", "#6a4c93", "#2f7d32", "#a1286a", "#8a6d00", "#0f6e8c", "#7a3b1d"];
let leafletLoading = null;

function loadLeaflet() {
  if (window.L) return Promise.resolve(window.L);
  if (!leafletLoading) {
    leafletLoading = new Promise((resolve, reject) => {
      document.head.append(h("link", { rel: "stylesheet", href: `${VENDOR}/leaflet.css` }));
      const script = h("script", { src: `${VENDOR}/leaflet.js` });
      script.addEventListener("load", () => resolve(window.L));
      script.addEventListener("error", () => reject(new Error("the map library could not be loaded")));
      document.head.append(script);
    });
  }
  return leafletLoading;
}

/** Points at one centroid are fanned out a little so each can be seen and clicked. */
function fanOut(places) {
  const seen = new Map();
  return places.map((p) => {
    const key = `${p.lat},${p.lon}`;
    const n = seen.get(key) || 0;
    seen.set(key, n + 1);
    if (!n) return p;
    const angle = n * 2.4;
    const r = 0.004 * Math.sqrt(n);
    return { ...p, lat: p.lat + r * Math.sin(angle), lon: p.lon + r * Math.cos(angle) / 0.6 };
  });
}

/**
 * Draw into `el`.
 * @param locations [{name, lat, lon}]  shoot locations
 * @param radiusKm  how far counts as local (a circle around each location)
 * @param people [{id, name, need, distance_km, beyond}]  who to draw (at most 200)
 * @param profileHref (id) => link to the profile page
 * @returns {map, drawn} the Leaflet map and how many people were placed
 */
export async function drawMap(el, { locations = [], radiusKm = null, people = [], profileHref = null }) {
  const L = await loadLeaflet();
  const [config, outline, places] = await Promise.all([
    api("GET", "/api/maps/config"),
    api("GET", "/api/maps/outline"),
    people.length ? api("POST", "/api/maps/places", { profile_ids: [...new Set(people.map((p) => p.id))].slice(0, 200) }) : [],
  ]);
  el.replaceChildren();
  const box = h("div", { class: "map-canvas", role: "img", "aria-label": "Map of the shoot locations and matches" });
  const legend = h("ul", { class: "map-legend" });
  el.append(box, legend);
  const map = L.map(box, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true }).setView([52.85, -2.0], 9);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 }).addTo(map);
  } else {
    map.attributionControl.addAttribution("Outline from postcode district centroids: ONS, OS and Royal Mail data, OGL v3");
  }
  const county = L.geoJSON(outline, { style: { color: "#17414f", weight: 2, fillColor: "#e7f0f2", fillOpacity: 0.45 } }).addTo(map);
  const bounds = county.getBounds();

  for (const place of locations) {
    if (radiusKm) {
      L.circle([place.lat, place.lon], { radius: radiusKm * 1000, color: "#b0441a", weight: 1.5, dashArray: "6 4", fillOpacity: 0.04, className: "map-radius" }).addTo(map);
      bounds.extend(L.latLng(place.lat, place.lon).toBounds(radiusKm * 2000));
    }
    bounds.extend([place.lat, place.lon]);
  }

  const needs = [...new Set(people.map((p) => p.need || "Other"))];
  const colour = (need) => COLOURS[needs.indexOf(need || "Other") % COLOURS.length];
  const byId = new Map(people.map((p) => [p.id, p]));
  let drawn = 0;
  for (const place of fanOut(places)) {
    const person = byId.get(place.id);
    if (!person) continue;
    const marker = L.circleMarker([place.lat, place.lon], {
      radius: 7, color: colour(person.need), weight: 2, fillColor: colour(person.need),
      fillOpacity: person.beyond ? 0.15 : 0.85, className: "map-person",
    }).addTo(map);
    const popup = h("div", { class: "map-popup" },
      h("strong", {}, person.name), h("br"),
      `${person.need || ""}${person.need ? " · " : ""}${place.place}`,
      person.distance_km != null ? h("span", {}, h("br"), kmMiles(person.distance_km)) : null,
      person.beyond ? h("span", {}, h("br"), "beyond the radius") : null,
      profileHref ? h("span", {}, h("br"), h("a", { href: profileHref(person.id), target: "_blank", rel: "noopener" }, "Profile")) : null);
    marker.bindPopup(popup);
    marker.bindTooltip(person.name);
    bounds.extend([place.lat, place.lon]);
    drawn += 1;
  }
  for (const place of locations) {  // drawn last: on top of anyone at the same centroid
    L.circleMarker([place.lat, place.lon], { radius: 9, color: "#fff", weight: 2, fillColor: "#1b2730", fillOpacity: 1, className: "map-location" })
      .bindTooltip(`Shoot: ${place.name}`, { permanent: true, direction: "top", offset: [0, -8], className: "map-location-label" })
      .addTo(map);
  }
  legend.append(
    h("li", {}, h("span", { class: "map-key map-key-location" }), "shoot location"),
    radiusKm ? h("li", {}, h("span", { class: "map-key map-key-radius" }), `within ${kmMiles(radiusKm)}`) : null,
    ...needs.map((need) => h("li", {}, h("span", { class: "map-key", style: `background:${colour(need)}` }), need)),
    h("li", { class: "map-note" }, `${drawn} of ${byId.size} placed at their postcode district`));
  map.fitBounds(bounds.pad(0.05));
  return { map, drawn };
}

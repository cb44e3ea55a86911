// marsad pages: draws the actor network (circular layout, edge width = events) from /api/network.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgElement(name, attrs) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

function drawNetwork(box, data) {
  box.textContent = "";
  if (!data.nodes.length) {
    box.textContent = "No events between distinct actors.";
    return;
  }
  const size = 640, center = size / 2, radius = size / 2 - 60;
  const svg = svgElement("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "actor network" });
  const place = new Map();
  data.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / data.nodes.length - Math.PI / 2;
    place.set(node.code, [center + radius * Math.cos(angle), center + radius * Math.sin(angle)]);
  });
  const heaviest = Math.max(...data.edges.map((e) => e.events));
  for (const edge of data.edges) {
    const [x1, y1] = place.get(edge.source), [x2, y2] = place.get(edge.target);
    const line = svgElement("line", { x1, y1, x2, y2, "stroke-width": 1 + (6 * edge.events) / heaviest });
    const title = svgElement("title", {});
    title.textContent = `${edge.source} → ${edge.target}: ${edge.events} events`;
    line.appendChild(title);
    svg.appendChild(line);
  }
  const busiest = Math.max(...data.nodes.map((n) => n.events));
  for (const node of data.nodes) {
    const [x, y] = place.get(node.code);
    const link = svgElement("a", { href: `/events?actor=${encodeURIComponent(node.code)}` });
    link.appendChild(svgElement("circle", { cx: x, cy: y, r: 5 + (10 * node.events) / busiest, class: "node" }));
    const label = svgElement("text", { x, y: y - 14 - (10 * node.events) / busiest });
    label.textContent = node.code;
    link.appendChild(label);
    svg.appendChild(link);
  }
  box.appendChild(svg);
  box.dataset.ready = "true";
}

const networkBox = document.getElementById("network");
if (networkBox) {
  fetch(networkBox.dataset.src, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
    .then((data) => drawNetwork(networkBox, data))
    .catch((error) => { networkBox.textContent = `Could not load the network: ${error.message}`; });
}

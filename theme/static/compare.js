// The compare page: shows the form that the page hides without JavaScript and, for the chosen
// indicator and units (at most data-most), draws their series as lines and lists them in a
// table. The values come from so-sanh-du-lieu.js, which the page loads with <script src> before
// this script runs (fetch is refused from file://). Without this script the page links each
// indicator's table of units and ranking instead.
(function () {
  "use strict";
  var form = document.querySelector(".unit-compare");
  var out = document.getElementById("so-sanh-ket-qua");
  var data = window.__minhbachCompare;
  if (!form || !out || !data) return;
  var select = form.querySelector("select");
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var status = form.querySelector(".unit-compare__status");
  var most = Number(form.getAttribute("data-most")) || 5;
  var names = {};
  data.units.forEach(function (unit) { names[unit.code] = unit.name; });
  var svgNS = "http://www.w3.org/2000/svg";
  // One marker shape per series, so that a line is told by more than its colour.
  var shapes = ["M-4,0a4,4 0 1,0 8,0a4,4 0 1,0 -8,0", "M-4,-4h8v8h-8z", "M0,-5l5,5l-5,5l-5,-5z", "M0,-5l5,9h-10z", "M-4,-4l8,8m0,-8l-8,8"];

  function say(key, k) {
    return (form.getAttribute("data-" + key) || "").replace("{n}", String(most)).replace("{k}", String(k));
  }

  function el(name, attrs, text, ns) {
    var node = ns ? document.createElementNS(svgNS, name) : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function chosen() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function indicator() {
    for (var i = 0; i < data.indicators.length; i += 1) {
      if (data.indicators[i].id === select.value) return data.indicators[i];
    }
    return data.indicators[0];
  }

  // Round steps (1, 2 or 5 × 10^n) that cover the values.
  function ticks(low, high) {
    if (low === high) { low -= 1; high += 1; }
    var raw = (high - low) / 4, power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw; })[0];
    var list = [];
    for (var v = Math.floor(low / step) * step; v <= high + step / 2; v += step) list.push(Number(v.toPrecision(12)));
    if (list[list.length - 1] < high) list.push(list[list.length - 1] + step);
    return list;
  }

  function chart(item, codes) {
    var width = 640, height = 300, left = 56, right = 16, top = 16, bottom = 36;
    var values = [];
    codes.forEach(function (code) {
      (item.values[code] || []).forEach(function (cell) { if (cell) values.push(cell[0]); });
    });
    if (values.length === 0) return null;
    var scale = ticks(Math.min.apply(null, values), Math.max.apply(null, values));
    var low = scale[0], high = scale[scale.length - 1];
    var band = (width - left - right) / item.periods.length;
    function x(i) { return left + band * (i + 0.5); }
    function y(v) {
      var share = (v - low) / (high - low);
      return item.reversed ? top + share * (height - top - bottom) : height - bottom - share * (height - top - bottom);
    }
    var svg = el("svg", { "class": "chart-svg unit-compare__svg", viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-labelledby": "so-sanh-svg-title so-sanh-svg-desc" }, undefined, true);
    svg.appendChild(el("title", { id: "so-sanh-svg-title" }, item.title, true));
    svg.appendChild(el("desc", { id: "so-sanh-svg-desc" }, codes.map(function (c) { return names[c]; }).join(", "), true));
    scale.forEach(function (v) {
      svg.appendChild(el("line", { "class": "k-gr", x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: "#c3cad3" }, undefined, true));
      var label = el("text", { "class": "f-tx", x: left - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 12 },
        v.toLocaleString(document.documentElement.lang || "vi"), true);
      svg.appendChild(label);
    });
    item.periods.forEach(function (period, i) {
      svg.appendChild(el("text", { "class": "f-tx", x: x(i), y: height - bottom + 20, "text-anchor": "middle", "font-size": 12 }, period, true));
    });
    codes.forEach(function (code, n) {
      var cells = item.values[code] || [], d = "", pen = "M";
      cells.forEach(function (cell, i) {
        if (!cell) { pen = "M"; return; }
        d += pen + x(i).toFixed(1) + "," + y(cell[0]).toFixed(1);
        pen = "L";
      });
      var group = el("g", { "data-unit": code }, undefined, true);
      if (d.indexOf("L") >= 0) {
        group.appendChild(el("path", { "class": "unit-compare__line k-s" + (n + 1), d: d, fill: "none", "stroke-width": 2.5 }, undefined, true));
      }
      cells.forEach(function (cell, i) {
        if (!cell) return;
        var mark = el("path", { "class": "f-s" + (n + 1), d: shapes[n % shapes.length],
          transform: "translate(" + x(i).toFixed(1) + "," + y(cell[0]).toFixed(1) + ")" }, undefined, true);
        mark.appendChild(el("title", {}, names[code] + ", " + item.periods[i] + ": " + cell[1], true));
        group.appendChild(mark);
      });
      svg.appendChild(group);
    });
    return svg;
  }

  function legend(codes) {
    var list = el("ul", { "class": "unit-compare__legend" });
    codes.forEach(function (code, n) {
      var item = el("li");
      var swatch = el("svg", { width: 24, height: 12, viewBox: "-12 -6 24 12", "aria-hidden": "true", "class": "chart-svg" }, undefined, true);
      swatch.appendChild(el("line", { "class": "k-s" + (n + 1), x1: -12, x2: 12, y1: 0, y2: 0, "stroke-width": 2.5 }, undefined, true));
      swatch.appendChild(el("path", { "class": "f-s" + (n + 1), d: shapes[n % shapes.length] }, undefined, true));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(" " + names[code]));
      list.appendChild(item);
    });
    return list;
  }

  function table(item, codes) {
    var wrap = el("div", { "class": "table-wrap", role: "region", tabindex: "0", "aria-labelledby": "so-sanh-bang" });
    var tableNode = el("table", { "class": "data-table" });
    tableNode.appendChild(el("caption", { id: "so-sanh-bang" }, item.title));
    var head = el("tr");
    head.appendChild(el("th", { scope: "col" }, form.getAttribute("data-period")));
    codes.forEach(function (code) { head.appendChild(el("th", { scope: "col", "class": "num" }, names[code])); });
    tableNode.appendChild(el("thead")).appendChild(head);
    var body = tableNode.appendChild(el("tbody"));
    item.periods.forEach(function (period, i) {
      var row = el("tr");
      row.appendChild(el("th", { scope: "row" }, period));
      codes.forEach(function (code) {
        var cell = (item.values[code] || [])[i];
        row.appendChild(el("td", { "class": "num" }, cell ? cell[1] : "–"));
      });
      body.appendChild(row);
    });
    wrap.appendChild(tableNode);
    return wrap;
  }

  function draw() {
    var codes = chosen();
    boxes.forEach(function (box) { box.disabled = !box.checked && codes.length >= most; });
    status.textContent = codes.length >= most ? say("full", codes.length) : codes.length === 0 ? say("choose", 0) : say("chosen", codes.length);
    out.textContent = "";
    if (codes.length === 0) return;
    // Only the periods in which a chosen unit has a value.
    var whole = indicator(), keep = whole.periods.map(function (_, i) {
      return codes.some(function (code) { return (whole.values[code] || [])[i]; });
    });
    function kept(list) { return list.filter(function (_, i) { return keep[i]; }); }
    var item = { title: whole.title, url: whole.url, line: whole.line, reversed: whole.reversed, periods: kept(whole.periods), values: {} };
    codes.forEach(function (code) { item.values[code] = kept(whole.values[code] || whole.periods.map(function () { return null; })); });
    var figure = el("figure", { "class": "chart unit-compare__figure" });
    var caption = el("figcaption", { "class": "chart-title" });
    caption.appendChild(el("strong", {}, item.title));
    figure.appendChild(caption);
    var svg = item.line ? chart(item, codes) : null;
    if (svg) {
      var drawing = el("div", { "class": "chart-drawing" });
      drawing.appendChild(svg);
      figure.appendChild(drawing);
      figure.appendChild(legend(codes));
    }
    var none = form.getAttribute("data-none");
    figure.appendChild(el("p", { "class": "chart-summary" }, codes.map(function (code) {
      var cells = (item.values[code] || []).map(function (cell, i) { return cell ? cell[1] + " (" + item.periods[i] + ")" : null; })
        .filter(function (text) { return text; });
      return names[code] + ": " + (cells.length ? cells.join(" → ") : none);
    }).join("; ") + "."));
    figure.appendChild(table(item, codes));
    var link = el("p", {});
    link.appendChild(el("a", { href: item.url + "#don-vi" }, item.title));
    figure.appendChild(link);
    out.appendChild(figure);
  }

  // A link may choose for the reader: so-sanh.html?chi-tieu=diem-dan-van&don-vi=tuan-giao,muong-ang
  var query = {};
  location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
    var parts = pair.split("=");
    if (parts[0]) query[decodeURIComponent(parts[0])] = decodeURIComponent((parts[1] || "").replace(/\+/g, " "));
  });
  if (query["chi-tieu"] && form.querySelector("option[value='" + query["chi-tieu"].replace(/[^a-z0-9-]/g, "") + "']")) select.value = query["chi-tieu"];
  var wanted = (query["don-vi"] || "").split(",");
  boxes.forEach(function (box) { if (wanted.indexOf(box.value) >= 0 && chosen().length < most) box.checked = true; });

  select.addEventListener("change", draw);
  boxes.forEach(function (box) { box.addEventListener("change", draw); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var note = document.querySelector(".unit-compare__nojs");
  if (note) note.hidden = true;
  form.hidden = false;
  draw();
})();

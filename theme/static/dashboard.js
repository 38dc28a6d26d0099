// The dashboard's filter: shows the form that the page hides without JavaScript, then hides the
// target tiles that do not match the chosen status, kind of unit and unit. The tiles carry what
// is filtered on in data- attributes, so it works from file:// too. Without this script the
// dashboard shows every tile, and the filter pages (one per status, one per kind) do the same.
(function () {
  "use strict";
  var form = document.querySelector(".tile-filter");
  var tiles = Array.prototype.slice.call(document.querySelectorAll(".target-tile"));
  if (!form || tiles.length === 0) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var count = form.querySelector(".tile-filter__count");
  var template = form.getAttribute("data-shown") || "{n}";
  function matches(tile, select) {
    if (select.value === "") return true;
    var words = (tile.getAttribute("data-" + select.getAttribute("data-filter")) || "").split(" ");
    return words.indexOf(select.value) !== -1;
  }
  function apply() {
    var shown = 0;
    tiles.forEach(function (tile) {
      var match = selects.every(function (select) { return matches(tile, select); });
      tile.hidden = !match;
      if (match) shown += 1;
    });
    if (count) count.textContent = template.replace("{n}", String(shown));
  }
  selects.forEach(function (select) { select.addEventListener("change", apply); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
